package dev.kairos.scenarios.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kairos.solver.domain.Priority;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dispatch day as data: the area and its travel model, depots, engineers, SLA policies and the
 * tickets released over the day. Every time is in minutes from {@code start} (an ISO-8601 instant),
 * so a file reads the same whatever day it is replayed on. docs/SCENARIOS.md describes each field;
 * {@link ScenarioFile} reads and checks files, {@link ScenarioCommands} turns one into engine commands.
 *
 * @param format         the file format version, {@value #FORMAT}
 * @param minutes        how long the day runs: the simulation stops there
 * @param waitForWindow  true: work on a ticket starts no earlier than its window opens (TRSP rules);
 *                       false: work starts at arrival (the generated cities' days, as they always ran)
 * @param planAheadMinutes how long before minute 0 the books open: the tickets released at 0 are
 *                       known that early, so the optimiser plans them before anyone must set off
 *                       (as the dynamic TRSP plans its known requests before the day); 0 when left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "name", "description", "start", "minutes", "waitForWindow", "planAheadMinutes", "area", "depots", "engineers",
    "slaPolicies", "tickets"})
public record Scenario(
    int format,
    String name,
    String description,
    String start,
    double minutes,
    Boolean waitForWindow,
    Double planAheadMinutes,
    Area area,
    List<Depot> depots,
    List<Engineer> engineers,
    List<Sla> slaPolicies,
    List<Ticket> tickets)
{
    public static final int FORMAT = 1;
    public static final String GEOGRAPHIC = "geographic";
    public static final String PLANAR = "planar";

    public Scenario
    {
        // Optional in files, false when left out; never null once read.
        waitForWindow = waitForWindow != null && waitForWindow;
        planAheadMinutes = planAheadMinutes == null || planAheadMinutes == 0 ? null : planAheadMinutes;
        depots = list(depots);
        engineers = list(engineers);
        slaPolicies = list(slaPolicies);
        tickets = list(tickets);
    }

    /** {@link #planAheadMinutes}, 0 when the file leaves it out. */
    public double planAhead()
    {
        return planAheadMinutes == null ? 0 : planAheadMinutes;
    }

    public boolean planar()
    {
        return area != null && PLANAR.equals(area.coordinates());
    }

    /**
     * Where the day happens. {@code coordinates}: {@value #GEOGRAPHIC} (points are lat/lon, travel
     * is great-circle at the engine's urban speed) or {@value #PLANAR} (points are x/y, travel is
     * Euclidean, {@code unitMinutes} minutes per distance unit; required for planar only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Area(String coordinates, Double unitMinutes)
    {
    }

    /** A point: {@code lat}/{@code lon} in a geographic area, {@code x}/{@code y} in a planar one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"lat", "lon", "x", "y"})
    public record Point(Double lat, Double lon, Double x, Double y)
    {
        public static Point geographic(final double lat, final double lon)
        {
            return new Point(lat, lon, null, null);
        }

        public static Point planar(final double x, final double y)
        {
            return new Point(null, null, x, y);
        }
    }

    /** A half-open interval [start, end) in minutes from the scenario start. */
    public record Window(double start, double end)
    {
    }

    /**
     * A depot, the parts it holds by sku, the tools it lends (optional: none), and the minutes a pick-up
     * spends at its counter ({@code counterMinutes}; absent: {@value #DEFAULT_COUNTER_MINUTES}, the engine's
     * default). An engineer lacking a ticket's tool is routed through a depot lending it and keeps the
     * tool for the rest of the day.
     */
    public record Depot(String id, Point location, Map<String, Integer> stock,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tools,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer counterMinutes)
    {
        public static final int DEFAULT_COUNTER_MINUTES = 10;
        /** As the API: a pick-up longer than a working day is a mistake in the file. */
        public static final int MAX_COUNTER_MINUTES = 8 * 60;

        public Depot
        {
            stock = map(stock);
            tools = list(tools);
        }

        /** A depot at the default counter time. */
        public Depot(final String id, final Point location, final Map<String, Integer> stock, final List<String> tools)
        {
            this(id, location, stock, tools, null);
        }

        /** A depot that lends no tools. */
        public Depot(final String id, final Point location, final Map<String, Integer> stock)
        {
            this(id, location, stock, null);
        }

        /** The counter time the engine takes: the default when the file gives none. */
        public long counterMillis()
        {
            return (counterMinutes == null ? DEFAULT_COUNTER_MINUTES : counterMinutes) * 60_000L;
        }
    }

    /**
     * An engineer: skills by name with their level (1 = basic), tools carried, the shift, the parts
     * in the van by sku, and how many visits a day they take ({@code capacity}; absent = no limit).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Engineer(String id, String name, Point home, Map<String, Integer> skills, List<String> tools,
        Shift shift, Map<String, Integer> van, Integer capacity)
    {
        public Engineer
        {
            skills = map(skills);
            tools = list(tools);
            van = map(van);
        }
    }

    /** A working day in minutes from the scenario start, with unpaid breaks and the overtime allowed. */
    public record Shift(double start, double end, List<Window> breaks, int maxOvertimeMinutes)
    {
        public Shift
        {
            breaks = list(breaks);
        }
    }

    /**
     * An SLA policy: tickets of these priorities and tiers (empty = any) must see an engineer reach
     * the {@code responseMilestone} (ON_SITE or ACCEPTED; ON_SITE when absent) within
     * {@code responseMinutes} and be completed within {@code resolutionMinutes}, around the clock.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sla(String id, List<Priority> priorities, List<String> tiers, double responseMinutes,
        double resolutionMinutes, String responseMilestone)
    {
        public Sla
        {
            priorities = list(priorities);
            tiers = list(tiers);
        }
    }

    /**
     * A ticket, known to the engine from {@code release} (minutes from the start). Skills map a name
     * to the minimum level; parts are consumed on site. {@code window} (when the visit may start)
     * and {@code due} (minutes from the start, when it should be done) are optional.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "release", "priority", "tier", "location", "skills", "tools", "parts",
        "serviceMinutes", "window", "due"})
    public record Ticket(String id, String title, double release, Priority priority, String tier, Point location,
        Map<String, Integer> skills, List<String> tools, Map<String, Integer> parts, int serviceMinutes, Window window,
        Double due)
    {
        public Ticket
        {
            skills = map(skills);
            tools = list(tools);
            parts = map(parts);
        }
    }

    private static <T> List<T> list(final List<T> values)
    {
        return values == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** Insertion order kept: an engineer's skills reach the engine in the order the file gives them. */
    private static Map<String, Integer> map(final Map<String, Integer> values)
    {
        return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
