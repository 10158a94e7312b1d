package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * JSON SLA policy bodies to commands; every rule of a valid policy lives here, each mistake named
 * with its field and value: a target that is not a positive ISO-8601 duration, an unknown
 * calendar, reminders not ascending or outside (0, 100], a step with no action, and so on.
 */
final class SlaPolicyDecoder
{
    static final long MAX_MILLIS = Duration.ofDays(366).toMillis();
    private static final int MAX_STEPS = 16;
    private static final int MAX_RANK = 1_000_000;
    private static final Set<String> POLICY = Set.of("name", "match", "rank", "responseTarget", "responseMilestone",
        "resolutionTarget", "calendar", "reminders", "pauseOn", "escalation", "reopen");
    private static final Set<String> MATCH = Set.of("priorities", "tiers", "regions");
    private static final Set<String> STEP = Set.of("at", "clock", "delay", "action", "repeat", "to");

    private SlaPolicyDecoder()
    {
    }

    /** {@code calendars} says whether a calendar name is defined (the engine's published directory). */
    static PutSlaPolicy put(final String policyId, final JsonNode body, final boolean reapply, final long at,
        final Predicate<String> calendars)
    {
        final Fields fields = Fields.of(body, POLICY);
        final String name = fields.text("name", false, 200);
        final PolicyMatch match = match(fields);
        final int rank = fields.integer("rank", false, 0, MAX_RANK, 0);
        final long response = duration(fields, "responseTarget", true, 1_000);
        final TicketStatus milestone = status(fields, "responseMilestone", PolicySpec.MILESTONES, TicketStatus.ACCEPTED);
        final long resolution = duration(fields, "resolutionTarget", true, 1_000);
        final String calendar = fields.has("calendar") ? fields.text("calendar", false, 64) : BusinessCalendar.ALWAYS.name();
        if (calendar != null && !calendar.isBlank() && !calendars.test(calendar))
        {
            fields.error("calendar", calendar, "no calendar named '" + calendar + "'; define it with PUT /v1/calendars/" + calendar);
        }
        final List<Integer> reminders = fields.has("reminders") ? reminders(fields) : PolicySpec.DEFAULT_REMINDERS;
        final List<TicketStatus> pauseOn = fields.has("pauseOn") ? statuses(fields, "pauseOn") : PolicySpec.DEFAULT_PAUSE_ON;
        final List<EscalationStep> escalation = steps(fields);
        final Reopen reopen = fields.has("reopen") ? fields.enumeration("reopen", Reopen.class, false) : Reopen.RESUME;
        fields.throwIfInvalid();
        return new PutSlaPolicy(at, policyId, new PolicySpec(name == null ? policyId : name, match, rank, response, milestone,
            resolution, calendar, reminders, pauseOn, escalation, reopen), reapply);
    }

    /**
     * An ISO-8601 duration in milliseconds, at least {@code min} and at most 366 days;
     * {@code absent} (0) when optional and absent.
     */
    static long duration(final Fields fields, final String name, final boolean required, final long min)
    {
        final JsonNode value = fields.raw(name);
        if (value == null || value.isNull())
        {
            if (required)
            {
                fields.error(name, null, "is required");
            }
            return 0;
        }
        final Duration duration;
        try
        {
            duration = Duration.parse(value.isTextual() ? value.textValue() : "");
        }
        catch (final DateTimeParseException ex)
        {
            fields.error(name, value, "must be an ISO-8601 duration such as PT4H or P3D");
            return 0;
        }
        if (duration.isNegative() || duration.toMillis() < min)
        {
            fields.error(name, value.textValue(), min > 0 ? "must be positive, at least " + Duration.ofMillis(min) : "must not be negative");
            return 0;
        }
        if (duration.toMillis() > MAX_MILLIS)
        {
            fields.error(name, value.textValue(), "must be at most P366D");
            return 0;
        }
        return duration.toMillis();
    }

    private static PolicyMatch match(final Fields fields)
    {
        final Fields match = fields.object("match", false, MATCH);
        if (match == null)
        {
            return PolicyMatch.ANY;
        }
        final List<Priority> priorities = new ArrayList<>();
        final List<JsonNode> elements = match.array("priorities", Priority.values().length);
        for (int i = 0; i < elements.size(); i++)
        {
            final Priority priority = constant(match, "priorities[" + i + "]", elements.get(i), Priority.class, List.of(Priority.values()));
            if (priority != null)
            {
                priorities.add(priority);
            }
        }
        return new PolicyMatch(priorities, Lists.names(match, "tiers"), Lists.names(match, "regions"));
    }

    private static List<Integer> reminders(final Fields fields)
    {
        final List<Integer> reminders = new ArrayList<>();
        final List<JsonNode> elements = fields.array("reminders", 10);
        int previous = 0;
        for (int i = 0; i < elements.size(); i++)
        {
            final JsonNode element = elements.get(i);
            final String path = "reminders[" + i + "]";
            if (!element.isIntegralNumber() || !element.canConvertToInt() || element.intValue() < 1 || element.intValue() > 100)
            {
                fields.error(path, element, "must be a whole percent of the target, 1 to 100");
                continue;
            }
            if (element.intValue() <= previous)
            {
                fields.error(path, element, "reminders must be ascending: must be more than " + previous);
            }
            previous = Math.max(previous, element.intValue());
            reminders.add(element.intValue());
        }
        return reminders;
    }

    private static List<TicketStatus> statuses(final Fields fields, final String name)
    {
        final List<TicketStatus> statuses = new ArrayList<>();
        final List<JsonNode> elements = fields.array(name, PolicySpec.PAUSABLE.size());
        for (int i = 0; i < elements.size(); i++)
        {
            final TicketStatus status = constant(fields, name + "[" + i + "]", elements.get(i), TicketStatus.class, PolicySpec.PAUSABLE);
            if (status != null && statuses.contains(status))
            {
                fields.error(name + "[" + i + "]", elements.get(i), "is listed twice");
            }
            else if (status != null)
            {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private static TicketStatus status(final Fields fields, final String name, final List<TicketStatus> allowed, final TicketStatus absent)
    {
        final JsonNode value = fields.raw(name);
        return value == null || value.isNull() ? absent : constant(fields, name, value, TicketStatus.class, allowed);
    }

    private static List<EscalationStep> steps(final Fields fields)
    {
        final List<EscalationStep> steps = new ArrayList<>();
        final List<JsonNode> elements = fields.array("escalation", MAX_STEPS);
        for (int i = 0; i < elements.size(); i++)
        {
            final JsonNode element = elements.get(i);
            if (!element.isObject())
            {
                fields.error("escalation[" + i + "]", element, "must be an object");
                continue;
            }
            final Fields step = fields.element("escalation", i, element, STEP);
            final int percent = at(step);
            final JsonNode clockNode = step.raw("clock");
            final ClockKind clock = clockNode == null || clockNode.isNull() ? ClockKind.RESOLUTION : clock(step, clockNode);
            final long delay = duration(step, "delay", false, 0);
            final EscalationAction action = step.enumeration("action", EscalationAction.class, true);
            // At least a minute: a step repeating every second would journal a record a second per late ticket.
            final long repeat = step.has("repeat") ? duration(step, "repeat", false, 60_000) : EscalationStep.NO_REPEAT;
            final String to = step.text("to", false, 200);
            steps.add(new EscalationStep(clock, percent, delay, action, repeat, to));
        }
        return steps;
    }

    /** {@code "BREACH"}, or a percent of the target in 1..99 (100 is the breach: say BREACH). */
    private static int at(final Fields step)
    {
        final JsonNode value = step.raw("at");
        if (value == null || value.isNull())
        {
            step.error("at", null, "is required: \"BREACH\" or a percent of the target, 1 to 99");
            return EscalationStep.BREACH;
        }
        if ("BREACH".equals(value.textValue()))
        {
            return EscalationStep.BREACH;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1 && value.intValue() <= 99)
        {
            return value.intValue();
        }
        step.error("at", value, "must be \"BREACH\" or a percent of the target, 1 to 99");
        return EscalationStep.BREACH;
    }

    private static ClockKind clock(final Fields step, final JsonNode value)
    {
        for (final ClockKind kind : ClockKind.values())
        {
            if (kind.wireName().equals(value.textValue()))
            {
                return kind;
            }
        }
        step.error("clock", value, "must be \"response\" or \"resolution\"");
        return ClockKind.RESOLUTION;
    }

    private static <E extends Enum<E>> E constant(
        final Fields fields, final String path, final JsonNode value, final Class<E> type, final List<E> allowed)
    {
        if (value.isTextual())
        {
            for (final E constant : allowed)
            {
                if (constant.name().equals(value.textValue()))
                {
                    return constant;
                }
            }
        }
        fields.error(path, value, "must be one of " + allowed);
        return null;
    }
}
