package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.InvalidCalendarException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON calendar bodies to commands: {@code {"zone":"Europe/London","hours":{"MONDAY":[{"start":"08:00",
 * "end":"18:00"}]},"holidays":["2026-12-25"]}}. The JSON's shape is checked here; what the text
 * means (days, times, dates, zone) by {@link CalendarSpec}, whose violations become field errors.
 */
final class CalendarDecoder
{
    private static final Set<String> CALENDAR = Set.of("zone", "hours", "holidays");
    private static final Set<String> INTERVAL = Set.of("start", "end");

    private CalendarDecoder()
    {
    }

    static PutCalendar put(final String name, final JsonNode body, final long at)
    {
        final Fields fields = Fields.of(body, CALENDAR);
        final String zone = fields.text("zone", true, 64);
        final Map<String, List<CalendarSpec.Interval>> hours = hours(fields);
        final List<String> holidays = new ArrayList<>();
        final List<JsonNode> dates = fields.array("holidays", 1_000);
        for (int i = 0; i < dates.size(); i++)
        {
            if (dates.get(i).isTextual())
            {
                holidays.add(dates.get(i).textValue());
            }
            else
            {
                fields.error("holidays[" + i + "]", dates.get(i), "must be a date such as 2026-12-25");
            }
        }
        fields.throwIfInvalid();
        final CalendarSpec spec = new CalendarSpec(zone, hours, holidays);
        try
        {
            BusinessCalendar.of(name, spec);
        }
        catch (final InvalidCalendarException ex)
        {
            for (final CalendarSpec.Violation violation : ex.violations())
            {
                fields.error(violation.field(), violation.value(), violation.message());
            }
            fields.throwIfInvalid();
        }
        return new PutCalendar(at, name, spec);
    }

    private static Map<String, List<CalendarSpec.Interval>> hours(final Fields fields)
    {
        final Fields days = fields.object("hours", true, null);
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        if (days == null)
        {
            return hours;
        }
        final Iterator<Map.Entry<String, JsonNode>> entries = fields.raw("hours").fields();
        while (entries.hasNext())
        {
            final Map.Entry<String, JsonNode> day = entries.next();
            final List<CalendarSpec.Interval> intervals = new ArrayList<>();
            final List<JsonNode> elements = days.array(day.getKey(), 24);
            for (int i = 0; i < elements.size(); i++)
            {
                final JsonNode element = elements.get(i);
                if (!element.isObject())
                {
                    days.error(day.getKey() + "[" + i + "]", element, "must be an object such as {\"start\":\"08:00\",\"end\":\"18:00\"}");
                    continue;
                }
                final Fields interval = days.element(day.getKey(), i, element, INTERVAL);
                intervals.add(new CalendarSpec.Interval(interval.text("start", true, 8), interval.text("end", true, 8)));
            }
            hours.put(day.getKey(), intervals);
        }
        return hours;
    }
}
