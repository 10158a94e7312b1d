package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacTechnician;
import dev.kairos.scenarios.published.ReleaseDates;
import dev.kairos.solver.domain.Priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * A Pillac TRSP instance, with the release dates of one of its dynamic variants, as a planar
 * scenario: one distance unit is one minute of travel and one time unit one minute (travel time =
 * Euclidean distance, as the instances define it), the day runs one minute past the depot's closing
 * time (the simulator's last step is then the closing time itself, so work finishing at closing
 * counts), and work waits for each request's window to open. Requests known at the start are released at minute
 * 0, the others at their release date.
 *
 * <p>The depot has every part in quantity (the authors' depot has unlimited parts) and lends every
 * tool of the instance, so a technician lacking a request's tool may borrow it there on the way and
 * keep it for the day, as in the authors' model; a pick-up there costs the depot row's service time
 * at the counter. What the engine models differently: a pick-up collects only what the next visit
 * lacks. Pure; any thread.
 */
public final class PillacScenario
{
    /** Minutes of travel per distance unit, and per time unit of the instance. */
    public static final double UNIT_MINUTES = 1.0;
    /** "Unlimited" parts at the depot: more than a day's requests can use. */
    static final int DEPOT_STOCK = 10_000;
    private static final String START = "2026-11-23T00:00:00Z";
    /**
     * The dynamic days open this long before the shifts: the requests known at the start are planned
     * first, as the dynamic TRSP's authors plan them before the day. Opened at 0, the engine
     * dispatched the first visits of the fast path's plan at once (its horizon is 30 minutes) and no
     * later round could undo them: R101 rd10 served 89 of 100, and 93 with an hour ahead.
     */
    static final double PLAN_AHEAD_MINUTES = 60;

    private PillacScenario()
    {
    }

    /** The static instance: every request known at the start; the whole crew. */
    public static Scenario of(final PillacInstance instance)
    {
        return of(instance, null, instance.technicians().size());
    }

    /**
     * @param releases the dynamic variant's release dates, or null for the static instance
     * @param crew     the first {@code crew} technicians of the instance (1..its crew count)
     */
    public static Scenario of(final PillacInstance instance, final ReleaseDates releases, final int crew)
    {
        if (crew < 1 || crew > instance.technicians().size())
        {
            throw new IllegalArgumentException("crew must be within 1.." + instance.technicians().size() + ", was " + crew);
        }
        if (releases != null && !releases.instance().equals(instance.name()))
        {
            throw new IllegalArgumentException("release dates are for " + releases.instance() + ", not " + instance.name());
        }
        final Map<String, Integer> depotStock = new LinkedHashMap<>();
        for (int part = 0; part < instance.partCount(); part++)
        {
            depotStock.put(part(part), DEPOT_STOCK);
        }
        final List<String> depotTools = new ArrayList<>();
        for (int tool = 0; tool < instance.toolCount(); tool++)
        {
            depotTools.add("tool-" + tool);
        }
        // The depot row's service time is the instance's time at the depot (0 in every published file).
        final Scenario.Depot depot = new Scenario.Depot("depot",
            Scenario.Point.planar(instance.depot().x(), instance.depot().y()), depotStock, depotTools,
            (int)Math.round(minutes(instance.depot().service())));
        final List<Scenario.Engineer> engineers = new ArrayList<>();
        for (final PillacTechnician technician : instance.technicians().subList(0, crew))
        {
            engineers.add(new Scenario.Engineer(technicianId(technician.id()), "technician " + technician.id(),
                Scenario.Point.planar(technician.x(), technician.y()), names(technician.skills(), "skill-"),
                tools(technician.tools()),
                new Scenario.Shift(minutes(technician.shiftStart()), minutes(technician.shiftEnd()), List.of(), 0),
                parts(technician.stock()), null));
        }
        final List<Scenario.Ticket> tickets = new ArrayList<>();
        for (final PillacRequest request : instance.requests())
        {
            final double release = releases == null || releases.knownAtStart(request.id()) ? 0
                : minutes(releases.release(request.id()));
            tickets.add(new Scenario.Ticket(requestId(request.id()), "request " + request.id(), release, Priority.P3,
                null, Scenario.Point.planar(request.x(), request.y()), names(request.skills(), "skill-"),
                tools(request.tools()), parts(request.parts()), (int)Math.round(minutes(request.service())),
                new Scenario.Window(minutes(request.ready()), minutes(request.due())), null));
        }
        final String name = name(instance.name(), releases == null ? null : releases.dynamicPercent(), crew);
        final String description = String.format(Locale.ROOT, "Pillac et al. (2013) TRSP instance %s, %s, the first %d "
                + "of its %d technicians; %d requests.", instance.name(),
            releases == null ? "every request known at the start" : releases.dynamicPercent() + " % of requests released "
                + "during the day", crew, instance.technicians().size(), instance.requests().size());
        return new Scenario(Scenario.FORMAT, name, description, START, minutes(instance.depot().close()) + 1, true,
            releases == null ? null : PLAN_AHEAD_MINUTES, new Scenario.Area(Scenario.PLANAR, UNIT_MINUTES), List.of(depot), engineers, List.of(), tickets);
    }

    /** The scenario's name: {@code C101-rd30-crew25}, or {@code C101-static-crew25} without release dates (null percent). */
    public static String name(final String instance, final Integer dynamicPercent, final int crew)
    {
        final String variant = dynamicPercent == null ? "static" : "rd" + dynamicPercent;
        return String.format(Locale.ROOT, "%s-%s-crew%d", solomonName(instance), variant, crew);
    }

    /** {@code T01} ... for technician row ids. */
    public static String technicianId(final int id)
    {
        return String.format(Locale.ROOT, "T%02d", id);
    }

    /** {@code R026} ... for request row ids (the authors' node ids). */
    public static String requestId(final int id)
    {
        return String.format(Locale.ROOT, "R%03d", id);
    }

    /** {@code C101.100_25-5-5-5} gives {@code C101}. */
    static String solomonName(final String instance)
    {
        final int dot = instance.indexOf('.');
        return dot < 0 ? instance : instance.substring(0, dot);
    }

    private static Map<String, Integer> names(final SortedSet<Integer> indices, final String prefix)
    {
        final Map<String, Integer> levels = new LinkedHashMap<>();
        indices.forEach(index -> levels.put(prefix + index, 1));
        return levels;
    }

    private static List<String> tools(final SortedSet<Integer> indices)
    {
        return indices.stream().map(index -> "tool-" + index).toList();
    }

    /** Counts by part index, zeros left out. */
    private static Map<String, Integer> parts(final List<Integer> counts)
    {
        final Map<String, Integer> parts = new LinkedHashMap<>();
        for (int part = 0; part < counts.size(); part++)
        {
            if (counts.get(part) > 0)
            {
                parts.put(part(part), counts.get(part));
            }
        }
        return parts;
    }

    private static String part(final int index)
    {
        return "part-" + index;
    }

    private static double minutes(final double instanceTime)
    {
        return instanceTime * UNIT_MINUTES;
    }
}
