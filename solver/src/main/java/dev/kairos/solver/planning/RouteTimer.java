package dev.kairos.solver.planning;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times a route: the engineer leaves their current location at the later of now and the shift
 * start, waits for each ticket's window to open, works around breaks (work never overlaps a
 * break; driving may), and drives home at the end. Dispatched and in-progress visits (the pinned
 * prefix) keep the times they had when committed: re-timing them from "now" on every change
 * pushed an en-route engineer's arrival later each time their route changed, so a busy route's
 * next job never began (the simulator measured 40 % of engineer-minutes lost that way). Pure; any thread.
 */
public final class RouteTimer
{
    private RouteTimer()
    {
    }

    /**
     * Times the visits in order, keeping the times {@code committed} gave the visits of its pinned
     * prefix that this order keeps first. A visit the van will not hold the parts or tools for is
     * reached through the best depot in {@code depots} ({@link PickUps}); when none has them it is
     * timed as if driven to directly and {@link RouteCost#violation} reports it.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Route time(
        final Engineer engineer,
        final List<String> ticketIds,
        final int pinned,
        final Function<String, TicketSpec> tickets,
        final long now,
        final TravelTimes travel,
        final long version,
        final Route committed,
        final Supplier<List<PickUps.DepotStock>> depots)
    {
        final Shift shift = engineer.spec().shift();
        final long departure = Math.max(now, shift.start());
        long clock = departure;
        long travelMillis = 0;
        Location here = engineer.location();
        final VanLoad van = new VanLoad(engineer.spec().stock());
        Collection<String> tools = engineer.toolsOnBoard();
        final List<Stop> stops = new ArrayList<>(ticketIds.size());
        for (final String id : ticketIds)
        {
            final TicketSpec spec = tickets.apply(id);
            final Stop kept = stops.size() < pinned ? committedStop(committed, stops.size(), id) : null;
            final Map<String, Integer> missing = van.shortfall(spec.parts());
            final List<String> lacking = PickUps.lacking(tools, spec.tools());
            final PickUps.DepotStock depot = kept != null || missing.isEmpty() && lacking.isEmpty() ? null :
                PickUps.best(depots.get(), here, spec.location(), missing, lacking, travel);
            final long drive = depot == null ? travel.millis(here, spec.location()) :
                travel.millis(here, depot.location()) + travel.millis(depot.location(), spec.location());
            travelMillis += drive;
            van.use(spec.parts());
            // Only a pick-up adds tools (work under way had what it needed): a visit that found no lender leaves the next lacking too.
            tools = depot != null || kept != null ? PickUps.carried(tools, spec.tools()) : tools;
            if (kept != null)
            {
                // Work under way ends no earlier than now, however long it overruns.
                final Stop stop = new Stop(id, kept.arrival(), kept.start(), Math.max(kept.end(), now), kept.pickUp());
                stops.add(stop);
                clock = stop.end();
                here = spec.location();
                continue;
            }
            final long arrival = clock + drive + (depot == null ? 0 : depot.counterMillis());
            final long start = startAfterBreaks(shift, earliestStart(arrival, spec.window()), spec.durationMinutes() * 60_000L);
            final long end = start + spec.durationMinutes() * 60_000L;
            stops.add(new Stop(id, arrival, start, end, depot == null ? null : new Stop.PickUp(depot.id(), Stock.of(missing), Tools.of(lacking))));
            clock = end;
            here = spec.location();
        }
        final long home = travel.millis(here, engineer.spec().home());
        return new Route(engineer.id(), stops, pinned, departure, clock + (stops.isEmpty() ? 0 : home),
            travelMillis + (stops.isEmpty() ? 0 : home), version);
    }

    /** The committed stop at {@code index} when it is the same ticket and still pinned there, else null. */
    private static Stop committedStop(final Route committed, final int index, final String ticketId)
    {
        if (committed == null || index >= committed.pinned() || index >= committed.stops().size())
        {
            return null;
        }
        final Stop stop = committed.stops().get(index);
        return stop.ticketId().equals(ticketId) ? stop : null;
    }

    static long earliestStart(final long arrival, final TimeWindow window)
    {
        return window == null ? arrival : Math.max(arrival, window.start());
    }

    /** Work starting at {@code start} for {@code duration} that would overlap a break starts after it. */
    static long startAfterBreaks(final Shift shift, final long start, final long duration)
    {
        long result = start;
        for (final TimeWindow pause : shift.breaks())
        {
            if (result < pause.end() && result + duration > pause.start())
            {
                result = pause.end();
            }
        }
        return result;
    }
}
