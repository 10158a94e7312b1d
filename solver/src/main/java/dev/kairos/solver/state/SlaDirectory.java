package dev.kairos.solver.state;

import java.util.Set;

/**
 * The names of the defined calendars, republished as an immutable set whenever one is added, so
 * the gateway can reject a policy naming an unknown calendar (a 400 naming the field) without a
 * hop to the engine. Calendars are never removed, so a name seen here stays valid. The engine
 * thread publishes; any thread reads.
 */
public final class SlaDirectory
{
    private volatile Set<String> calendars = Set.of();

    void publish(final Set<String> names)
    {
        calendars = Set.copyOf(names);
    }

    public boolean hasCalendar(final String name)
    {
        return calendars.contains(name);
    }
}
