package dev.kairos.solver.state;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every one-field change of a record, reaching into nested records, lists and maps: the test of
 * "changing any field of any entity changes the digest" needs no list of fields to keep current.
 */
final class RecordVariants
{
    private RecordVariants()
    {
    }

    static List<Object> of(final Object record) throws Exception
    {
        final RecordComponent[] components = record.getClass().getRecordComponents();
        final List<Object> variants = new ArrayList<>();
        for (int i = 0; i < components.length; i++)
        {
            if (i == 0 && components[i].getName().equals("id"))
            {
                continue; // a different id is a different entity, not a changed field
            }
            final Object value = components[i].getAccessor().invoke(record);
            for (final Object changed : valueVariants(value, components[i].getType()))
            {
                variants.add(with(record, components, i, changed));
            }
        }
        return variants;
    }

    private static List<Object> valueVariants(final Object value, final Class<?> type) throws Exception
    {
        if (type == long.class)
        {
            return List.of((Long)value + 1);
        }
        if (type == int.class)
        {
            return List.of((Integer)value + 1);
        }
        if (type == Integer.class)
        {
            return List.of((Integer)value + 1);
        }
        if (type == boolean.class)
        {
            return List.of(!(Boolean)value);
        }
        if (type == dev.kairos.solver.sla.BusinessCalendar.class)
        {
            return calendarVariants((dev.kairos.solver.sla.BusinessCalendar)value);
        }
        if (type == double.class)
        {
            return List.of((Double)value + 0.001);
        }
        if (type == String.class)
        {
            return List.of(value == null ? "x" : value + "x");
        }
        if (type.isEnum())
        {
            final Object[] constants = type.getEnumConstants();
            final int ordinal = value == null ? 0 : (((Enum<?>)value).ordinal() + 1) % constants.length;
            return List.of(constants[ordinal]);
        }
        if (type.isRecord())
        {
            return value == null ? List.of() : of(value);
        }
        if (List.class.isAssignableFrom(type))
        {
            return listVariants((List<?>)value);
        }
        if (Map.class.isAssignableFrom(type))
        {
            return mapVariants((Map<?, ?>)value);
        }
        if (java.util.SortedSet.class.isAssignableFrom(type))
        {
            // One more name, and (when there is one) one fewer: a depot's tools.
            final java.util.SortedSet<Object> more = new java.util.TreeSet<>((java.util.Set<?>)value);
            more.add("x");
            final List<Object> variants = new ArrayList<>(List.of(more));
            if (!((java.util.Set<?>)value).isEmpty())
            {
                final java.util.SortedSet<Object> fewer = new java.util.TreeSet<>((java.util.Set<?>)value);
                fewer.remove(fewer.first());
                variants.add(fewer);
            }
            return variants;
        }
        throw new IllegalArgumentException("no variants for " + type);
    }

    /** Another name, and another zone: a calendar is its name and its spec. */
    private static List<Object> calendarVariants(final dev.kairos.solver.sla.BusinessCalendar calendar)
    {
        final dev.kairos.solver.sla.CalendarSpec spec = calendar.spec();
        final String zone = "Asia/Tokyo".equals(spec.zone()) ? "Europe/Paris" : "Asia/Tokyo";
        return List.of(
            dev.kairos.solver.sla.BusinessCalendar.of(calendar.name() + "x", spec),
            dev.kairos.solver.sla.BusinessCalendar.of(calendar.name(),
                new dev.kairos.solver.sla.CalendarSpec(zone, spec.hours(), spec.holidays())));
    }

    private static List<Object> listVariants(final List<?> list) throws Exception
    {
        final List<Object> variants = new ArrayList<>();
        if (list.isEmpty())
        {
            return variants;
        }
        final List<Object> shorter = new ArrayList<>(list.subList(1, list.size()));
        variants.add(shorter);
        final Object first = list.get(0);
        // A null element (the engine as a timeline's actor) can only become a value: lists of them are strings.
        for (final Object changed : first == null ? List.<Object>of("x") : valueVariants(first, first.getClass()))
        {
            final List<Object> copy = new ArrayList<>(list);
            copy.set(0, changed);
            variants.add(copy);
        }
        return variants;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mapVariants(final Map<?, ?> map)
    {
        final SortedMap<String, Integer> added = new TreeMap<>((Map<String, Integer>)map);
        added.put("zz-extra", 1);
        final List<Object> variants = new ArrayList<>(List.of(added));
        if (!map.isEmpty())
        {
            final SortedMap<String, Integer> changed = new TreeMap<>((Map<String, Integer>)map);
            final String key = changed.firstKey();
            changed.put(key, changed.get(key) + 1);
            variants.add(changed);
        }
        return variants;
    }

    private static Object with(
        final Object record, final RecordComponent[] components, final int index, final Object value) throws Exception
    {
        final Object[] args = new Object[components.length];
        final Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++)
        {
            args[i] = i == index ? value : components[i].getAccessor().invoke(record);
            types[i] = components[i].getType();
        }
        final Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
        return constructor.newInstance(args);
    }
}
