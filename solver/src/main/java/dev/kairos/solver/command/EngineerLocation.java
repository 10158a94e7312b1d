package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;

/**
 * A location ping from an engineer's device, measured at {@code measuredAt}. A ping older than the
 * engineer's latest is journaled but does not move the engineer.
 */
public record EngineerLocation(long at, String engineerId, Location location, long measuredAt) implements Command
{
}
