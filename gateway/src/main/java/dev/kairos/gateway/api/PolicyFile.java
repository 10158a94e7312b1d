package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.state.CalendarEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy file seeds calendars and SLA policies:
 * {@code {"calendars":{"office":{...}},"policies":{"gold-p1":{...}}}}, each body as its PUT takes
 * it. It applies on the first start of an empty journal; after that the journal wins, and a
 * changed file is applied only when asked ({@code --reload-policies}): each calendar and policy
 * that differs from the journaled one is put again, journaled like an API call. Entries the file
 * leaves out stay as they are; a reloaded policy applies to tickets opened afterwards.
 * Read and applied by the thread that starts the server, before it takes requests.
 */
public final class PolicyFile
{
    private static final Set<String> TOP = Set.of("calendars", "policies");

    private PolicyFile()
    {
    }

    /**
     * Applies {@code file} when the journal was empty at start or {@code reload} is set; returns
     * how many commands it journaled.
     *
     * @throws IllegalArgumentException naming the file, the entry and every invalid field
     */
    public static int apply(final EngineHost engine, final Path file, final boolean reload, final long at)
    {
        if (engine.startPosition() != 0 && !reload)
        {
            return 0;
        }
        final JsonNode root = read(file);
        final List<Command> commands = new ArrayList<>();
        final Set<String> calendars = new HashSet<>();
        final JsonNode calendarNodes = root.path("calendars");
        for (final Iterator<Map.Entry<String, JsonNode>> it = calendarNodes.fields(); it.hasNext(); )
        {
            final Map.Entry<String, JsonNode> entry = it.next();
            final PutCalendar put = decode(file, "calendar " + entry.getKey(),
                () -> CalendarDecoder.put(checkedId(entry.getKey()), object(entry.getValue()), at));
            calendars.add(put.name());
            final CalendarEntry journaled = engine.ask(state -> state.sla().calendar(put.name()));
            if (journaled == null || !journaled.calendar().equals(BusinessCalendar.of(put.name(), put.spec())))
            {
                commands.add(put);
            }
        }
        for (final Iterator<Map.Entry<String, JsonNode>> it = root.path("policies").fields(); it.hasNext(); )
        {
            final Map.Entry<String, JsonNode> entry = it.next();
            final PutSlaPolicy put = decode(file, "policy " + entry.getKey(), () -> SlaPolicyDecoder.put(checkedId(entry.getKey()),
                object(entry.getValue()), false, at, name -> calendars.contains(name) || engine.slaDirectory().hasCalendar(name)));
            final SlaPolicy journaled = engine.ask(state -> state.sla().policy(put.policyId()));
            if (journaled == null || !journaled.spec().equals(put.spec()))
            {
                commands.add(put);
            }
        }
        for (final Command command : commands)
        {
            final Outcome outcome = engine.call(command);
            if (!(outcome instanceof Outcome.Applied))
            {
                throw new IllegalArgumentException("policies file " + file + ": " + command + " was refused: " + outcome);
            }
        }
        return commands.size();
    }

    private static JsonNode read(final Path file)
    {
        try
        {
            final JsonNode root = Json.MAPPER.readTree(Files.readString(file));
            if (root == null || !root.isObject())
            {
                throw new IllegalArgumentException("policies file " + file + ": must be a JSON object with calendars and policies");
            }
            final List<String> unknown = new ArrayList<>();
            root.fieldNames().forEachRemaining(name ->
            {
                if (!TOP.contains(name))
                {
                    unknown.add(name);
                }
            });
            if (!unknown.isEmpty())
            {
                throw new IllegalArgumentException("policies file " + file + ": unknown fields " + unknown
                    + "; expected calendars and policies");
            }
            return root;
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("policies file " + file + ": cannot read it: " + ex.getMessage(), ex);
        }
    }

    private static <T> T decode(final Path file, final String what, final java.util.function.Supplier<T> decoder)
    {
        try
        {
            return decoder.get();
        }
        catch (final ProblemException ex)
        {
            final List<FieldError> errors = ex.problem().errors();
            throw new IllegalArgumentException("policies file " + file + ": " + what + ": " + (errors.isEmpty() ?
                ex.problem().detail() : errors.stream().map(e -> e.field() + (e.value() == null ? "" : " = " + e.value()) + ": "
                + e.message()).collect(Collectors.joining("; "))));
        }
    }

    private static String checkedId(final String id)
    {
        return dev.kairos.gateway.http.Ids.check("id", id);
    }

    private static JsonNode object(final JsonNode node)
    {
        if (!node.isObject())
        {
            throw new ProblemException(dev.kairos.gateway.http.Problem.badRequest("must be a JSON object"));
        }
        return node;
    }
}
