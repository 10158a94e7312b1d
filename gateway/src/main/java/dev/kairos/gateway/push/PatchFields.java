package dev.kairos.gateway.push;

import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;

import java.util.ArrayList;
import java.util.List;

/** The names, as the API spells them, of the fields a ticket patch sets ({@code ticket.updated}'s {@code fields}). Stateless. */
final class PatchFields
{
    private PatchFields()
    {
    }

    /** The API's names of the fields a patch sets. */
    static List<String> of(final TicketPatch patch)
    {
        final List<String> fields = new ArrayList<>();
        add(fields, "title", patch.title() != null);
        add(fields, "priority", patch.priority() != null);
        add(fields, "tier", patch.tier() != null);
        add(fields, "region", patch.region() != null);
        add(fields, "location", patch.location() != null);
        add(fields, "skills", patch.skills() != null);
        add(fields, "tools", patch.tools() != null);
        add(fields, "parts", patch.parts() != null);
        add(fields, "durationMinutes", patch.durationMinutes() > 0);
        add(fields, "window", patch.window() != null);
        add(fields, "due", patch.due() != TicketSpec.NO_TIME);
        return fields;
    }

    private static void add(final List<String> fields, final String name, final boolean set)
    {
        if (set)
        {
            fields.add(name);
        }
    }
}
