package dev.kairos.gateway.http;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ids in paths and bodies: letters, digits and {@code . _ : -}, up to 64 characters; not {@code .}
 * or {@code ..}, which URL clients resolve as dot segments, so such an entity could never be reached.
 */
public final class Ids
{
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private Ids()
    {
    }

    public static String check(final String field, final String value)
    {
        if (value == null || !ID.matcher(value).matches())
        {
            throw new ProblemException(Problem.validation(List.of(new FieldError(
                field, value, "must be 1 to 64 letters, digits or . _ : -"))));
        }
        if (value.equals(".") || value.equals(".."))
        {
            throw new ProblemException(Problem.validation(List.of(new FieldError(
                field, value, "must not be a dot segment (. or ..)"))));
        }
        return value;
    }
}
