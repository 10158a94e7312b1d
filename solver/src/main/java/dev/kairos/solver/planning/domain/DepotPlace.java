package dev.kairos.solver.planning.domain;

import dev.kairos.solver.planning.PickUps;

/** A depot in a sub-problem: its index among the {@link TravelMatrix}'s places and what it can give. */
public record DepotPlace(int place, PickUps.DepotStock stock)
{
}
