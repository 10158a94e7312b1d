package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacDepot;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacTechnician;

/**
 * A Pillac TRSP instance as arrays for {@link ShiftRoute}: node 0 is the depot, 1..m the
 * requests in file order, m+1+t the home of technician index t (id t+1). Skills and the tools a
 * van sets off with are answered per technician and request once, here.
 */
final class Crew
{
    static final int DEPOT = 0;

    final double[][] distance;
    final int requests;
    final int technicians;
    /** The depot's and each request's window and service, by node. */
    final Span[] stop;
    /** Each technician's home as a stop: the shift is its window. */
    final Span[] home;
    final boolean[][] skilled;
    /** The technician sets off with every tool the request needs. */
    final boolean[][] equipped;
    final int[][] parts;
    final int[][] stock;

    Crew(final PillacInstance instance)
    {
        requests = instance.requests().size();
        technicians = instance.technicians().size();
        final int size = 1 + requests + technicians;
        final double[] x = new double[size];
        final double[] y = new double[size];
        final PillacDepot depot = instance.depot();
        x[DEPOT] = depot.x();
        y[DEPOT] = depot.y();
        stop = new Span[1 + requests];
        stop[DEPOT] = Span.stop(depot.open(), depot.close(), depot.service());
        parts = new int[1 + requests][];
        parts[DEPOT] = new int[instance.partCount()];
        for (int r = 1; r <= requests; r++)
        {
            final PillacRequest request = instance.requests().get(r - 1);
            x[r] = request.x();
            y[r] = request.y();
            stop[r] = Span.stop(request.ready(), request.due(), request.service());
            parts[r] = counts(request.parts(), instance.partCount());
        }
        home = new Span[technicians];
        skilled = new boolean[technicians][1 + requests];
        equipped = new boolean[technicians][1 + requests];
        stock = new int[technicians][];
        for (int t = 0; t < technicians; t++)
        {
            final PillacTechnician technician = instance.technicians().get(t);
            x[homeNode(t)] = technician.x();
            y[homeNode(t)] = technician.y();
            home[t] = Span.stop(technician.shiftStart(), technician.shiftEnd(), 0);
            stock[t] = counts(technician.stock(), instance.partCount());
            for (int r = 1; r <= requests; r++)
            {
                final PillacRequest request = instance.requests().get(r - 1);
                skilled[t][r] = technician.skills().containsAll(request.skills());
                equipped[t][r] = technician.tools().containsAll(request.tools());
            }
        }
        distance = new double[size][size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                distance[i][j] = Math.hypot(x[i] - x[j], y[i] - y[j]);
            }
        }
    }

    int homeNode(final int technician)
    {
        return requests + 1 + technician;
    }

    /**
     * Whether the technician, having used {@code used} of the van's parts, can serve the request
     * from the van: every tool on board and enough of every part left.
     */
    boolean fromVan(final int technician, final int request, final int[] used)
    {
        if (!equipped[technician][request])
        {
            return false;
        }
        final int[] need = parts[request];
        for (int p = 0; p < need.length; p++)
        {
            if (used[p] + need[p] > stock[technician][p])
            {
                return false;
            }
        }
        return true;
    }

    private static int[] counts(final java.util.List<Integer> list, final int length)
    {
        final int[] counts = new int[length];
        for (int i = 0; i < Math.min(length, list.size()); i++)
        {
            counts[i] = list.get(i);
        }
        return counts;
    }
}
