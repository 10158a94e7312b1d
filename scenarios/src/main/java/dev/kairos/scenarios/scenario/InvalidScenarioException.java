package dev.kairos.scenarios.scenario;

import java.io.IOException;

/** A scenario file that cannot be used, with the file, the field (a JSON path) and the value named. */
public final class InvalidScenarioException extends IOException
{
    private final String field;

    public InvalidScenarioException(final String file, final String field, final String problem)
    {
        super(file + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code engineers[2].shift.end}; empty for the whole file. */
    public String field()
    {
        return field;
    }
}
