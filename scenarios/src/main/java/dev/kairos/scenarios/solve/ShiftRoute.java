package dev.kairos.scenarios.solve;

import java.util.Arrays;

/**
 * One technician's day for the TRSP search: the requests in order and at most one depot visit
 * among them (after it the van holds every tool and enough parts, so a second one never helps).
 * Kept feasible and kept with its best depot visit: after every change the visit is dropped when
 * the van's own tools and parts suffice, else put where the day is shortest among the places
 * before the first request the van cannot serve. Spans of every prefix and suffix make an
 * insertion's feasibility and its added working time a constant-time question
 * ({@link Insertion}). Arrays are replaced, never changed in place, so a copy shares them.
 */
final class ShiftRoute implements StringRuin.Strung
{
    /**
     * Where a request goes: before the request now at {@code at}, with the depot visit then
     * before request {@code depotBefore} of the new order (-1: none), adding {@code added}.
     */
    record Place(ShiftRoute route, int at, int depotBefore, double added)
    {
    }

    private final Crew crew;
    private final int technician;
    private int[] requests;
    /** How many requests precede the depot visit; -1 when there is none. */
    private int depotBefore;
    /** The requests with the depot visit ({@link Crew#DEPOT}) among them. */
    private int[] stops;
    /** {@code before[i]}: home and the first i stops; {@code after[i]}: stop i onwards and home. */
    private Span[] before;
    private Span[] after;
    /** Parts used before the depot visit, or by the whole day without one. */
    private int[] used;
    private double workingTime;
    /** Working time spent neither driving nor serving: waiting the windows force. */
    private double waiting;
    private boolean feasible;

    ShiftRoute(final Crew crew, final int technician)
    {
        this.crew = crew;
        this.technician = technician;
        this.requests = new int[0];
        this.depotBefore = -1;
        rebuild();
    }

    /** A given day with its depot visit where given, not moved: how a known solution is measured. */
    ShiftRoute(final Crew crew, final int technician, final int[] requests, final int depotBefore)
    {
        this.crew = crew;
        this.technician = technician;
        this.requests = requests;
        this.depotBefore = depotBefore;
        rebuild();
    }

    private ShiftRoute(final ShiftRoute other)
    {
        crew = other.crew;
        technician = other.technician;
        requests = other.requests;
        depotBefore = other.depotBefore;
        stops = other.stops;
        before = other.before;
        after = other.after;
        used = other.used;
        workingTime = other.workingTime;
        waiting = other.waiting;
        feasible = other.feasible;
    }

    ShiftRoute copy()
    {
        return new ShiftRoute(this);
    }

    int technician()
    {
        return technician;
    }

    @Override
    public int[] customers()
    {
        return requests;
    }

    int depotBefore()
    {
        return depotBefore;
    }

    /** The requests with the depot visit ({@link Crew#DEPOT}) among them. */
    int[] stops()
    {
        return stops;
    }

    /** Distance driven, home to home; 0 for a day without requests. */
    double length()
    {
        double length = 0;
        for (int i = 0; i < stops.length; i++)
        {
            length += legFrom(i - 1, stops[i]);
        }
        return stops.length == 0 ? 0 : length + legFrom(stops.length - 1, crew.homeNode(technician));
    }

    Crew crew()
    {
        return crew;
    }

    /** Home and the first {@code i} stops, as one span. */
    Span before(final int i)
    {
        return before[i];
    }

    /** Stop {@code i} onwards and home, as one span. */
    Span after(final int i)
    {
        return after[i];
    }

    /** Parts used before the depot visit, or by the whole day without one. */
    int[] used()
    {
        return used;
    }

    /** Working time spent neither driving nor serving: waiting the windows force. */
    double waiting()
    {
        return waiting;
    }

    /** Every window and the shift kept; tools and parts are kept by construction. */
    boolean feasible()
    {
        return feasible;
    }

    /** Home to home, leaving as late as the windows allow; 0 for a day without requests. */
    double workingTime()
    {
        return workingTime;
    }

    @Override
    public void replace(final int[] kept)
    {
        // Requests that came before the depot visit still do: count them in the kept subsequence.
        int keptBefore = 0;
        for (int i = 0, k = 0; i < depotBefore && k < kept.length; i++)
        {
            if (requests[i] == kept[k])
            {
                k++;
                keptBefore++;
            }
        }
        requests = kept;
        depotBefore = depotBefore < 0 ? -1 : keptBefore;
        rebuild();
        placeDepot();
    }

    /**
     * Takes over {@code other}'s requests and gives it this day's, each with its best depot visit;
     * false, and nothing changed, when either technician cannot do the other's day.
     */
    boolean swap(final ShiftRoute other)
    {
        final int[] mine = requests;
        final int[] theirs = other.requests;
        if (!skilledFor(theirs) || !other.skilledFor(mine) || !take(theirs) || !other.take(mine))
        {
            take(mine);
            other.take(theirs);
            return false;
        }
        return true;
    }

    private boolean skilledFor(final int[] day)
    {
        for (final int request : day)
        {
            if (!crew.skilled[technician][request])
            {
                return false;
            }
        }
        return true;
    }

    private boolean take(final int[] day)
    {
        requests = day;
        depotBefore = -1;
        rebuild();
        return placeDepot();
    }

    void insert(final Place place, final int request)
    {
        final int[] more = new int[requests.length + 1];
        System.arraycopy(requests, 0, more, 0, place.at());
        more[place.at()] = request;
        System.arraycopy(requests, place.at(), more, place.at() + 1, requests.length - place.at());
        requests = more;
        depotBefore = place.depotBefore();
        rebuild();
        placeDepot();
    }

    /** The stop at {@code index}, home before the first and after the last. */
    int node(final int index)
    {
        return index < 0 || index >= stops.length ? crew.homeNode(technician) : stops[index];
    }

    /** Drive from stop {@code index} (home before the first) to {@code node}. */
    double legFrom(final int index, final int node)
    {
        return crew.distance[index < 0 ? crew.homeNode(technician) : stops[index]][node];
    }

    /** Drive from {@code node} to stop {@code index} (home after the last). */
    double legTo(final int node, final int index)
    {
        return crew.distance[node][index >= stops.length ? crew.homeNode(technician) : stops[index]];
    }

    private void rebuild()
    {
        final int n = requests.length + (depotBefore < 0 ? 0 : 1);
        stops = new int[n];
        for (int i = 0, r = 0; i < n; i++)
        {
            stops[i] = i == depotBefore ? Crew.DEPOT : requests[r++];
        }
        used = new int[crew.stock[technician].length];
        for (int i = 0; i < (depotBefore < 0 ? requests.length : depotBefore); i++)
        {
            final int[] need = crew.parts[requests[i]];
            for (int part = 0; part < used.length; part++)
            {
                used[part] += need[part];
            }
        }
        before = new Span[n + 1];
        after = new Span[n + 1];
        before[0] = crew.home[technician];
        for (int i = 0; i < n; i++)
        {
            before[i + 1] = before[i].then(legFrom(i - 1, stops[i]), crew.stop[stops[i]]);
        }
        after[n] = crew.home[technician];
        for (int i = n - 1; i >= 0; i--)
        {
            after[i] = crew.stop[stops[i]].then(legTo(stops[i], i + 1), after[i + 1]);
        }
        final Span day = before[n].then(legFrom(n - 1, crew.homeNode(technician)), crew.home[technician]);
        workingTime = requests.length == 0 ? 0 : day.duration();
        double busy = length();
        for (final int stop : stops)
        {
            busy += crew.stop[stop].duration();
        }
        waiting = Math.max(0, workingTime - busy);
        feasible = day.feasible();
    }

    /**
     * Drops the depot visit when the van suffices, else moves it to the place before the first
     * request the van cannot serve where the day is shortest; spans over the requests alone make
     * each place one join. False when no place keeps the day feasible (then it is left as it was).
     */
    private boolean placeDepot()
    {
        final int n = requests.length;
        final int[] running = new int[used.length];
        int reach = 0;
        while (reach < n && crew.fromVan(technician, requests[reach], running))
        {
            final int[] need = crew.parts[requests[reach]];
            for (int part = 0; part < running.length; part++)
            {
                running[part] += need[part];
            }
            reach++;
        }
        if (reach == n)
        {
            if (depotBefore >= 0)
            {
                depotBefore = -1;
                rebuild();
            }
            return feasible;
        }
        final int home = crew.homeNode(technician);
        final Span[] tail = new Span[n + 1];
        tail[n] = crew.stop[Crew.DEPOT].then(crew.distance[Crew.DEPOT][home], crew.home[technician]);
        Span rest = crew.home[technician];
        for (int q = n - 1; q >= 0; q--)
        {
            rest = crew.stop[requests[q]].then(crew.distance[requests[q]][q + 1 < n ? requests[q + 1] : home], rest);
            tail[q] = crew.stop[Crew.DEPOT].then(crew.distance[Crew.DEPOT][requests[q]], rest);
        }
        Span head = crew.home[technician];
        int last = home;
        int bestPlace = depotBefore;
        double bestDuration = Double.MAX_VALUE;
        for (int q = 0; q <= reach; q++)
        {
            final Span day = head.then(crew.distance[last][Crew.DEPOT], tail[q]);
            if (day.feasible() && day.duration() < bestDuration - Span.FEASIBLE)
            {
                bestDuration = day.duration();
                bestPlace = q;
            }
            if (q < n)
            {
                head = head.then(crew.distance[last][requests[q]], crew.stop[requests[q]]);
                last = requests[q];
            }
        }
        if (bestPlace != depotBefore)
        {
            depotBefore = bestPlace;
            rebuild();
        }
        return bestDuration < Double.MAX_VALUE;
    }

    @Override
    public String toString()
    {
        return "technician " + technician + " " + Arrays.toString(stops);
    }
}
