package dev.kairos.solver.command;

import dev.kairos.solver.sla.SlaMoment;

/**
 * An SLA moment of a ticket fell due: a reminder, a breach or an escalation step. Made by the
 * engine from its timer wheel and journaled like any command, so it is the record that the moment
 * fired: once journaled it never fires again, also after a restart.
 */
public record FireSla(long at, String ticketId, SlaMoment moment) implements Command
{
}
