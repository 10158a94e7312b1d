package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.city.FieldServiceSla;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.sla.PolicyMatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A checked scenario as the commands the engine takes: depots, engineers and SLA policies put at
 * the start, and each ticket's spec to create at its release. Minutes from the start become epoch
 * milliseconds; points become {@link Location}s ({@code lat}/{@code lon}, or {@code x}/{@code y} in
 * that order for planar areas). Pure; any thread.
 */
public final class ScenarioCommands
{
    private ScenarioCommands()
    {
    }

    /** Epoch milliseconds of minute 0. */
    public static long startMillis(final Scenario scenario)
    {
        return Instant.parse(scenario.start()).toEpochMilli();
    }

    /**
     * When the books open: {@code planAheadMinutes} before the start. The setup is put then and the
     * tickets released at 0 are created then, so the optimiser has planned them before any shift begins.
     */
    public static long openMillis(final Scenario scenario)
    {
        return startMillis(scenario) - Math.round(scenario.planAhead() * 60_000);
    }

    /** When a ticket is created: its release, or the opening of the books for a ticket known from the start. */
    public static long releaseMillis(final Scenario scenario, final Scenario.Ticket ticket)
    {
        return ticket.release() <= 0 ? openMillis(scenario) : millis(scenario, ticket.release());
    }

    /** Epoch milliseconds of a time given in minutes from the start. */
    public static long millis(final Scenario scenario, final double minutes)
    {
        return startMillis(scenario) + Math.round(minutes * 60_000);
    }

    public static Location location(final Scenario.Point point)
    {
        return point.x() != null ? new Location(point.x(), point.y()) : new Location(point.lat(), point.lon());
    }

    public static List<PutDepot> depots(final Scenario scenario)
    {
        final long at = openMillis(scenario);
        return scenario.depots().stream()
            .map(depot -> new PutDepot(at, depot.id(), location(depot.location()), Stock.of(depot.stock()), Tools.of(depot.tools()),
                depot.counterMillis()))
            .toList();
    }

    public static List<PutEngineer> engineers(final Scenario scenario)
    {
        final long at = openMillis(scenario);
        final List<PutEngineer> puts = new ArrayList<>();
        for (final Scenario.Engineer engineer : scenario.engineers())
        {
            final List<Skill> skills = engineer.skills().entrySet().stream()
                .map(skill -> new Skill(skill.getKey(), skill.getValue()))
                .toList();
            final Scenario.Shift shift = engineer.shift();
            final Shift engineShift = new Shift(millis(scenario, shift.start()), millis(scenario, shift.end()),
                shift.breaks().stream().map(b -> window(scenario, b)).toList(), shift.maxOvertimeMinutes());
            puts.add(new PutEngineer(at, engineer.id(), new EngineerSpec(
                engineer.name() == null ? engineer.id() : engineer.name(),
                location(engineer.home()),
                skills,
                engineer.tools(),
                engineShift,
                Stock.of(engineer.van()),
                engineer.capacity() == null ? EngineerSpec.NO_CAPACITY : engineer.capacity())));
        }
        return puts;
    }

    public static List<PutSlaPolicy> slaPolicies(final Scenario scenario)
    {
        final long at = openMillis(scenario);
        return scenario.slaPolicies().stream()
            .map(sla -> FieldServiceSla.policy(at, sla.id(), new PolicyMatch(sla.priorities(), sla.tiers(), List.of()),
                Math.round(sla.responseMinutes() * 60_000),
                sla.responseMilestone() == null ? TicketStatus.ON_SITE : TicketStatus.valueOf(sla.responseMilestone()),
                Math.round(sla.resolutionMinutes() * 60_000)))
            .toList();
    }

    /** The tickets by release time; tickets released together keep their order in the file. */
    public static List<Scenario.Ticket> byRelease(final Scenario scenario)
    {
        final List<Scenario.Ticket> tickets = new ArrayList<>(scenario.tickets());
        tickets.sort(Comparator.comparingDouble(Scenario.Ticket::release));
        return tickets;
    }

    public static TicketSpec ticket(final Scenario scenario, final Scenario.Ticket ticket)
    {
        final List<SkillRequirement> skills = ticket.skills().entrySet().stream()
            .map(skill -> new SkillRequirement(skill.getKey(), skill.getValue()))
            .toList();
        return new TicketSpec(
            ticket.id(),
            ticket.title() == null ? ticket.id() : ticket.title(),
            ticket.priority(),
            ticket.tier(),
            null,
            location(ticket.location()),
            skills,
            ticket.tools(),
            Stock.of(ticket.parts()),
            ticket.serviceMinutes(),
            ticket.window() == null ? null : window(scenario, ticket.window()),
            ticket.due() == null ? TicketSpec.NO_TIME : millis(scenario, ticket.due()));
    }

    private static TimeWindow window(final Scenario scenario, final Scenario.Window window)
    {
        return new TimeWindow(millis(scenario, window.start()), millis(scenario, window.end()));
    }
}
