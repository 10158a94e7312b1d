package dev.kairos.solver.planning.domain;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.planning.TravelTimes;

import java.util.List;

/** Driving times between the places of one sub-problem, computed once so moves cost no trigonometry. */
public final class TravelMatrix
{
    private final long[][] millis;

    public TravelMatrix(final List<Location> places, final TravelTimes travel)
    {
        final int n = places.size();
        millis = new long[n][n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                millis[i][j] = i == j ? 0 : travel.millis(places.get(i), places.get(j));
            }
        }
    }

    public long millis(final int from, final int to)
    {
        return millis[from][to];
    }
}
