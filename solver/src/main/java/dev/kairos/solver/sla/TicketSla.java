package dev.kairos.solver.sla;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SLA of one ticket: the policy (and calendar) it got, where its two clocks stand, the holds
 * that stop them, and which moments have fired. Every change is a pure function of this record
 * and the engine time of the command that causes it, so replay rebuilds it exactly.
 * <p>
 * Holds are the stretches in which both clocks stand still: a status the policy pauses on, or a
 * closed ticket (completed or cancelled). A hold is open ({@code end == NEVER}) until the status
 * changes back; a reopened ticket's resolution clock so resumes where it stopped, the closed
 * stretch not counting, unless the policy says {@link Reopen#RESTART}.
 * <p>
 * The last four fields follow from the others as of the last change and are kept so that nobody
 * recomputes them on every read: {@code resolutionDue} and {@code arrivalDue} (when an engineer must
 * be on site to meet a response clock that check-in meets; never once it is met or breached: both
 * are what the planner plans against), {@code nextDeadline} (the earliest deadline not yet met nor breached, for "at risk") and
 * {@code wake} (when the next moment falls due, for the engine's timer). {@link BusinessCalendar#NEVER}
 * when there is none. Immutable; any thread.
 *
 * @param escalations occurrences fired so far of each step of the policy's chain, by its index
 */
public record TicketSla(
    String ticketId,
    SlaPolicy policy,
    BusinessCalendar calendar,
    ClockState response,
    ClockState resolution,
    List<TimeWindow> holds,
    List<Integer> escalations,
    long resolutionDue,
    long arrivalDue,
    long nextDeadline,
    long wake)
{
    /** Not happened yet: a clock not met, a breach not fired. */
    public static final long NOT_YET = Long.MIN_VALUE;
    public static final long NEVER = BusinessCalendar.NEVER;

    public TicketSla
    {
        holds = List.copyOf(holds);
        escalations = List.copyOf(escalations);
    }

    /** A new ticket's SLA: both clocks start at {@code at}. */
    public static TicketSla open(final String ticketId, final SlaPolicy policy, final BusinessCalendar calendar, final long at)
    {
        return new TicketSla(ticketId, policy, calendar, ClockState.started(at), ClockState.started(at), List.of(),
            Collections.nCopies(policy.spec().escalation().size(), 0), NEVER, NEVER, NEVER, NEVER).derived(at);
    }

    /**
     * The one due time the planner weighs: the resolution deadline, or the arrival deadline plus the
     * work, whichever is sooner, so that finishing the work by it means being on site in time.
     */
    public static long planningDue(final long resolutionDue, final long arrivalDue, final int durationMinutes)
    {
        return arrivalDue == NEVER ? resolutionDue : Math.min(resolutionDue, arrivalDue + durationMinutes * 60_000L);
    }

    /** {@link #planningDue(long, long, int)} for this ticket's clocks. */
    public long planningDue(final int durationMinutes)
    {
        return planningDue(resolutionDue, arrivalDue, durationMinutes);
    }

    public ClockState state(final ClockKind kind)
    {
        return kind == ClockKind.RESPONSE ? response : resolution;
    }

    /** The clock as {@link SlaClock} arithmetic sees it. */
    public SlaClock clock(final ClockKind kind)
    {
        return new SlaClock(calendar, state(kind).start(), policy.spec().target(kind), holds);
    }

    /** Whether a hold is open now: the ticket waits in a pausing status, or is closed. */
    public boolean held()
    {
        return !holds.isEmpty() && holds.get(holds.size() - 1).end() == NEVER;
    }

    /** The highest escalation step reached, counted from 1; 0 when none has fired. */
    public int escalationStep()
    {
        for (int i = escalations.size() - 1; i >= 0; i--)
        {
            if (escalations.get(i) > 0)
            {
                return i + 1;
            }
        }
        return 0;
    }

    /** The ticket's status changed: open or close a hold, meet a clock, or reopen. */
    public TicketSla withStatus(final TicketStatus from, final TicketStatus to, final long at)
    {
        final List<TimeWindow> newHolds = holdsFor(to, at);
        ClockState newResponse = response;
        if (!response.met() && to != TicketStatus.CANCELLED && to.ordinal() >= policy.spec().responseMilestone().ordinal())
        {
            newResponse = response.withMet(at);
        }
        ClockState newResolution = resolution;
        List<Integer> newEscalations = escalations;
        if (to == TicketStatus.COMPLETED)
        {
            newResolution = resolution.withMet(at);
        }
        else if (from == TicketStatus.COMPLETED && !to.isClosed())
        {
            if (policy.spec().reopen() == Reopen.RESTART)
            {
                newResolution = ClockState.started(at);
                newEscalations = withoutResolutionSteps(policy.spec().escalation(), escalations);
            }
            else
            {
                newResolution = resolution.withMet(NOT_YET);
            }
        }
        return new TicketSla(ticketId, policy, calendar, newResponse, newResolution, newHolds, newEscalations,
            NEVER, NEVER, NEVER, NEVER).derived(at);
    }

    /** Whether {@code moment} is the next of its kind and has not fired: the guard that makes firing exactly once. */
    public boolean accepts(final SlaMoment moment)
    {
        final ClockState clock = state(moment.clock());
        if (clock.met() || moment.count() < 1)
        {
            return false;
        }
        return switch (moment.kind())
        {
            case WARNING -> moment.index() > clock.reminded() && policy.spec().reminders().contains(moment.index());
            case BREACH -> !clock.breached();
            case ESCALATION ->
            {
                final int i = moment.index();
                if (i < 0 || i >= escalations.size())
                {
                    yield false;
                }
                final EscalationStep step = policy.spec().escalation().get(i);
                yield step.clock() == moment.clock() && escalations.get(i) == moment.occurrence()
                    && (moment.occurrence() == 0 || step.repeats());
            }
        };
    }

    /** The moment has fired (journaled): it never fires again. */
    public TicketSla fired(final SlaMoment moment, final long at)
    {
        ClockState clock = state(moment.clock());
        List<Integer> newEscalations = escalations;
        switch (moment.kind())
        {
            case WARNING -> clock = clock.withReminded(moment.index());
            case BREACH -> clock = clock.withBreached(moment.dueAt());
            case ESCALATION ->
            {
                final List<Integer> counts = new ArrayList<>(escalations);
                counts.set(moment.index(), moment.occurrence() + moment.count());
                newEscalations = counts;
            }
        }
        final boolean response = moment.clock() == ClockKind.RESPONSE;
        return new TicketSla(ticketId, policy, calendar, response ? clock : this.response, response ? resolution : clock,
            holds, newEscalations, NEVER, NEVER, NEVER, NEVER).derived(at);
    }

    /**
     * The ticket's policy changed and the change asked to re-apply it: new targets, reminders and
     * chain over the same clocks. Reminders keep their high-water mark and breaches stay fired; a
     * step keeps its count only if the same step is at the same place in the new chain, so changed
     * and new steps that are already due fire once, now.
     */
    public TicketSla reapplied(final SlaPolicy newPolicy, final BusinessCalendar newCalendar, final TicketStatus status, final long at)
    {
        final List<EscalationStep> oldSteps = policy.spec().escalation();
        final List<EscalationStep> newSteps = newPolicy.spec().escalation();
        final List<Integer> counts = new ArrayList<>(newSteps.size());
        for (int i = 0; i < newSteps.size(); i++)
        {
            counts.add(i < oldSteps.size() && oldSteps.get(i).equals(newSteps.get(i)) ? escalations.get(i) : 0);
        }
        // The new policy may pause on other statuses: the hold follows the new rule from now on.
        final TicketSla underNewPolicy = new TicketSla(ticketId, newPolicy, newCalendar, response, resolution, holds, counts,
            NEVER, NEVER, NEVER, NEVER);
        return new TicketSla(ticketId, newPolicy, newCalendar, response, resolution, underNewPolicy.holdsFor(status, at),
            counts, NEVER, NEVER, NEVER, NEVER).derived(at);
    }

    /** Whether a ticket in {@code status} holds its clocks under this policy. */
    public boolean holds(final TicketStatus status)
    {
        return status.isClosed() || policy.spec().pauseOn().contains(status);
    }

    private List<TimeWindow> holdsFor(final TicketStatus status, final long at)
    {
        final boolean hold = holds(status);
        if (hold == held())
        {
            return holds;
        }
        final List<TimeWindow> changed = new ArrayList<>(holds);
        if (hold)
        {
            changed.add(new TimeWindow(at, NEVER));
        }
        else
        {
            final TimeWindow open = changed.remove(changed.size() - 1);
            changed.add(new TimeWindow(open.start(), Math.max(open.start(), at)));
        }
        return changed;
    }

    private static List<Integer> withoutResolutionSteps(final List<EscalationStep> steps, final List<Integer> counts)
    {
        final List<Integer> reset = new ArrayList<>(counts);
        for (int i = 0; i < steps.size(); i++)
        {
            if (steps.get(i).clock() == ClockKind.RESOLUTION)
            {
                reset.set(i, 0);
            }
        }
        return reset;
    }

    private TicketSla derived(final long at)
    {
        // Each clock built once for the whole derivation (it was built anew for every question asked of it).
        final SlaClock responseClock = response.met() ? null : clock(ClockKind.RESPONSE);
        final SlaClock resolutionClock = resolution.met() ? null : clock(ClockKind.RESOLUTION);
        final long due = resolution.met() ? NEVER : resolutionClock.deadline(at);
        final boolean responseRuns = !response.met() && !response.breached();
        final long responseDue = responseRuns ? responseClock.deadline(at) : NEVER;
        final long arrivalDue = policy.spec().responseMilestone() != TicketStatus.ON_SITE ? NEVER : responseDue;
        long next = responseRuns ? responseDue : NEVER;
        if (!resolution.met() && !resolution.breached())
        {
            next = Math.min(next, due);
        }
        final SlaMoment moment = SlaSchedule.next(this, at, responseClock, resolutionClock);
        return new TicketSla(ticketId, policy, calendar, response, resolution, holds, escalations, due, arrivalDue, next,
            moment == null ? NEVER : moment.dueAt());
    }
}
