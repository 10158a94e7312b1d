package dev.kairos.solver.journal;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;

/** Receives journal records in order during replay. */
@FunctionalInterface
public interface RecordHandler
{
    void onRecord(Command command, Effects effects, long position);
}
