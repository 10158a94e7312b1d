package dev.kairos.gateway.auth;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import dev.kairos.solver.state.TicketEvent;
import io.netty.handler.codec.http.HttpMethod;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a key may see: an ENGINEER key only its own engineer and the tickets that are or were its
 * engineer's; a region-scoped key only tickets in its regions. What a key may not see does not
 * exist for it: 404, the same answer as for an id nobody has, and lists leave it out.
 */
public final class Scope
{
    private Scope()
    {
    }

    /** Whether any check is needed at all: unscoped keys of other roles see everything. */
    public static boolean limited(final ApiKey key)
    {
        return key != null && (key.role() == Role.ENGINEER || !key.regions().isEmpty());
    }

    /** Whether the key may see this ticket. Engine thread (it reads the plan and the timeline). */
    public static boolean sees(final ApiKey key, final LiveState state, final Ticket ticket)
    {
        if (!limited(key))
        {
            return true;
        }
        if (!key.seesRegion(ticket.spec().region()))
        {
            return false;
        }
        return key.role() != Role.ENGINEER || key.engineerId() != null && key.engineerId().equals(engineerOf(state, ticket.id()));
    }

    /**
     * The engineer a ticket is planned for, or else the last one it was assigned, dispatched to or
     * worked by: a completed or waiting ticket has left the route but is still that engineer's.
     */
    public static String engineerOf(final LiveState state, final String ticketId)
    {
        final String planned = state.plan().engineerOf(ticketId);
        if (planned != null)
        {
            return planned;
        }
        final List<TicketEvent> events = state.timeline().of(ticketId);
        for (int i = events.size() - 1; i >= 0; i--)
        {
            final String engineerId = switch (events.get(i))
            {
                case TicketEvent.Assigned e -> e.engineerId();
                case TicketEvent.Dispatched e -> e.engineerId();
                case TicketEvent.StatusChanged e -> e.engineerId();
                default -> null;
            };
            if (engineerId != null)
            {
                return engineerId;
            }
        }
        return null;
    }

    /**
     * The engine-side check for a route with path parameters: a ticket or engineer the key may not
     * see is refused as not found. Null when the key needs no check.
     */
    public static Function<LiveState, Outcome.Refused> guard(final ApiKey key, final String template, final Map<String, String> params)
    {
        if (!limited(key) || !template.startsWith("/v1/tickets/{id}"))
        {
            return null;
        }
        final String ticketId = params.get("id");
        return state ->
        {
            final Ticket ticket = state.ticket(ticketId);
            return ticket == null || sees(key, state, ticket) ? null :
                new Outcome.Refused(Outcome.Refusal.NOT_FOUND, "no ticket " + ticketId);
        };
    }

    /** Null when the key may act on this engineer; else why not. ENGINEER keys act only as their own engineer. */
    public static String engineerRefusal(final ApiKey key, final String template, final Map<String, String> params)
    {
        if (key == null || key.role() != Role.ENGINEER || !template.startsWith("/v1/engineers/{id}"))
        {
            return null;
        }
        return params.get("id").equals(key.engineerId()) ? null : "no engineer " + params.get("id");
    }

    /**
     * Null when the key may send this command; else why not. Creating a ticket pinned to an engineer is a
     * pin, which only the keys {@link Access} lets pin may make; a region-scoped key may not put tickets
     * outside its regions.
     */
    public static String commandRefusal(final ApiKey key, final Command command)
    {
        if (key != null && command instanceof CreateTicket c && c.engineerId() != null
            && !Access.listed(HttpMethod.PUT, "/v1/tickets/{id}/pin").contains(key.role()))
        {
            return "engineerId: this key may not pin tickets; create it without one";
        }
        if (key == null || key.regions().isEmpty())
        {
            return null;
        }
        final String region = switch (command)
        {
            case CreateTicket c -> c.spec().region();
            case UpdateTicket c -> c.patch().region();
            default -> null;
        };
        if (region == null && command instanceof CreateTicket)
        {
            return "a ticket from a region-scoped key needs a region, one of " + key.regions();
        }
        return region == null || key.seesRegion(region) ? null : "region " + region + " is outside this key's regions " + key.regions();
    }
}
