package dev.kairos.solver.command;

import dev.kairos.solver.sla.CalendarSpec;

/**
 * Create or replace a business calendar, valid by {@link CalendarSpec#violations()}. Policies name
 * it; tickets keep the calendar they got until their policy is re-applied.
 */
public record PutCalendar(long at, String name, CalendarSpec spec) implements Command
{
}
