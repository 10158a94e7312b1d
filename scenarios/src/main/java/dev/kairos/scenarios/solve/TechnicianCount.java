package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacInstance;

import java.util.OptionalInt;

/**
 * The technician count a Pillac solve is asked to hold, as a dispatcher or a benchmark states it:
 * a number ("I have N people today") or {@value #PUBLISHED}, the count in the authors' best routes
 * ({@code pillac-crew25-best.csv}), so working time can be compared at the same count. Checked
 * here, once, with the value and the instance's crew in the message.
 */
public final class TechnicianCount
{
    public static final String PUBLISHED = "published";

    private TechnicianCount()
    {
    }

    /**
     * The count {@code value} asks for on {@code instance}: empty for null (free), the authors'
     * count for {@value #PUBLISHED} ({@code best} may be null when there is none), else the number.
     *
     * @throws IllegalArgumentException naming the value when it is not a number, not published, or not 1 to the crew size
     */
    public static OptionalInt resolve(final String value, final PillacInstance instance, final PillacBest best)
    {
        if (value == null)
        {
            return OptionalInt.empty();
        }
        if (PUBLISHED.equals(value))
        {
            if (best == null)
            {
                throw new IllegalArgumentException("no published technician count for " + instance.name()
                    + " (pillac-crew25-best.csv beside its folder has no row for it)");
            }
            return OptionalInt.of(check(best.techniciansUsed(), instance));
        }
        final int technicians;
        try
        {
            technicians = Integer.parseInt(value.trim());
        }
        catch (final NumberFormatException e)
        {
            throw new IllegalArgumentException("technicians must be a number or '" + PUBLISHED + "', not '" + value + "'");
        }
        return OptionalInt.of(check(technicians, instance));
    }

    /** {@code technicians} when the instance's crew has that many; else why not. */
    public static int check(final int technicians, final PillacInstance instance)
    {
        final int crew = instance.technicians().size();
        if (technicians < 1 || technicians > crew)
        {
            throw new IllegalArgumentException("technicians must be 1 to " + crew + " (the crew of " + instance.name()
                + "), not " + technicians);
        }
        return technicians;
    }
}
