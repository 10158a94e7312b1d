package dev.kairos.solver;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;
import dev.kairos.solver.sla.SlaPolicy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Short ways to write SLA policies, steps and tickets in tests. */
public final class SlaFixtures
{
    private SlaFixtures()
    {
    }

    public static PolicySpec policy(final Duration response, final Duration resolution, final String calendar,
        final List<Integer> reminders, final EscalationStep... steps)
    {
        return new PolicySpec("test", PolicyMatch.ANY, 0, response.toMillis(), TicketStatus.ACCEPTED, resolution.toMillis(),
            calendar, reminders, PolicySpec.DEFAULT_PAUSE_ON, List.of(steps), Reopen.RESUME);
    }

    public static PolicySpec matching(final PolicySpec spec, final PolicyMatch match, final int rank)
    {
        return new PolicySpec(spec.name(), match, rank, spec.responseTargetMillis(), spec.responseMilestone(),
            spec.resolutionTargetMillis(), spec.calendar(), spec.reminders(), spec.pauseOn(), spec.escalation(), spec.reopen());
    }

    public static PolicySpec reopening(final PolicySpec spec, final Reopen reopen)
    {
        return new PolicySpec(spec.name(), spec.match(), spec.rank(), spec.responseTargetMillis(), spec.responseMilestone(),
            spec.resolutionTargetMillis(), spec.calendar(), spec.reminders(), spec.pauseOn(), spec.escalation(), reopen);
    }

    public static SlaPolicy configured(final String id, final PolicySpec spec)
    {
        return new SlaPolicy(id, spec, false, 1, 0);
    }

    public static EscalationStep step(final ClockKind clock, final int percent, final Duration delay,
        final EscalationAction action, final Duration repeat)
    {
        return new EscalationStep(clock, percent, delay.toMillis(), action, repeat == null ? EscalationStep.NO_REPEAT : repeat.toMillis(),
            null);
    }

    public static TicketSpec ticket(final Priority priority, final String tier, final String region, final Location where)
    {
        return new TicketSpec(null, "Fix it", priority, tier, region, where, List.<SkillRequirement>of(), List.of(),
            Stock.of(Map.of()), 30, null, TicketSpec.NO_TIME);
    }
}
