package dev.kairos.scenarios.solve;

import java.util.List;
import java.util.Random;

/**
 * One VRPTW route for {@link RouteMinimizer}: its customers, each one's earliest service start
 * (forward) and latest service start that still lets the rest of the route keep its windows and
 * return to the depot in time (backward), and its load. With both, whether a customer fits
 * between two others is a constant-time question. Kept feasible: every change goes through a
 * check first. Customer arrays are replaced, never changed in place, so a copy of the list of
 * arrays is a snapshot of the solution.
 */
final class RouteTimes implements StringRuin.Strung
{
    /** The instance as arrays indexed by node, the depot at 0; one distance unit takes one time unit. */
    record Instance(double[][] distance, double[] ready, double[] due, double[] service, int[] demand, int capacity)
    {
    }

    /**
     * Insert at {@code at}, then eject the customers at {@code first} and {@code second} (indices in
     * the route with the insertion made; {@code second} is -1 for one) of summed {@code hardness}.
     */
    record Ejection(int at, int first, int second, int hardness)
    {
    }

    /** A place to insert a customer, and the distance it adds. */
    record Place(RouteTimes route, int at, double added)
    {
    }

    /**
     * The cheapest feasible place for {@code customer} on {@code routes} other than {@code except}
     * (may be null) adding less than {@code below}, each place skipped with probability {@code blink}
     * (0 for none; {@code random} is only asked then); null when there is none.
     */
    static Place cheapest(final List<RouteTimes> routes, final int customer, final RouteTimes except, final double below,
        final double blink, final Random random)
    {
        Place best = null;
        double limit = below;
        for (final RouteTimes route : routes)
        {
            if (route == except)
            {
                continue;
            }
            for (int at = 0; at <= route.size(); at++)
            {
                if (blink > 0 && random.nextDouble() < blink)
                {
                    continue;
                }
                final double added = route.insertionDistance(customer, at);
                if (added < limit && route.canInsert(customer, at))
                {
                    best = new Place(route, at, added);
                    limit = added;
                }
            }
        }
        return best;
    }

    private final Instance in;
    private int[] customers;
    private double[] start;
    private double[] latest;
    /** Load of the customers before each index: {@code loadBefore[size]} is the route's load. */
    private int[] loadBefore;
    private int load;
    private double length;

    RouteTimes(final Instance in, final int[] customers)
    {
        this.in = in;
        this.customers = customers;
        recompute();
    }

    int size()
    {
        return customers.length;
    }

    @Override
    public int[] customers()
    {
        return customers;
    }

    /** Node at an index, the depot before the first and after the last. */
    int node(final int index)
    {
        return index < 0 || index >= customers.length ? 0 : customers[index];
    }

    /** When the vehicle leaves the node at {@code index}; the depot's opening for -1. */
    double leave(final int index)
    {
        return index < 0 ? in.ready()[0] : start[index] + in.service()[customers[index]];
    }

    int loadBefore(final int index)
    {
        return loadBefore[index];
    }

    int load()
    {
        return load;
    }

    /** Distance driven, depot to depot. */
    double length()
    {
        return length;
    }

    RouteTimes copy()
    {
        return new RouteTimes(this);
    }

    private RouteTimes(final RouteTimes other)
    {
        this.in = other.in;
        this.customers = other.customers;
        this.start = other.start;
        this.latest = other.latest;
        this.loadBefore = other.loadBefore;
        this.load = other.load;
        this.length = other.length;
    }

    /**
     * Whether leaving {@code from} at {@code t} the vehicle can take on this route's customers from
     * {@code index} to the end and keep every window: constant time, from the latest starts.
     */
    boolean canContinue(final int from, final double t, final int index)
    {
        if (index == customers.length)
        {
            return t + in.distance()[from][0] <= in.due()[0];
        }
        final int c = customers[index];
        return Math.max(in.ready()[c], t + in.distance()[from][c]) <= latest[index];
    }

    @Override
    public void replace(final int[] newCustomers)
    {
        customers = newCustomers;
        recompute();
    }

    boolean canInsert(final int customer, final int at)
    {
        if (load + in.demand()[customer] > in.capacity())
        {
            return false;
        }
        final int previous = at == 0 ? 0 : customers[at - 1];
        final double leave = at == 0 ? in.ready()[0] : start[at - 1] + in.service()[previous];
        final double begin = Math.max(in.ready()[customer], leave + in.distance()[previous][customer]);
        if (begin > in.due()[customer])
        {
            return false;
        }
        final double done = begin + in.service()[customer];
        return at == customers.length
            ? done + in.distance()[customer][0] <= in.due()[0]
            : done + in.distance()[customer][customers[at]] <= latest[at];
    }

    double insertionDistance(final int customer, final int at)
    {
        final int previous = at == 0 ? 0 : customers[at - 1];
        final int next = at == customers.length ? 0 : customers[at];
        final double[][] d = in.distance();
        return d[previous][customer] + d[customer][next] - d[previous][next];
    }

    void insert(final int customer, final int at)
    {
        customers = withInserted(customer, at);
        recompute();
    }

    void remove(final int index)
    {
        final int[] fewer = new int[customers.length - 1];
        System.arraycopy(customers, 0, fewer, 0, index);
        System.arraycopy(customers, index + 1, fewer, index, fewer.length - index);
        customers = fewer;
        recompute();
    }

    /**
     * The cheapest ejection of one or two customers (never {@code customer}) that makes the route
     * with {@code customer} inserted feasible, below {@code bound}; null when there is none.
     */
    Ejection bestEjection(final int customer, final int[] hardness, final int bound, final Random random)
    {
        Ejection best = null;
        int limit = bound;
        final int offset = random.nextInt(customers.length + 1);
        for (int k = 0; k <= customers.length; k++)
        {
            final int at = (k + offset) % (customers.length + 1);
            final Ejection found = new Candidate(withInserted(customer, at), at, load + in.demand()[customer]).best(hardness, limit);
            if (found != null)
            {
                best = found;
                limit = found.hardness();
            }
        }
        return best;
    }

    /** Makes {@code ejection} with {@code customer}; returns the customers ejected. */
    int[] insertAndEject(final int customer, final Ejection ejection)
    {
        final int[] with = withInserted(customer, ejection.at());
        final int[] out = ejection.second() < 0 ? new int[]{with[ejection.first()]}
            : new int[]{with[ejection.first()], with[ejection.second()]};
        final int[] kept = new int[with.length - out.length];
        int next = 0;
        for (int i = 0; i < with.length; i++)
        {
            if (i != ejection.first() && i != ejection.second())
            {
                kept[next++] = with[i];
            }
        }
        customers = kept;
        recompute();
        return out;
    }

    private int[] withInserted(final int customer, final int at)
    {
        final int[] more = new int[customers.length + 1];
        System.arraycopy(customers, 0, more, 0, at);
        more[at] = customer;
        System.arraycopy(customers, at, more, at + 1, customers.length - at);
        return more;
    }

    private void recompute()
    {
        final int n = customers.length;
        start = new double[n];
        latest = new double[n];
        loadBefore = new int[n + 1];
        load = 0;
        int previous = 0;
        double leave = in.ready()[0];
        length = n == 0 ? 0 : in.distance()[customers[n - 1]][0];
        for (int i = 0; i < n; i++)
        {
            final int c = customers[i];
            length += in.distance()[previous][c];
            start[i] = Math.max(in.ready()[c], leave + in.distance()[previous][c]);
            leave = start[i] + in.service()[c];
            previous = c;
            load += in.demand()[c];
            loadBefore[i + 1] = load;
        }
        double next = in.due()[0];
        int after = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            final int c = customers[i];
            latest[i] = Math.min(in.due()[c], next - in.service()[c] - in.distance()[c][after]);
            next = latest[i];
            after = c;
        }
    }

    /** A route with the customer inserted (maybe infeasible), searched for the ejections that mend it. */
    private final class Candidate
    {
        private final int[] seq;
        private final int inserted;
        private final int loadWith;
        private final double[] leave;
        /** First index whose window is missed going forward: indices before it are on time. */
        private final int firstLate;
        private final double[] latestStart;
        /** Whether the route from this index on keeps every window, once started by its latest start. */
        private final boolean[] tailOk;

        Candidate(final int[] seq, final int inserted, final int loadWith)
        {
            this.seq = seq;
            this.inserted = inserted;
            this.loadWith = loadWith;
            final int m = seq.length;
            leave = new double[m];
            int late = m;
            int previous = 0;
            double t = in.ready()[0];
            for (int i = 0; i < m; i++)
            {
                final double begin = Math.max(in.ready()[seq[i]], t + in.distance()[previous][seq[i]]);
                if (begin > in.due()[seq[i]])
                {
                    late = i;
                    break;
                }
                leave[i] = begin + in.service()[seq[i]];
                t = leave[i];
                previous = seq[i];
            }
            firstLate = late;
            latestStart = new double[m];
            tailOk = new boolean[m + 1];
            tailOk[m] = true;
            double next = in.due()[0];
            int after = 0;
            for (int i = m - 1; i >= 0; i--)
            {
                final int c = seq[i];
                latestStart[i] = Math.min(in.due()[c], next - in.service()[c] - in.distance()[c][after]);
                tailOk[i] = tailOk[i + 1] && in.ready()[c] <= latestStart[i];
                next = latestStart[i];
                after = c;
            }
        }

        Ejection best(final int[] hardness, final int bound)
        {
            Ejection best = null;
            int limit = bound;
            final int m = seq.length;
            for (int first = 0; first < m && first <= firstLate; first++)
            {
                if (first == inserted)
                {
                    continue;
                }
                final int h1 = hardness[seq[first]];
                final int previous = first == 0 ? 0 : seq[first - 1];
                final double leaveBefore = first == 0 ? in.ready()[0] : leave[first - 1];
                if (h1 < limit && loadWith - in.demand()[seq[first]] <= in.capacity() && joins(previous, leaveBefore, first + 1))
                {
                    best = new Ejection(inserted, first, -1, h1);
                    limit = h1;
                }
                if (h1 + 1 >= limit)
                {
                    continue;
                }
                // Second ejection further on: the customers between the two go forward from the first gap.
                int from = previous;
                double t = leaveBefore;
                for (int second = first + 1; second < m; second++)
                {
                    final int h = h1 + hardness[seq[second]];
                    if (second != inserted && h < limit
                        && loadWith - in.demand()[seq[first]] - in.demand()[seq[second]] <= in.capacity() && joins(from, t, second + 1))
                    {
                        best = new Ejection(inserted, first, second, h);
                        limit = h;
                    }
                    final double begin = Math.max(in.ready()[seq[second]], t + in.distance()[from][seq[second]]);
                    if (begin > in.due()[seq[second]])
                    {
                        break;
                    }
                    t = begin + in.service()[seq[second]];
                    from = seq[second];
                }
            }
            return best;
        }

        /** Leaving {@code from} at {@code t}, can the route go on at {@code index} and keep every window? */
        private boolean joins(final int from, final double t, final int index)
        {
            if (index == seq.length)
            {
                return t + in.distance()[from][0] <= in.due()[0];
            }
            final int c = seq[index];
            return tailOk[index] && Math.max(in.ready()[c], t + in.distance()[from][c]) <= latestStart[index];
        }
    }
}
