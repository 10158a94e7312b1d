package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.kairos.gateway.http.Router.anyRole;

/**
 * {@code GET /v1/tickets} (filters: {@code status}, {@code priority}, {@code engineer}, {@code region},
 * {@code externalId}, {@code source}; oldest first) and {@code GET /v1/engineers}, with cursor pagination:
 * {@code limit} (1–500, default 50) and {@code after} (the last id of the previous page, as {@code next}
 * gives it). Filtering runs on the engine thread; the page is rendered on the event loop.
 */
final class ListRoutes
{
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private ListRoutes()
    {
    }

    record Page<T>(List<T> items, String next)
    {
    }

    record TicketFilter(Set<TicketStatus> statuses, Set<Priority> priorities, String engineer, String region,
                        String externalId, String source, long after, int limit)
    {
    }

    static void register(final Router router)
    {
        router.add(HttpMethod.GET, "/v1/tickets", anyRole(), exchange ->
        {
            final TicketFilter filter = ticketFilter(exchange);
            final dev.kairos.solver.state.ApiKey key = exchange.apiKey();
            exchange.query(state -> tickets(state, filter, ticket -> dev.kairos.gateway.auth.Scope.sees(key, state, ticket)), page -> Reply.of(200,
                new Page<>(page.items().stream().map(Views::ticket).toList(), page.next())));
        });
        router.add(HttpMethod.GET, "/v1/engineers", anyRole(), exchange ->
        {
            final Map<String, List<String>> query = new QueryStringDecoder(exchange.uri()).parameters();
            final int limit = limit(query);
            final String after = single(query, "after");
            exchange.query(state -> engineers(state, after, limit), page -> Reply.of(200,
                new Page<>(page.items().stream().map(Views::engineer).toList(), page.next())));
        });
    }

    /** {@code visible}: what the caller's key may see (its own tickets, its regions); the rest is left out. */
    private static Page<PlannedTicket> tickets(
        final LiveState state, final TicketFilter filter, final java.util.function.Predicate<Ticket> visible)
    {
        final List<Ticket> matching = new ArrayList<>();
        for (final Ticket ticket : state.tickets())
        {
            if (number(ticket.id()) > filter.after()
                && (filter.statuses().isEmpty() || filter.statuses().contains(ticket.status()))
                && (filter.priorities().isEmpty() || filter.priorities().contains(ticket.spec().priority()))
                && (filter.region() == null || filter.region().equals(ticket.spec().region()))
                && (filter.externalId() == null || filter.externalId().equals(ticket.spec().externalId()))
                && (filter.source() == null || filter.source().equals(ticket.spec().source()))
                && (filter.engineer() == null || filter.engineer().equals(state.plan().engineerOf(ticket.id())))
                && visible.test(ticket))
            {
                matching.add(ticket);
            }
        }
        matching.sort(Comparator.comparingLong(t -> number(t.id())));
        final List<PlannedTicket> page = new ArrayList<>();
        for (final Ticket ticket : matching.subList(0, Math.min(filter.limit(), matching.size())))
        {
            page.add(PlannedTicket.of(state, ticket));
        }
        return new Page<>(page, matching.size() > filter.limit() ? page.getLast().ticket().id() : null);
    }

    private static Page<Engineer> engineers(final LiveState state, final String after, final int limit)
    {
        final List<Engineer> all = new ArrayList<>(state.engineers());
        all.removeIf(engineer -> after != null && engineer.id().compareTo(after) <= 0);
        all.sort(Comparator.comparing(Engineer::id));
        final List<Engineer> page = new ArrayList<>(all.subList(0, Math.min(limit, all.size())));
        return new Page<>(page, all.size() > limit ? page.getLast().id() : null);
    }

    private static TicketFilter ticketFilter(final Exchange exchange)
    {
        final Map<String, List<String>> query = new QueryStringDecoder(exchange.uri()).parameters();
        final List<FieldError> errors = new ArrayList<>();
        final Set<TicketStatus> statuses = enums(query, "status", TicketStatus.class, errors);
        final Set<Priority> priorities = enums(query, "priority", Priority.class, errors);
        final String after = single(query, "after");
        long afterNumber = 0;
        if (after != null)
        {
            afterNumber = number(after);
            if (afterNumber < 0)
            {
                errors.add(new FieldError("after", after, "must be a ticket id such as T-42"));
            }
        }
        final int limit = limit(query);
        if (!errors.isEmpty())
        {
            throw new ProblemException(Problem.validation(errors));
        }
        return new TicketFilter(statuses, priorities, single(query, "engineer"), single(query, "region"),
            single(query, "externalId"), single(query, "source"), afterNumber, limit);
    }

    private static <E extends Enum<E>> Set<E> enums(
        final Map<String, List<String>> query, final String name, final Class<E> type, final List<FieldError> errors)
    {
        final Set<E> values = EnumSet.noneOf(type);
        for (final String list : query.getOrDefault(name, List.of()))
        {
            for (final String value : list.split(","))
            {
                try
                {
                    values.add(Enum.valueOf(type, value.trim()));
                }
                catch (final IllegalArgumentException ex)
                {
                    errors.add(new FieldError(name, value, "must be one of " + EnumSet.allOf(type)));
                }
            }
        }
        return values;
    }

    private static int limit(final Map<String, List<String>> query)
    {
        final String text = single(query, "limit");
        if (text == null)
        {
            return DEFAULT_LIMIT;
        }
        try
        {
            final int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT)
            {
                return limit;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw new ProblemException(Problem.validation(List.of(
            new FieldError("limit", text, "must be a whole number from 1 to " + MAX_LIMIT))));
    }

    private static String single(final Map<String, List<String>> query, final String name)
    {
        final List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getLast();
    }

    /** The sequence number in a ticket id ("T-42" → 42); -1 for anything else. */
    static long number(final String ticketId)
    {
        try
        {
            return ticketId.startsWith("T-") ? Long.parseLong(ticketId.substring(2)) : -1;
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }
}
