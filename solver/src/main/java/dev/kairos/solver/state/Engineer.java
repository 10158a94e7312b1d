package dev.kairos.solver.state;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;

/**
 * An engineer: the office's profile plus the live part the device reports. {@code locationAt}
 * is when the device measured {@code location} (the home location's time is the put's).
 */
public record Engineer(
    String id,
    EngineerSpec spec,
    Location location,
    long locationAt,
    EngineerStatus status,
    long updatedAt,
    long position)
{
}
