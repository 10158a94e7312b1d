package dev.kairos.solver.wire;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.kairos.solver.wire.ValueCodec.count;
import static dev.kairos.solver.wire.ValueCodec.putStrings;

/** The journal's plan records: the optimiser's {@link PlanUpdate} and the route lists in every record's effects. */
final class PlanCodec
{
    static final byte PLAN_UPDATE = 9;

    private PlanCodec()
    {
    }

    static void put(final BinaryWriter out, final PlanUpdate update)
    {
        out.putByte(PLAN_UPDATE);
        out.putLong(update.at());
        putRoutePlans(out, update.routes());
        // Sorted, so the same update always makes the same bytes.
        final TreeMap<String, Long> basedOn = new TreeMap<>(update.basedOn());
        out.putInt(basedOn.size());
        basedOn.forEach((engineerId, version) ->
        {
            out.putString(engineerId);
            out.putLong(version);
        });
    }

    static PlanUpdate get(final long at, final BinaryReader in)
    {
        final List<RoutePlan> routes = getRoutePlans(in);
        final int count = count(in);
        final Map<String, Long> versions = new HashMap<>();
        for (int i = 0; i < count; i++)
        {
            versions.put(in.getString(), in.getLong());
        }
        return new PlanUpdate(at, routes, versions);
    }

    static void putRoutePlans(final BinaryWriter out, final List<RoutePlan> routes)
    {
        out.putInt(routes.size());
        for (final RoutePlan route : routes)
        {
            out.putString(route.engineerId());
            putStrings(out, route.ticketIds());
        }
    }

    /** A route's ticket ids ({@link BinaryReader#getId}), straight into the immutable list the plan keeps. */
    private static List<String> getIds(final BinaryReader in)
    {
        final String[] ids = new String[count(in)];
        for (int i = 0; i < ids.length; i++)
        {
            ids[i] = in.getId();
        }
        return List.of(ids);
    }

    static List<RoutePlan> getRoutePlans(final BinaryReader in)
    {
        final int count = count(in);
        if (count == 0)
        {
            return List.of();
        }
        final List<RoutePlan> routes = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            routes.add(new RoutePlan(in.getToken(), getIds(in)));
        }
        return routes;
    }
}
