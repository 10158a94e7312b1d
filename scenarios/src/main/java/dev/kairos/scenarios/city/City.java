package dev.kairos.scenarios.city;

import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;

import java.util.List;

/** A generated city: the commands that set it up, and the demand hotspots tickets cluster around. */
public record City(CityProfile profile, List<PutDepot> depots, List<PutEngineer> engineers, List<Location> hotspots)
{
    public City
    {
        depots = List.copyOf(depots);
        engineers = List.copyOf(engineers);
        hotspots = List.copyOf(hotspots);
    }
}
