package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.scenario.Scenario.Point;
import dev.kairos.scenarios.scenario.Scenario.Window;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a scenario must meet beyond JSON types: everything the engine's edge would refuse
 * (the gateway decoders' rules for engineers and tickets) plus the file's own (ids unique,
 * releases within the day, points in the area's coordinate system). The first broken rule is
 * reported with its field path and value.
 */
final class ScenarioCheck
{
    private static final Set<String> MILESTONES = Set.of("ON_SITE", "ACCEPTED");

    private final String source;

    private ScenarioCheck(final String source)
    {
        this.source = source;
    }

    static void check(final Scenario scenario, final String source) throws InvalidScenarioException
    {
        new ScenarioCheck(source).all(scenario);
    }

    private void all(final Scenario s) throws InvalidScenarioException
    {
        require(s.format() == Scenario.FORMAT, "format", s.format(), "must be " + Scenario.FORMAT);
        text("name", s.name());
        require(s.start() != null, "start", null, "is required (an ISO-8601 instant, e.g. 2026-11-23T08:00:00Z)");
        try
        {
            Instant.parse(s.start());
        }
        catch (final DateTimeParseException e)
        {
            throw fail("start", s.start(), "is not an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
        require(Double.isFinite(s.minutes()) && s.minutes() > 0, "minutes", s.minutes(), "must be above 0");
        require(Double.isFinite(s.planAhead()) && s.planAhead() >= 0 && s.planAhead() <= 24 * 60, "planAheadMinutes",
            s.planAheadMinutes(), "must be from 0 to 1440 (a day)");
        area(s.area());
        final boolean planar = s.planar();
        final Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.depots().size(); i++)
        {
            final String at = "depots[" + i + "]";
            final Scenario.Depot depot = s.depots().get(i);
            require(depot != null, at, null, "is null");
            unique(at + ".id", depot.id(), ids);
            point(at + ".location", depot.location(), planar);
            counts(at + ".stock", depot.stock(), 0);
            names(at + ".tools", depot.tools());
            require(depot.counterMinutes() == null || depot.counterMinutes() >= 0 && depot.counterMinutes() <= Scenario.Depot.MAX_COUNTER_MINUTES,
                at + ".counterMinutes", depot.counterMinutes(), "must be between 0 and " + Scenario.Depot.MAX_COUNTER_MINUTES);
        }
        ids.clear();
        for (int i = 0; i < s.engineers().size(); i++)
        {
            final String at = "engineers[" + i + "]";
            final Scenario.Engineer engineer = s.engineers().get(i);
            require(engineer != null, at, null, "is null");
            unique(at + ".id", engineer.id(), ids);
            point(at + ".home", engineer.home(), planar);
            require(!engineer.skills().isEmpty(), at + ".skills", engineer.skills(), "must name at least one skill");
            counts(at + ".skills", engineer.skills(), 1);
            names(at + ".tools", engineer.tools());
            counts(at + ".van", engineer.van(), 0);
            final Scenario.Shift shift = engineer.shift();
            require(shift != null, at + ".shift", null, "is required");
            window(at + ".shift", new Window(shift.start(), shift.end()));
            for (int b = 0; b < shift.breaks().size(); b++)
            {
                window(at + ".shift.breaks[" + b + "]", shift.breaks().get(b));
            }
            require(shift.maxOvertimeMinutes() >= 0, at + ".shift.maxOvertimeMinutes", shift.maxOvertimeMinutes(),
                "must not be negative");
            require(engineer.capacity() == null || engineer.capacity() >= 1, at + ".capacity", engineer.capacity(),
                "must be at least 1 (leave it out for no limit)");
        }
        ids.clear();
        for (int i = 0; i < s.slaPolicies().size(); i++)
        {
            final String at = "slaPolicies[" + i + "]";
            final Scenario.Sla sla = s.slaPolicies().get(i);
            require(sla != null, at, null, "is null");
            unique(at + ".id", sla.id(), ids);
            require(!sla.priorities().contains(null), at + ".priorities", sla.priorities(), "holds a null");
            names(at + ".tiers", sla.tiers());
            require(sla.responseMinutes() > 0, at + ".responseMinutes", sla.responseMinutes(), "must be above 0");
            require(sla.resolutionMinutes() > 0, at + ".resolutionMinutes", sla.resolutionMinutes(), "must be above 0");
            require(sla.responseMilestone() == null || MILESTONES.contains(sla.responseMilestone()),
                at + ".responseMilestone", sla.responseMilestone(), "must be ON_SITE or ACCEPTED");
        }
        ids.clear();
        for (int i = 0; i < s.tickets().size(); i++)
        {
            ticket("tickets[" + i + "]", s.tickets().get(i), s, ids);
        }
    }

    private void ticket(final String at, final Scenario.Ticket ticket, final Scenario s, final Set<String> ids)
        throws InvalidScenarioException
    {
        require(ticket != null, at, null, "is null");
        unique(at + ".id", ticket.id(), ids);
        require(ticket.release() >= 0 && ticket.release() <= s.minutes(), at + ".release", ticket.release(),
            "must be within the day, 0.." + s.minutes() + " minutes");
        require(ticket.priority() != null, at + ".priority", null, "is required (P1..P4)");
        point(at + ".location", ticket.location(), s.planar());
        require(!ticket.skills().isEmpty(), at + ".skills", ticket.skills(), "must name at least one skill");
        counts(at + ".skills", ticket.skills(), 1);
        names(at + ".tools", ticket.tools());
        counts(at + ".parts", ticket.parts(), 1);
        require(ticket.serviceMinutes() > 0, at + ".serviceMinutes", ticket.serviceMinutes(), "must be above 0");
        if (ticket.window() != null)
        {
            window(at + ".window", ticket.window());
        }
        require(ticket.due() == null || ticket.due() >= ticket.release(), at + ".due", ticket.due(),
            "must not be before the release (" + ticket.release() + ")");
    }

    private void area(final Scenario.Area area) throws InvalidScenarioException
    {
        require(area != null, "area", null, "is required");
        final String coordinates = area.coordinates();
        require(Scenario.GEOGRAPHIC.equals(coordinates) || Scenario.PLANAR.equals(coordinates), "area.coordinates",
            coordinates, "must be " + Scenario.GEOGRAPHIC + " or " + Scenario.PLANAR);
        if (Scenario.PLANAR.equals(coordinates))
        {
            require(area.unitMinutes() != null && Double.isFinite(area.unitMinutes()) && area.unitMinutes() > 0,
                "area.unitMinutes", area.unitMinutes(), "must be above 0 in a planar area (minutes per distance unit)");
        }
        else
        {
            require(area.unitMinutes() == null, "area.unitMinutes", area.unitMinutes(),
                "applies to planar areas only (geographic travel is great-circle at urban speed)");
        }
    }

    private void point(final String at, final Point point, final boolean planar) throws InvalidScenarioException
    {
        require(point != null, at, null, "is required");
        if (planar)
        {
            require(point.lat() == null && point.lon() == null, at, point, "has lat/lon in a planar area: give x and y");
            require(point.x() != null && Double.isFinite(point.x()), at + ".x", point.x(), "must be a finite number");
            require(point.y() != null && Double.isFinite(point.y()), at + ".y", point.y(), "must be a finite number");
        }
        else
        {
            require(point.x() == null && point.y() == null, at, point, "has x/y in a geographic area: give lat and lon");
            require(point.lat() != null && point.lat() >= -90 && point.lat() <= 90, at + ".lat", point.lat(),
                "must be within -90..90");
            require(point.lon() != null && point.lon() >= -180 && point.lon() <= 180, at + ".lon", point.lon(),
                "must be within -180..180");
        }
    }

    private void window(final String at, final Window window) throws InvalidScenarioException
    {
        require(window != null, at, null, "is null");
        require(Double.isFinite(window.start()) && window.start() >= 0, at + ".start", window.start(),
            "must not be negative");
        require(Double.isFinite(window.end()) && window.end() > window.start(), at + ".end", window.end(),
            "must be after start (" + window.start() + ")");
    }

    private void counts(final String at, final Map<String, Integer> counts, final int least) throws InvalidScenarioException
    {
        for (final Map.Entry<String, Integer> entry : counts.entrySet())
        {
            require(entry.getKey() != null && !entry.getKey().isBlank(), at, entry.getKey(), "has a blank name");
            require(entry.getValue() != null && entry.getValue() >= least, at + "." + entry.getKey(), entry.getValue(),
                "must be at least " + least);
        }
    }

    private void names(final String at, final List<String> names) throws InvalidScenarioException
    {
        for (int i = 0; i < names.size(); i++)
        {
            text(at + "[" + i + "]", names.get(i));
        }
    }

    private void unique(final String at, final String id, final Set<String> seen) throws InvalidScenarioException
    {
        text(at, id);
        require(seen.add(id), at, id, "is used twice");
    }

    private void text(final String at, final String value) throws InvalidScenarioException
    {
        require(value != null && !value.isBlank(), at, value, "must not be blank");
    }

    private void require(final boolean ok, final String at, final Object value, final String rule)
        throws InvalidScenarioException
    {
        if (!ok)
        {
            throw fail(at, value, rule);
        }
    }

    private InvalidScenarioException fail(final String at, final Object value, final String rule)
    {
        return new InvalidScenarioException(source, at, (value == null ? "missing or null; " : "value '" + value + "' ")
            + rule);
    }
}
