package dev.kairos.solver.sla;

import java.util.Locale;

/** A ticket's two SLA clocks: until the response milestone, and until completion. */
public enum ClockKind
{
    RESPONSE, RESOLUTION;

    /** As the API and events spell it: {@code response}, {@code resolution}. */
    public String wireName()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
