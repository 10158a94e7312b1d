package dev.kairos.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.state.Closure;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies: entities as the API shows them, times as ISO-8601 instants. */
final class Views
{
    private Views()
    {
    }

    record Window(String start, String end)
    {
        static Window of(final TimeWindow window)
        {
            return window == null ? null : new Window(time(window.start()), time(window.end()));
        }
    }

    record Requirement(String name, int minLevel)
    {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketView(
        String id,
        String externalId,
        String source,
        String title,
        Priority priority,
        String tier,
        String region,
        Location location,
        List<Requirement> skills,
        List<String> tools,
        Map<String, Integer> parts,
        int durationMinutes,
        Window window,
        String due,
        TicketStatus status,
        String cancelReason,
        String createdAt,
        String updatedAt,
        long position,
        PlanViews.Assignment assignment,
        String unassignedReason,
        String pinnedTo,
        Closure closure,
        SlaViews.SlaView sla)
    {
    }

    record ShiftView(String start, String end, List<Window> breaks, int maxOvertimeMinutes)
    {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EngineerView(
        String id,
        String name,
        Location home,
        List<Skill> skills,
        List<String> tools,
        ShiftView shift,
        Map<String, Integer> stock,
        Integer capacity,
        Location location,
        String locationAt,
        EngineerStatus status,
        String updatedAt,
        long position,
        java.util.Set<String> borrowedTools)
    {
    }

    record DepotView(String id, Location location, Map<String, Integer> stock, java.util.Set<String> tools, long counterMinutes,
        String updatedAt, long position)
    {
    }

    static TicketView ticket(final PlannedTicket planned)
    {
        final Ticket ticket = planned.ticket();
        final TicketSpec spec = ticket.spec();
        return new TicketView(
            ticket.id(), spec.externalId(), spec.source(), spec.title(), spec.priority(), spec.tier(), spec.region(), spec.location(),
            spec.skills().stream().map(s -> new Requirement(s.name(), s.minLevel())).toList(),
            spec.tools(), spec.parts(), spec.durationMinutes(), Window.of(spec.window()),
            spec.due() == TicketSpec.NO_TIME ? null : time(spec.due()),
            ticket.status(), ticket.cancelReason(), time(ticket.createdAt()), time(ticket.updatedAt()), ticket.position(),
            PlanViews.assignment(planned), planned.unassignedReason(), planned.pinnedTo(), ticket.closure(),
            SlaViews.ticket(planned.sla(), ticket.status(), planned.asOf()));
    }

    static EngineerView engineer(final Engineer engineer)
    {
        final EngineerSpec spec = engineer.spec();
        final ShiftView shift = new ShiftView(
            time(spec.shift().start()), time(spec.shift().end()),
            spec.shift().breaks().stream().map(Window::of).toList(), spec.shift().maxOvertimeMinutes());
        return new EngineerView(
            engineer.id(), spec.name(), spec.home(), spec.skills(), spec.tools(), shift, spec.stock(),
            spec.capacity() == EngineerSpec.NO_CAPACITY ? null : spec.capacity(),
            engineer.location(), time(engineer.locationAt()), engineer.status(), time(engineer.updatedAt()),
            engineer.position(), engineer.borrowedTools());
    }

    static DepotView depot(final Depot depot)
    {
        return new DepotView(depot.id(), depot.location(), depot.stock(), depot.tools(), counterMinutes(depot), time(depot.updatedAt()),
            depot.position());
    }

    /** Whole minutes: the API takes no finer, and every depot's time came through it or a default in minutes. */
    static long counterMinutes(final Depot depot)
    {
        return depot.counterMillis() / 60_000L;
    }

    static String time(final long epochMillis)
    {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
