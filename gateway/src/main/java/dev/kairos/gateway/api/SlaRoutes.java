package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.CalendarEntry;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import io.netty.handler.codec.http.HttpMethod;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.kairos.gateway.http.Router.anyRole;
import static dev.kairos.gateway.http.Router.writers;

/**
 * SLA resources: {@code /v1/sla-policies}, {@code /v1/calendars}, a ticket's
 * {@code /v1/tickets/{id}/events} and {@code /v1/sla/at-risk?within=PT1H}.
 */
final class SlaRoutes
{
    static final Duration DEFAULT_WITHIN = Duration.ofHours(1);
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;

    private SlaRoutes()
    {
    }

    static void register(final Router router)
    {
        router.add(HttpMethod.PUT, "/v1/sla-policies/{id}", writers(), exchange -> exchange.submit(
            SlaPolicyDecoder.put(exchange.id("id"), Json.read(exchange.body()), reapply(exchange), exchange.receivedAt(),
                exchange.engine().slaDirectory()::hasCalendar),
            applied -> Reply.of(applied.created() ? 201 : 200, SlaViews.policy((SlaPolicy)applied.entity()))));
        router.add(HttpMethod.GET, "/v1/sla-policies/{id}", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> state.sla().policy(id), policy -> policy == null ?
                Reply.of(Problem.notFound("no SLA policy " + id)) : Reply.of(200, SlaViews.policy(policy)));
        });
        router.add(HttpMethod.GET, "/v1/sla-policies", anyRole(), exchange -> exchange.query(
            state -> sorted(state.sla().policies(), Comparator.comparing(SlaPolicy::id)),
            policies -> Reply.of(200, Map.of("policies", policies.stream().map(SlaViews::policy).toList()))));
        router.add(HttpMethod.DELETE, "/v1/sla-policies/{id}", writers(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.submit(new DeleteSlaPolicy(exchange.receivedAt(), id),
                applied -> Reply.of(200, new SlaViews.Deleted(id, true, applied.position())));
        });

        router.add(HttpMethod.PUT, "/v1/calendars/{name}", writers(), exchange -> exchange.submit(
            CalendarDecoder.put(exchange.id("name"), Json.read(exchange.body()), exchange.receivedAt()),
            applied -> Reply.of(applied.created() ? 201 : 200, SlaViews.calendar((CalendarEntry)applied.entity()))));
        router.add(HttpMethod.GET, "/v1/calendars/{name}", anyRole(), exchange ->
        {
            final String name = exchange.id("name");
            exchange.query(state -> state.sla().calendar(name), calendar -> calendar == null ?
                Reply.of(Problem.notFound("no calendar " + name)) : Reply.of(200, SlaViews.calendar(calendar)));
        });
        router.add(HttpMethod.GET, "/v1/calendars", anyRole(), exchange -> exchange.query(
            state -> sorted(state.sla().calendars(), Comparator.comparing(CalendarEntry::name)),
            calendars -> Reply.of(200, Map.of("calendars", calendars.stream().map(SlaViews::calendar).toList()))));

        router.add(HttpMethod.GET, "/v1/tickets/{id}/events", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> state.ticket(id) == null ? null : java.util.Objects.requireNonNullElse(
                state.timeline().timeline(id), new dev.kairos.solver.state.TicketTimeline(id, java.util.List.of())), timeline ->
                timeline == null ? Reply.of(Problem.notFound("no ticket " + id)) : Reply.of(200, EventViews.of(timeline)));
        });
        router.add(HttpMethod.GET, "/v1/sla/at-risk", anyRole(), SlaRoutes::atRisk);
    }

    /** Open tickets whose next deadline (not yet met nor breached) falls by now + within, soonest first. */
    private static void atRisk(final Exchange exchange)
    {
        final Duration within = within(exchange.queryParam("within"));
        final int limit = limit(exchange.queryParam("limit"));
        final long now = exchange.receivedAt();
        final dev.kairos.solver.state.ApiKey key = exchange.apiKey();
        exchange.query(state -> atRisk(state, now, within, limit, RegionScope.shown(key, state)),
            tickets -> Reply.of(200, new SlaViews.AtRiskList(Views.time(now), within.toString(), tickets)));
    }

    private static List<SlaViews.AtRisk> atRisk(final LiveState state, final long now, final Duration within, final int limit,
                                                final java.util.function.Predicate<String> shown)
    {
        final List<SlaViews.AtRisk> tickets = new ArrayList<>();
        // A scoped key's share is found by reading on past others' deadlines; the unscoped read stops at the limit.
        final int read = shown == RegionScope.ALL ? limit : Integer.MAX_VALUE;
        for (final TicketSla sla : state.sla().deadlinesBetween(Long.MIN_VALUE, now + within.toMillis(), read))
        {
            if (tickets.size() == limit)
            {
                break;
            }
            if (!shown.test(sla.ticketId()))
            {
                continue;
            }
            final Ticket ticket = state.ticket(sla.ticketId());
            tickets.add(SlaViews.atRisk(sla, ticket.spec().priority(), ticket.status(), now));
        }
        return tickets;
    }

    private static boolean reapply(final Exchange exchange)
    {
        final String value = exchange.queryParam("reapply");
        if (value == null || value.equals("false"))
        {
            return false;
        }
        if (value.equals("true"))
        {
            return true;
        }
        throw invalid("reapply", value, "must be true or false");
    }

    private static Duration within(final String value)
    {
        if (value == null)
        {
            return DEFAULT_WITHIN;
        }
        try
        {
            final Duration within = Duration.parse(value);
            if (!within.isNegative() && !within.isZero() && within.toMillis() <= SlaPolicyDecoder.MAX_MILLIS)
            {
                return within;
            }
        }
        catch (final DateTimeParseException ex)
        {
            // reported below
        }
        throw invalid("within", value, "must be a positive ISO-8601 duration up to P366D, such as PT1H");
    }

    private static int limit(final String value)
    {
        if (value == null)
        {
            return DEFAULT_LIMIT;
        }
        try
        {
            final int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT)
            {
                return limit;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw invalid("limit", value, "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static ProblemException invalid(final String field, final String value, final String message)
    {
        return new ProblemException(Problem.validation(List.of(new FieldError(field, value, message))));
    }

    private static <T> List<T> sorted(final java.util.Collection<T> values, final Comparator<T> order)
    {
        final List<T> list = new ArrayList<>(values);
        list.sort(order);
        return List.copyOf(list);
    }
}
