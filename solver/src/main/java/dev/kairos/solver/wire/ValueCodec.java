package dev.kairos.solver.wire;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Domain value types on the wire. Nullable values carry a presence byte; lists and maps a count.
 * Enums travel as ordinals, so enum constants are only ever appended, never reordered.
 */
final class ValueCodec
{
    private ValueCodec()
    {
    }

    static void putLocation(final BinaryWriter out, final Location location)
    {
        out.putBoolean(location != null);
        if (location != null)
        {
            out.putDouble(location.lat());
            out.putDouble(location.lon());
        }
    }

    static Location getLocation(final BinaryReader in)
    {
        return in.getBoolean() ? new Location(in.getDouble(), in.getDouble()) : null;
    }

    static void putWindow(final BinaryWriter out, final TimeWindow window)
    {
        out.putBoolean(window != null);
        if (window != null)
        {
            out.putLong(window.start());
            out.putLong(window.end());
        }
    }

    static TimeWindow getWindow(final BinaryReader in)
    {
        return in.getBoolean() ? new TimeWindow(in.getLong(), in.getLong()) : null;
    }

    static void putShift(final BinaryWriter out, final Shift shift)
    {
        out.putLong(shift.start());
        out.putLong(shift.end());
        out.putInt(shift.breaks().size());
        for (final TimeWindow window : shift.breaks())
        {
            putWindow(out, window);
        }
        out.putInt(shift.maxOvertimeMinutes());
    }

    static Shift getShift(final BinaryReader in)
    {
        final long start = in.getLong();
        final long end = in.getLong();
        final int count = count(in);
        final List<TimeWindow> breaks = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            breaks.add(getWindow(in));
        }
        return new Shift(start, end, breaks, in.getInt());
    }

    static void putSkills(final BinaryWriter out, final List<Skill> skills)
    {
        out.putInt(skills.size());
        for (final Skill skill : skills)
        {
            out.putString(skill.name());
            out.putInt(skill.level());
        }
    }

    static List<Skill> getSkills(final BinaryReader in)
    {
        final int count = count(in);
        final List<Skill> skills = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            skills.add(new Skill(in.getToken(), in.getInt()));
        }
        return skills;
    }

    /** A nullable list of requirements (a patch's null means "unchanged"). */
    static void putRequirements(final BinaryWriter out, final List<SkillRequirement> requirements)
    {
        out.putInt(requirements == null ? -1 : requirements.size());
        if (requirements != null)
        {
            for (final SkillRequirement requirement : requirements)
            {
                out.putString(requirement.name());
                out.putInt(requirement.minLevel());
            }
        }
    }

    static List<SkillRequirement> getRequirements(final BinaryReader in)
    {
        final int count = in.getInt();
        if (count == -1)
        {
            return null;
        }
        checkCount(count, in);
        final List<SkillRequirement> requirements = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            requirements.add(new SkillRequirement(in.getToken(), in.getInt()));
        }
        return requirements;
    }

    /** A nullable list of strings (null and empty differ: a patch's null means "unchanged"). */
    static void putStrings(final BinaryWriter out, final List<String> values)
    {
        out.putInt(values == null ? -1 : values.size());
        if (values != null)
        {
            for (final String value : values)
            {
                out.putString(value);
            }
        }
    }

    static List<String> getStrings(final BinaryReader in)
    {
        final int count = in.getInt();
        if (count == -1)
        {
            return null;
        }
        checkCount(count, in);
        final List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            values.add(in.getString());
        }
        return values;
    }

    /** As {@link #getStrings} for names that take few values (tools): {@link BinaryReader#getToken}. */
    static List<String> getTokens(final BinaryReader in)
    {
        final int count = in.getInt();
        if (count == -1)
        {
            return null;
        }
        checkCount(count, in);
        final List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            values.add(in.getToken());
        }
        return values;
    }

    /** A nullable map of sku to quantity, in key order. */
    static void putStock(final BinaryWriter out, final Map<String, Integer> stock)
    {
        out.putInt(stock == null ? -1 : stock.size());
        if (stock != null)
        {
            for (final Map.Entry<String, Integer> entry : stock.entrySet())
            {
                out.putString(entry.getKey());
                out.putInt(entry.getValue());
            }
        }
    }

    static SortedMap<String, Integer> getStock(final BinaryReader in)
    {
        final int count = in.getInt();
        if (count == -1)
        {
            return null;
        }
        checkCount(count, in);
        final TreeMap<String, Integer> stock = new TreeMap<>();
        for (int i = 0; i < count; i++)
        {
            stock.put(in.getToken(), in.getInt());
        }
        return Stock.of(stock);
    }

    static int count(final BinaryReader in)
    {
        final int count = in.getInt();
        checkCount(count, in);
        return count;
    }

    private static void checkCount(final int count, final BinaryReader in)
    {
        if (count < 0 || count > in.remaining())
        {
            throw new IllegalStateException("element count " + count + " overruns the record");
        }
    }
}
