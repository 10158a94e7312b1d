package dev.kairos.gateway.push;

import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaPolicy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * What the event mapper remembers of SLA policies: the configured ones, and the policy each ticket
 * runs under, assigned as the live state does ({@code state/SlaBook}): at creation the most
 * specific matching policy (then lower rank, then lower id), else the built-in one for its
 * priority; a put with {@code reapply} moves open tickets of that policy to the new version. A
 * firing's record says which escalation step fell due; only the policy says what the step does,
 * and a forced dispatch or raised priority changes the ticket. Owned by the mapper's thread.
 */
final class SlaMemory
{
    private static final Comparator<SlaPolicy> PRECEDENCE = Comparator
        .<SlaPolicy>comparingInt(p -> -p.spec().match().specificity())
        .thenComparingInt(p -> p.spec().rank())
        .thenComparing(SlaPolicy::id);

    private final Map<String, SlaPolicy> configured = new HashMap<>();
    private final Map<String, SlaPolicy> ofTicket = new HashMap<>();

    void put(final PutSlaPolicy put, final long position, final Map<String, TicketFacts> tickets)
    {
        final SlaPolicy policy = new SlaPolicy(put.policyId(), put.spec(), false, position, put.at());
        configured.put(policy.id(), policy);
        if (put.reapply())
        {
            ofTicket.replaceAll((ticketId, current) -> current.id().equals(policy.id())
                && !tickets.get(ticketId).status.isClosed() ? policy : current);
        }
    }

    /** The configured policies and each ticket's, as the live SLA book holds them (a snapshot's). */
    void seed(final dev.kairos.solver.state.SlaBook book)
    {
        book.policies().stream().filter(policy -> !policy.builtIn()).forEach(policy -> configured.put(policy.id(), policy));
        book.tickets().forEach(ticket -> ofTicket.put(ticket.ticketId(), ticket.policy()));
    }

    void delete(final String policyId)
    {
        configured.remove(policyId);
    }

    void open(final String ticketId, final TicketSpec spec)
    {
        SlaPolicy best = null;
        for (final SlaPolicy policy : configured.values())
        {
            if (policy.spec().match().matches(spec) && (best == null || PRECEDENCE.compare(policy, best) < 0))
            {
                best = policy;
            }
        }
        ofTicket.put(ticketId, best != null ? best : SlaPolicy.fallback(spec.priority()));
    }

    /** The escalation step a firing stands for; null for reminders and breaches (or a ticket never opened). */
    EscalationStep step(final FireSla fire)
    {
        final SlaPolicy policy = ofTicket.get(fire.ticketId());
        return fire.moment().kind() != SlaEventKind.ESCALATION || policy == null ?
            null : policy.spec().escalation().get(fire.moment().index());
    }

    /** The policy a ticket runs under as {@code id@version}, or null: for tests to hold against live state. */
    String policyOf(final String ticketId)
    {
        final SlaPolicy policy = ofTicket.get(ticketId);
        return policy == null ? null : policy.id() + "@" + policy.version();
    }
}
