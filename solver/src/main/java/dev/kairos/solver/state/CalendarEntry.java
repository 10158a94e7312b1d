package dev.kairos.solver.state;

import dev.kairos.solver.sla.BusinessCalendar;

/** A named business calendar as the engine keeps it; {@code builtIn} for 24x7, which cannot be replaced. */
public record CalendarEntry(String name, BusinessCalendar calendar, boolean builtIn, long version, long updatedAt)
{
}
