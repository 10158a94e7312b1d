package dev.kairos.solver.snapshot;

import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.CalendarEntry;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;
import dev.kairos.solver.state.TicketTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Live state at one journal position as references to its immutable records: taking one costs the
 * engine thread a copy of references, not an encoding, so the engine pauses for milliseconds while
 * the snapshot thread does the rest. Immutable once captured; any thread.
 *
 * @param chronicleIndex the Chronicle index of the record at {@code position}, so start can seek to it
 */
public record SnapshotImage(
    long position,
    long chronicleIndex,
    long time,
    long ticketsCreated,
    List<Ticket> tickets,
    List<Engineer> engineers,
    List<Depot> depots,
    List<ApiKey> apiKeys,
    List<Route> routes,
    List<Map.Entry<String, String>> unassigned,
    List<Map.Entry<String, String>> pins,
    List<SlaPolicy> policies,
    List<CalendarEntry> calendars,
    List<TicketSla> ticketSlas,
    List<TicketTimeline> timelines,
    List<dev.kairos.solver.state.IdempotentRequest> idempotentRequests,
    List<dev.kairos.solver.state.PartsReservation> reservations,
    List<String> awaitingReservation,
    dev.kairos.solver.domain.Area area,
    List<dev.kairos.solver.state.WebhookState> webhooks)
{
    /** Engine thread only. */
    public static SnapshotImage capture(final LiveState state, final long chronicleIndex)
    {
        return new SnapshotImage(state.position(), chronicleIndex, state.time(), state.ticketsCreated(),
            new ArrayList<>(state.tickets()), new ArrayList<>(state.engineers()), new ArrayList<>(state.depots()),
            new ArrayList<>(state.apiKeys()), new ArrayList<>(state.plan().routes()), entries(state.plan().unassigned()),
            entries(state.plan().pins()), new ArrayList<>(state.sla().policies()), new ArrayList<>(state.sla().calendars()),
            new ArrayList<>(state.sla().tickets()), new ArrayList<>(state.timeline().all()),
            new ArrayList<>(state.idempotency().all()), new ArrayList<>(state.stock().reservations()),
            new ArrayList<>(state.stock().pending()), state.area(), new ArrayList<>(state.webhooks().all()));
    }

    private static List<Map.Entry<String, String>> entries(final Map<String, String> map)
    {
        final List<Map.Entry<String, String>> entries = new ArrayList<>(map.size());
        map.forEach((key, value) -> entries.add(Map.entry(key, value)));
        return entries;
    }
}
