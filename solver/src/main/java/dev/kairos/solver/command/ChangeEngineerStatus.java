package dev.kairos.solver.command;

import dev.kairos.solver.domain.EngineerStatus;

/** An engineer starts a shift, goes on break, and so on. */
public record ChangeEngineerStatus(long at, String engineerId, EngineerStatus status) implements Command
{
}
