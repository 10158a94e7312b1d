package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;

import java.util.SortedMap;

/**
 * A ticket moves through the field: accepted, en route, on site (check-in, with where the engineer
 * is), waiting on the customer or on parts, completed (with a report and the parts used), or back
 * to {@code NEW} (resumed after waiting, or reopened). {@code location}, {@code report} and
 * {@code partsUsed} are null unless the step carries them.
 */
public record TicketProgress(
    long at,
    String ticketId,
    TicketStatus to,
    Location location,
    String report,
    SortedMap<String, Integer> partsUsed) implements Command
{
}
