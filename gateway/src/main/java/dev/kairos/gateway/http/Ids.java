package dev.kairos.gateway.http;

import java.util.List;

/**
 * Ids in paths and bodies: letters, digits and {@code . _ : -}, up to 64 characters; not {@code .}
 * or {@code ..}, which URL clients resolve as dot segments, so such an entity could never be reached.
 */
public final class Ids
{
    private static final int MAX_LENGTH = 64;

    private Ids()
    {
    }

    public static String check(final String field, final String value)
    {
        if (value == null || !plain(value))
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

    /** {@code [A-Za-z0-9._:-]{1,64}}, by hand: every request checks its path's id, and a regex matcher is an object each time. */
    private static boolean plain(final String value)
    {
        final int length = value.length();
        if (length == 0 || length > MAX_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            final char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }
}
