package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The list- and map-shaped fields tickets, engineers and depots share. */
final class Lists
{
    static final int MAX_ITEMS = 64;
    static final int MAX_NAME = 64;
    static final int MAX_QUANTITY = 1_000_000;

    private Lists()
    {
    }

    /** {@code ["hvac", {"name":"electrical","minLevel":2}]}; a bare name needs level 1. */
    static List<SkillRequirement> requirements(final Fields fields, final String name)
    {
        final List<SkillRequirement> requirements = new ArrayList<>();
        final List<JsonNode> elements = fields.array(name, MAX_ITEMS);
        for (int i = 0; i < elements.size(); i++)
        {
            final JsonNode element = elements.get(i);
            if (element.isTextual())
            {
                requirements.add(new SkillRequirement(checkedName(fields, name + "[" + i + "]", element), 1));
                continue;
            }
            final Fields skill = objectElement(fields, name, i, element, Set.of("name", "minLevel"));
            if (skill != null)
            {
                requirements.add(new SkillRequirement(
                    skill.text("name", true, MAX_NAME), skill.integer("minLevel", false, 1, 10, 1)));
            }
        }
        return requirements;
    }

    /** {@code ["hvac", {"name":"electrical","level":2}]}; a bare name is level 1. */
    static List<Skill> skills(final Fields fields, final String name)
    {
        final List<Skill> skills = new ArrayList<>();
        final List<JsonNode> elements = fields.array(name, MAX_ITEMS);
        for (int i = 0; i < elements.size(); i++)
        {
            final JsonNode element = elements.get(i);
            if (element.isTextual())
            {
                skills.add(new Skill(checkedName(fields, name + "[" + i + "]", element), 1));
                continue;
            }
            final Fields skill = objectElement(fields, name, i, element, Set.of("name", "level"));
            if (skill != null)
            {
                skills.add(new Skill(skill.text("name", true, MAX_NAME), skill.integer("level", false, 1, 10, 1)));
            }
        }
        return skills;
    }

    static List<String> names(final Fields fields, final String name)
    {
        final List<String> names = new ArrayList<>();
        final List<JsonNode> elements = fields.array(name, MAX_ITEMS);
        for (int i = 0; i < elements.size(); i++)
        {
            names.add(checkedName(fields, name + "[" + i + "]", elements.get(i)));
        }
        return names;
    }

    /** {@code {"sku": quantity}}, quantities 0 or more (1 or more for what a ticket needs). */
    static SortedMap<String, Integer> quantities(final Fields fields, final String name, final int min)
    {
        final Fields stock = fields.object(name, false, null);
        if (stock == null)
        {
            return Stock.empty();
        }
        final JsonNode node = fields.raw(name);
        final Map<String, Integer> quantities = new TreeMap<>();
        final Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext())
        {
            final Map.Entry<String, JsonNode> entry = entries.next();
            final String sku = entry.getKey();
            if (sku.isBlank() || sku.length() > MAX_NAME)
            {
                stock.error(sku, sku, "a sku must be 1 to " + MAX_NAME + " characters");
                continue;
            }
            quantities.put(sku, stock.integer(sku, true, min, MAX_QUANTITY, 0));
        }
        if (quantities.size() > MAX_ITEMS)
        {
            fields.error(name, quantities.size() + " skus", "must have at most " + MAX_ITEMS + " skus");
        }
        return Stock.of(quantities);
    }

    private static String checkedName(final Fields fields, final String path, final JsonNode element)
    {
        if (!element.isTextual() || element.textValue().isBlank() || element.textValue().length() > MAX_NAME)
        {
            fields.error(path, element, "must be a name of 1 to " + MAX_NAME + " characters");
            return null;
        }
        return element.textValue();
    }

    private static Fields objectElement(
        final Fields fields, final String name, final int index, final JsonNode element, final Set<String> allowed)
    {
        if (!element.isObject())
        {
            fields.error(name + "[" + index + "]", element, "must be a name or an object");
            return null;
        }
        return fields.element(name, index, element, allowed);
    }
}
