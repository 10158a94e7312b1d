package dev.kairos.solver.sla;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A calendar description that cannot be used, with every reason at once, each naming its field
 * and value, so that the gateway can answer with all of them in one problem response.
 */
public final class InvalidCalendarException extends IllegalArgumentException
{
    private final transient List<CalendarSpec.Violation> violations;

    InvalidCalendarException(final String name, final List<CalendarSpec.Violation> violations)
    {
        super("invalid calendar '" + name + "': "
            + violations.stream().map(CalendarSpec.Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<CalendarSpec.Violation> violations()
    {
        return violations;
    }
}
