package dev.kairos.solver.kpi;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.ClockState;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How the operation is doing as of {@code asOf}: SLA attainment per clock (met on time among the
 * clocks decided, met or breached), first-response and resolution times over the clocks met,
 * open backlog by priority, breaches since midnight in the reporting zone, and the plan's travel,
 * utilisation and overtime for engineers on shift; parts shortages (unassigned for want of parts)
 * and stock-outs (dispatched visits whose parts could not all be reserved).
 */
public record Kpis(
    long asOf,
    Attainment response,
    Attainment resolution,
    Percentiles firstResponseMinutes,
    Percentiles resolutionMinutes,
    Map<Priority, Integer> backlog,
    int breachesToday,
    long plannedTravelMinutes,
    double utilisation,
    long plannedOvertimeMinutes,
    int unassigned,
    int partsShortages,
    int partsStockOuts)
{
    /** Met on time among decided clocks; {@code rate} is 1 when none is decided yet. */
    public record Attainment(int metOnTime, int breached, double rate)
    {
    }

    public record Percentiles(int count, double p50, double p90, double p99)
    {
        static Percentiles of(final List<Double> values)
        {
            final List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return new Percentiles(sorted.size(), at(sorted, 50), at(sorted, 90), at(sorted, 99));
        }

        private static double at(final List<Double> sorted, final int percent)
        {
            return sorted.isEmpty() ? 0 :
                Math.round(sorted.get(Math.max(0, (int)Math.ceil(percent / 100.0 * sorted.size()) - 1)) * 10) / 10.0;
        }
    }

    /** Engine thread (a query): the indicators as of {@code asOf}, "today" in {@code zone}. */
    public static Kpis of(final LiveState state, final long asOf, final ZoneId zone)
    {
        return of(state, asOf, zone, ticketId -> true);
    }

    /**
     * As {@link #of(LiveState, long, ZoneId)} counting only the tickets {@code counted} (a region's) in
     * the ticket figures (SLA, backlog, breaches, unassigned, parts); travel, utilisation and
     * overtime stay the whole fleet's, since engineers belong to no region.
     */
    public static Kpis of(final LiveState state, final long asOf, final ZoneId zone, final Predicate<String> counted)
    {
        final long midnight = Instant.ofEpochMilli(asOf).atZone(zone).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        final int[] response = new int[2];
        final int[] resolution = new int[2];
        final List<Double> responseMinutes = new ArrayList<>();
        final List<Double> resolutionMinutes = new ArrayList<>();
        int breachesToday = 0;
        for (final TicketSla sla : state.sla().tickets())
        {
            if (!counted.test(sla.ticketId()))
            {
                continue;
            }
            breachesToday += count(sla.state(ClockKind.RESPONSE), response, responseMinutes, midnight);
            breachesToday += count(sla.state(ClockKind.RESOLUTION), resolution, resolutionMinutes, midnight);
        }
        final Map<Priority, Integer> backlog = new EnumMap<>(Priority.class);
        for (final Priority priority : Priority.values())
        {
            backlog.put(priority, 0);
        }
        for (final Ticket ticket : state.tickets())
        {
            if (!ticket.status().isClosed() && counted.test(ticket.id()))
            {
                backlog.merge(ticket.spec().priority(), 1, Integer::sum);
            }
        }
        long travel = 0;
        long work = 0;
        long shiftTime = 0;
        long overtime = 0;
        for (final Engineer engineer : state.engineers())
        {
            final var shift = engineer.spec().shift();
            if (shift.end() <= asOf)
            {
                continue;
            }
            final Route route = state.route(engineer.id());
            travel += route.travelMillis();
            for (final Stop stop : route.stops())
            {
                work += stop.end() - stop.start();
            }
            shiftTime += shift.end() - Math.max(shift.start(), asOf);
            if (!route.stops().isEmpty())
            {
                overtime += Math.max(0, route.returnAt() - shift.end());
            }
        }
        final Map<String, String> unassigned = new java.util.HashMap<>(state.plan().unassigned());
        unassigned.keySet().removeIf(counted.negate());
        final int partsShortages = (int)unassigned.values().stream().filter(r -> r.contains("parts")).count();
        return new Kpis(asOf, attainment(response), attainment(resolution), Percentiles.of(responseMinutes),
            Percentiles.of(resolutionMinutes), backlog, breachesToday, travel / 60_000,
            shiftTime == 0 ? 0 : Math.round(1000.0 * work / shiftTime) / 1000.0, overtime / 60_000,
            unassigned.size(), partsShortages,
            // Dispatched visits whose parts no van or depot could cover when they were reserved.
            (int)state.stock().reservations().stream().filter(r -> r.stockOut() && counted.test(r.id())).count());
    }

    /** Adds a clock to its tallies; returns 1 when its breach fell due today. */
    private static int count(final ClockState clock, final int[] tally, final List<Double> minutes, final long midnight)
    {
        if (clock.met())
        {
            minutes.add((clock.metAt() - clock.start()) / 60_000.0);
        }
        if (clock.breached())
        {
            tally[1]++;
            return clock.breachedAt() >= midnight ? 1 : 0;
        }
        if (clock.met())
        {
            tally[0]++;
        }
        return 0;
    }

    private static Attainment attainment(final int[] tally)
    {
        final int decided = tally[0] + tally[1];
        return new Attainment(tally[0], tally[1], decided == 0 ? 1 : Math.round(10_000.0 * tally[0] / decided) / 10_000.0);
    }

}
