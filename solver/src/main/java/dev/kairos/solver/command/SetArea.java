package dev.kairos.solver.command;

import dev.kairos.solver.domain.Area;
import dev.kairos.solver.domain.Coordinates;

/**
 * Fixes the coordinate system the deployment plans in. Journaled like any command, so replay
 * knows how to read every location after it; accepted only while nothing located exists yet, or
 * when it changes nothing.
 */
public record SetArea(long at, Coordinates coordinates, double unitMillis) implements Command
{
    public Area area()
    {
        return new Area(coordinates, unitMillis);
    }
}
