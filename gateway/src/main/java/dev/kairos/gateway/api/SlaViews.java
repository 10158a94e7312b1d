package dev.kairos.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.ClockState;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.SlaClock;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.CalendarEntry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.kairos.gateway.api.Views.time;

/**
 * SLA response bodies: policies and calendars in the shape they are written, and a ticket's SLA
 * as of a moment. Built from immutable records, so on any thread; the arithmetic is
 * {@link SlaClock}'s, the same the engine fires by.
 */
final class SlaViews
{
    private SlaViews()
    {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StepView(Object at, String clock, String delay, String action, String repeat, String to)
    {
    }

    record MatchView(List<Priority> priorities, List<String> tiers, List<String> regions)
    {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PolicyView(String id, String name, MatchView match, int rank, String responseTarget,
                      TicketStatus responseMilestone, String resolutionTarget, String calendar, List<Integer> reminders,
                      List<TicketStatus> pauseOn, List<StepView> escalation, String reopen, boolean builtIn, long version,
                      String updatedAt)
    {
    }

    record CalendarView(String name, String zone, Map<String, ?> hours, List<String> holidays, boolean builtIn, long version,
                        String updatedAt)
    {
    }

    /** One clock as of a moment; durations ISO-8601, instants ISO-8601, null where there is none. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ClockView(String target, String metBy, String startedAt, String deadline, String metAt, String elapsed,
                     String remaining, double percentUsed, boolean breached, String breachedAt, int reminded)
    {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SlaView(String policy, long policyVersion, String calendar, String asOf, ClockView response, ClockView resolution,
                   boolean paused, boolean breached, int escalationStep, String nextDeadline)
    {
    }

    record AtRiskList(String asOf, String within, List<AtRisk> tickets)
    {
    }

    record Deleted(String id, boolean deleted, long position)
    {
    }

    record AtRisk(String id, Priority priority, TicketStatus status, String policy, String clock, String deadline,
                  String remaining, double percentUsed)
    {
    }

    static PolicyView policy(final SlaPolicy policy)
    {
        final PolicySpec spec = policy.spec();
        final List<StepView> steps = spec.escalation().stream().map(step -> new StepView(
            step.atBreach() ? "BREACH" : step.percent(), step.clock().wireName(), Duration.ofMillis(step.delayMillis()).toString(),
            step.action().name(), step.repeats() ? Duration.ofMillis(step.repeatMillis()).toString() : null, step.to())).toList();
        return new PolicyView(policy.id(), spec.name(), new MatchView(spec.match().priorities(), spec.match().tiers(),
            spec.match().regions()), spec.rank(), Duration.ofMillis(spec.responseTargetMillis()).toString(),
            spec.responseMilestone(), Duration.ofMillis(spec.resolutionTargetMillis()).toString(), spec.calendar(), spec.reminders(),
            spec.pauseOn(), steps, spec.reopen().name(), policy.builtIn(), policy.version(), policy.builtIn() ? null : time(policy.updatedAt()));
    }

    static CalendarView calendar(final CalendarEntry entry)
    {
        final var spec = entry.calendar().spec();
        return new CalendarView(entry.name(), spec.zone(), spec.hours(), spec.holidays(), entry.builtIn(), entry.version(),
            entry.builtIn() ? null : time(entry.updatedAt()));
    }

    /** A ticket's SLA as of {@code now}; null when the ticket has none. */
    static SlaView ticket(final TicketSla sla, final TicketStatus status, final long now)
    {
        if (sla == null)
        {
            return null;
        }
        final ClockView response = clock(sla, ClockKind.RESPONSE, now);
        final ClockView resolution = clock(sla, ClockKind.RESOLUTION, now);
        return new SlaView(sla.policy().id(), sla.policy().version(), sla.calendar().name(), time(now), response, resolution,
            sla.held() && !status.isClosed(), response.breached() || resolution.breached(), sla.escalationStep(),
            instant(sla.nextDeadline()));
    }

    static AtRisk atRisk(final TicketSla sla, final Priority priority, final TicketStatus status, final long now)
    {
        final ClockKind kind = !sla.response().met() && !sla.response().breached()
            && sla.clock(ClockKind.RESPONSE).deadline(now) == sla.nextDeadline() ? ClockKind.RESPONSE : ClockKind.RESOLUTION;
        final ClockView clock = clock(sla, kind, now);
        return new AtRisk(sla.ticketId(), priority, status, sla.policy().id(), kind.wireName(), clock.deadline(), clock.remaining(),
            clock.percentUsed());
    }

    private static ClockView clock(final TicketSla sla, final ClockKind kind, final long now)
    {
        final ClockState state = sla.state(kind);
        final SlaClock clock = sla.clock(kind);
        final long asOf = state.met() ? state.metAt() : now;
        final long elapsed = clock.elapsedAt(asOf);
        final long target = clock.targetMillis();
        final double percent = target == 0 ? 100.0 : Math.round(elapsed * 1000.0 / target) / 10.0;
        return new ClockView(Duration.ofMillis(target).toString(),
            kind == ClockKind.RESPONSE ? sla.policy().spec().responseMilestone().name() : TicketStatus.COMPLETED.name(),
            time(state.start()), instant(clock.deadline(asOf)), state.met() ? time(state.metAt()) : null,
            Duration.ofMillis(elapsed).toString(), Duration.ofMillis(Math.max(0, target - elapsed)).toString(), percent,
            state.breached() || elapsed >= target, state.breached() ? time(state.breachedAt()) : null, state.reminded());
    }

    static String instant(final long epochMillis)
    {
        return epochMillis == TicketSla.NEVER || epochMillis == TicketSla.NOT_YET ? null : time(epochMillis);
    }

    /** The step's place in the chain as the API counts it, from 1. */
    static int stepNumber(final int index)
    {
        return index + 1;
    }
}
