package dev.kairos.solver.wire;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.ClockState;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.CalendarEntry;
import dev.kairos.solver.state.TicketEvent;
import dev.kairos.solver.state.TicketTimeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.wire.ValueCodec.*;

/**
 * SLA values on the wire: policies and calendars as journaled by their commands, fired moments,
 * and (for the state digest) each ticket's SLA and timeline, every field in declaration order.
 * Enums travel as ordinals: only ever append constants.
 */
public final class SlaCodec
{
    private static final Priority[] PRIORITIES = Priority.values();
    private static final TicketStatus[] STATUSES = TicketStatus.values();
    private static final ClockKind[] CLOCKS = ClockKind.values();
    private static final EscalationAction[] ACTIONS = EscalationAction.values();
    private static final Reopen[] REOPENS = Reopen.values();
    private static final SlaEventKind[] KINDS = SlaEventKind.values();

    private SlaCodec()
    {
    }

    static void putPolicySpec(final BinaryWriter out, final PolicySpec spec)
    {
        out.putString(spec.name());
        out.putInt(spec.match().priorities().size());
        spec.match().priorities().forEach(out::putEnum);
        putStrings(out, spec.match().tiers());
        putStrings(out, spec.match().regions());
        out.putInt(spec.rank());
        out.putLong(spec.responseTargetMillis());
        out.putEnum(spec.responseMilestone());
        out.putLong(spec.resolutionTargetMillis());
        out.putString(spec.calendar());
        out.putInt(spec.reminders().size());
        spec.reminders().forEach(out::putInt);
        out.putInt(spec.pauseOn().size());
        spec.pauseOn().forEach(out::putEnum);
        out.putInt(spec.escalation().size());
        for (final EscalationStep step : spec.escalation())
        {
            out.putEnum(step.clock());
            out.putInt(step.percent());
            out.putLong(step.delayMillis());
            out.putEnum(step.action());
            out.putLong(step.repeatMillis());
            out.putString(step.to());
        }
        out.putEnum(spec.reopen());
    }

    static PolicySpec getPolicySpec(final BinaryReader in)
    {
        final String name = in.getString();
        final List<Priority> priorities = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            priorities.add(in.getEnum(PRIORITIES));
        }
        final PolicyMatch match = new PolicyMatch(priorities, getStrings(in), getStrings(in));
        final int rank = in.getInt();
        final long response = in.getLong();
        final TicketStatus milestone = in.getEnum(STATUSES);
        final long resolution = in.getLong();
        final String calendar = in.getString();
        final List<Integer> reminders = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            reminders.add(in.getInt());
        }
        final List<TicketStatus> pauseOn = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            pauseOn.add(in.getEnum(STATUSES));
        }
        final List<EscalationStep> steps = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            steps.add(new EscalationStep(in.getEnum(CLOCKS), in.getInt(), in.getLong(), in.getEnum(ACTIONS), in.getLong(),
                in.getString()));
        }
        return new PolicySpec(name, match, rank, response, milestone, resolution, calendar, reminders, pauseOn, steps,
            in.getEnum(REOPENS));
    }

    static void putCalendarSpec(final BinaryWriter out, final CalendarSpec spec)
    {
        out.putString(spec.zone());
        out.putInt(spec.hours().size());
        for (final Map.Entry<String, List<CalendarSpec.Interval>> day : spec.hours().entrySet())
        {
            out.putString(day.getKey());
            out.putInt(day.getValue().size());
            for (final CalendarSpec.Interval interval : day.getValue())
            {
                out.putString(interval.start());
                out.putString(interval.end());
            }
        }
        putStrings(out, spec.holidays());
    }

    static CalendarSpec getCalendarSpec(final BinaryReader in)
    {
        final String zone = in.getString();
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        for (int days = count(in); days > 0; days--)
        {
            final String day = in.getString();
            final List<CalendarSpec.Interval> intervals = new ArrayList<>();
            for (int i = count(in); i > 0; i--)
            {
                intervals.add(new CalendarSpec.Interval(in.getString(), in.getString()));
            }
            hours.put(day, intervals);
        }
        return new CalendarSpec(zone, hours, getStrings(in));
    }

    static void putMoment(final BinaryWriter out, final SlaMoment moment)
    {
        out.putEnum(moment.clock());
        out.putEnum(moment.kind());
        out.putInt(moment.index());
        out.putInt(moment.occurrence());
        out.putInt(moment.count());
        out.putLong(moment.dueAt());
    }

    static SlaMoment getMoment(final BinaryReader in)
    {
        return new SlaMoment(in.getEnum(CLOCKS), in.getEnum(KINDS), in.getInt(), in.getInt(), in.getInt(), in.getLong());
    }

    public static void putPolicy(final BinaryWriter out, final SlaPolicy policy)
    {
        out.putString(policy.id());
        putPolicySpec(out, policy.spec());
        out.putBoolean(policy.builtIn());
        out.putLong(policy.version());
        out.putLong(policy.updatedAt());
    }

    public static void putCalendar(final BinaryWriter out, final CalendarEntry entry)
    {
        out.putString(entry.name());
        out.putString(entry.calendar().name());
        putCalendarSpec(out, entry.calendar().spec());
        out.putBoolean(entry.builtIn());
        out.putLong(entry.version());
        out.putLong(entry.updatedAt());
    }

    public static void putTicketSla(final BinaryWriter out, final TicketSla sla)
    {
        out.putString(sla.ticketId());
        putPolicy(out, sla.policy());
        out.putString(sla.calendar().name());
        putCalendarSpec(out, sla.calendar().spec());
        putClock(out, sla.response());
        putClock(out, sla.resolution());
        out.putInt(sla.holds().size());
        for (final TimeWindow hold : sla.holds())
        {
            out.putLong(hold.start());
            out.putLong(hold.end());
        }
        out.putInt(sla.escalations().size());
        sla.escalations().forEach(out::putInt);
        out.putLong(sla.resolutionDue());
        out.putLong(sla.arrivalDue());
        out.putLong(sla.nextDeadline());
        out.putLong(sla.wake());
    }

    public static void putTimeline(final BinaryWriter out, final TicketTimeline timeline)
    {
        out.putString(timeline.id());
        out.putInt(timeline.events().size());
        for (final TicketEvent event : timeline.events())
        {
            out.putString(event.type());
            out.putLong(event.at());
            out.putLong(event.position());
            switch (event)
            {
                case TicketEvent.Created e -> out.putString(e.policyId());
                case TicketEvent.Updated e ->
                {
                }
                case TicketEvent.StatusChanged e ->
                {
                    out.putEnum(e.status());
                    out.putString(e.engineerId());
                }
                case TicketEvent.Cancelled e -> out.putString(e.reason());
                case TicketEvent.Assigned e -> out.putString(e.engineerId());
                case TicketEvent.Unassigned e -> out.putString(e.engineerId());
                case TicketEvent.Dispatched e -> out.putString(e.engineerId());
                case TicketEvent.StockMoved e ->
                {
                    out.putString(e.engineerId());
                    out.putString(e.depotId());
                    ValueCodec.putStock(out, e.parts());
                }
                case TicketEvent.SlaFired e ->
                {
                    putMoment(out, e.moment());
                    out.putEnum(e.action());
                    out.putString(e.to());
                    out.putEnum(e.priority());
                    out.putString(e.engineerId());
                }
            }
        }
        putStrings(out, timeline.by());
    }

    private static void putClock(final BinaryWriter out, final ClockState clock)
    {
        out.putLong(clock.start());
        out.putLong(clock.metAt());
        out.putInt(clock.reminded());
        out.putLong(clock.breachedAt());
    }
}
