package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.planning.advice.Explanation;
import dev.kairos.solver.planning.advice.Option;
import dev.kairos.solver.planning.advice.Slot;
import dev.kairos.solver.planning.improve.SubProblem;
import dev.kairos.solver.state.Ticket;
import io.netty.handler.codec.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static dev.kairos.gateway.api.Views.time;
import static dev.kairos.gateway.http.Router.anyRole;

/**
 * {@code GET /v1/tickets/{id}/explanation} and {@code POST /v1/recommendations}: a copy of the plan
 * around the ticket is read on the engine thread, then scored on the advisor's thread.
 */
final class AdviceRoutes
{
    /** Engineers around the ticket whose routes are weighed: the nearest few hold the sensible options. */
    static final int ENGINEERS = 8;
    static final int OPTIONS = 10;
    private static final String CANDIDATE = "candidate";

    private AdviceRoutes()
    {
    }

    record SlotView(String engineerId, int position, String arrival, String start, String end)
    {
        static SlotView of(final Slot slot)
        {
            return slot == null ? null : new SlotView(slot.engineerId(), slot.position(), time(slot.arrival()),
                time(slot.start()), time(slot.end()));
        }
    }

    record AlternativeView(SlotView slot, String scoreDifference, boolean better)
    {
    }

    record ExplanationView(String ticketId, SlotView current, List<?> breakdown, List<AlternativeView> alternatives)
    {
    }

    record OptionView(SlotView slot, String impact, List<?> breakdown)
    {
    }

    static void register(final Router router, final Advice advice)
    {
        router.add(HttpMethod.GET, "/v1/tickets/{id}/explanation", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state ->
            {
                final Ticket ticket = state.ticket(id);
                if (ticket == null || ticket.status().isClosed())
                {
                    return null;
                }
                final String seed = state.plan().engineerOf(id) != null ?
                    state.plan().engineerOf(id) : SubProblem.nearestEngineer(state, ticket.spec().location());
                return seed == null ? null :
                    SubProblem.around(state, seed, ENGINEERS, 0, state.time()).with(id, ticket.spec());
            }, problem ->
            {
                if (problem == null)
                {
                    return Reply.of(Problem.notFound("no open ticket " + id + " with engineers to weigh"));
                }
                exchange.later(advice.executor, () -> Reply.of(200, view(advice.advisor.explain(problem, id))));
                return null;
            });
        });
        router.add(HttpMethod.POST, "/v1/recommendations", anyRole(), exchange ->
        {
            final CreateTicket ticket = TicketDecoder.weighed(Json.read(exchange.body()), exchange.receivedAt(), exchange.locations());
            exchange.query(state ->
            {
                final String seed = SubProblem.nearestEngineer(state, ticket.spec().location());
                return seed == null ? null :
                    SubProblem.around(state, seed, ENGINEERS, 0, Math.max(state.time(), ticket.at())).with(CANDIDATE, ticket.spec());
            }, problem ->
            {
                if (problem == null)
                {
                    return Reply.of(200, Map.of("options", List.of()));
                }
                exchange.later(advice.executor, () -> Reply.of(200, Map.of("options",
                    advice.advisor.recommend(problem, CANDIDATE, OPTIONS).stream().map(AdviceRoutes::view).toList())));
                return null;
            });
        });
    }

    private static ExplanationView view(final Explanation explanation)
    {
        return new ExplanationView(explanation.ticketId(), SlotView.of(explanation.current()), explanation.breakdown(),
            explanation.alternatives().stream()
                .map(a -> new AlternativeView(SlotView.of(a.slot()), a.scoreDifference(), a.better())).toList());
    }

    private static OptionView view(final Option option)
    {
        return new OptionView(SlotView.of(option.slot()), option.impact(), option.breakdown());
    }
}
