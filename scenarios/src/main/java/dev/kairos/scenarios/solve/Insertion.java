package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.solve.ShiftRoute.Place;

import java.util.List;
import java.util.Random;

/**
 * Where a request goes on technicians' days: every place on a skilled technician's day, each
 * judged in constant time from the day's prefix and suffix spans ({@link ShiftRoute}). Before the
 * depot visit (or on a day without one) the van must hold the request's tools and parts; where it
 * does not, the request may go after a depot visit the day gets or moves for it. A lower bound
 * (the driving and service added, less the waiting the day can give up) skips most places
 * without joining spans.
 */
final class Insertion
{
    private final ShiftRoute day;
    private final Crew crew;
    private final int[] stops;
    private final int depotBefore;
    private final int request;
    private final Span alone;
    /** Added working time is at least the added driving plus this: service less the waiting the day has now. */
    private final double floor;

    /** What putting a request on this day costs beyond working time: a day that starts is a technician more. */
    private final double opening;

    private Insertion(final ShiftRoute day, final int request, final double opening)
    {
        this.day = day;
        this.crew = day.crew();
        this.stops = day.stops();
        this.depotBefore = day.depotBefore();
        this.request = request;
        this.alone = crew.stop[request];
        this.opening = day.customers().length == 0 ? opening : 0;
        this.floor = alone.duration() - day.waiting() + this.opening;
    }

    /**
     * The cheapest feasible place for {@code request} on {@code routes} but {@code except} (may be null), each place skipped with
     * probability {@code blink} (0 for none); null when there is none. A place on a day without requests costs
     * {@code opening} more (negative: less), how a fixed crew size ({@link Headcount}) steers which days start.
     */
    static ShiftRoute.Place cheapest(final List<ShiftRoute> routes, final int request, final ShiftRoute except, final double blink,
        final double opening, final Random random)
    {
        ShiftRoute.Place best = null;
        for (final ShiftRoute route : routes)
        {
            if (route != except && route.crew().skilled[route.technician()][request])
            {
                best = new Insertion(route, request, opening).search(best, blink, random);
            }
        }
        return best;
    }

    private Place search(final Place bestSoFar, final double blink, final Random random)
    {
        Place best = bestSoFar;
        final boolean fromVan = crew.fromVan(day.technician(), request, day.used());
        for (int p = 0; p <= stops.length; p++)
        {
            final boolean beforeDepot = depotBefore < 0 || p <= depotBefore;
            if (beforeDepot && !fromVan || blink > 0 && random.nextDouble() < blink)
            {
                continue;
            }
            final double from = day.legFrom(p - 1, request);
            final double to = day.legTo(request, p);
            if (!worth(best, from + to - day.legFrom(p - 1, day.node(p)) + floor))
            {
                continue;
            }
            final Span whole = day.before(p).then(from, alone).then(to, day.after(p));
            final double added = whole.duration() - day.workingTime() + opening;
            if (whole.feasible() && (best == null || added < best.added()))
            {
                best = new Place(day, beforeDepot ? p : p - 1,
                    depotBefore < 0 ? -1 : beforeDepot ? depotBefore + 1 : depotBefore, added);
            }
        }
        return fromVan ? best : viaDepot(best);
    }

    /**
     * The request after a depot visit that the day does not have there: a new one right before it
     * or first thing in the morning, or the day's visit moved to right before it. {@link ShiftRoute}
     * then finds the visit's best place, so these few stand for the rest.
     */
    private Place viaDepot(final Place bestSoFar)
    {
        Place best = bestSoFar;
        final Span depot = crew.stop[Crew.DEPOT];
        final double[] fromDepot = crew.distance[Crew.DEPOT];
        if (depotBefore < 0)
        {
            final int home = crew.homeNode(day.technician());
            Span morning = crew.home[day.technician()].then(fromDepot[home], depot);
            // Driving added by a depot visit first thing, before the first request.
            final double early = fromDepot[home] + fromDepot[day.node(0)] - crew.distance[home][day.node(0)];
            for (int p = 0; p <= stops.length; p++)
            {
                final double to = day.legTo(request, p);
                final double skipped = day.legFrom(p - 1, day.node(p));
                if (worth(best, day.legFrom(p - 1, Crew.DEPOT) + fromDepot[request] + to - skipped + floor))
                {
                    best = better(best, day.before(p).then(day.legFrom(p - 1, Crew.DEPOT), depot)
                        .then(fromDepot[request], alone).then(to, day.after(p)), p, p);
                }
                final double from = day.legFrom(p - 1, request);
                if (p > 0 && morning.feasible() && worth(best, early + from + to - skipped + floor))
                {
                    best = better(best, morning.then(from, alone).then(to, day.after(p)), p, 0);
                }
                if (p < stops.length)
                {
                    morning = morning.then(p == 0 ? fromDepot[stops[p]] : day.legFrom(p - 1, stops[p]), crew.stop[stops[p]]);
                }
            }
            return best;
        }
        // The visit moves from index d to before the request at p < d: stops p..d-1 follow the request.
        final int d = depotBefore;
        final double left = day.legFrom(d - 1, day.node(d + 1)) - day.legFrom(d - 1, Crew.DEPOT) - fromDepot[day.node(d + 1)];
        Span rest = day.after(d + 1);
        int first = day.node(d + 1);
        for (int p = d - 1; p >= 0; p--)
        {
            rest = crew.stop[stops[p]].then(crew.distance[stops[p]][first], rest);
            first = stops[p];
            final double moved = day.legFrom(p - 1, Crew.DEPOT) + fromDepot[request] + crew.distance[request][first]
                - day.legFrom(p - 1, first) + left;
            if (worth(best, moved + floor))
            {
                best = better(best, day.before(p).then(day.legFrom(p - 1, Crew.DEPOT), depot)
                    .then(fromDepot[request], alone).then(crew.distance[request][first], rest), p, p);
            }
        }
        return best;
    }

    /** Whether a place whose added working time is at least {@code bound} could beat {@code best}. */
    private static boolean worth(final Place best, final double bound)
    {
        return best == null || bound < best.added();
    }

    private Place better(final Place best, final Span whole, final int at, final int depotAt)
    {
        final double added = whole.duration() - day.workingTime() + opening;
        return whole.feasible() && (best == null || added < best.added()) ? new Place(day, at, depotAt, added) : best;
    }
}
