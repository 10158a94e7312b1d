package dev.kairos.scenarios.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads and writes scenario files (JSON, docs/SCENARIOS.md). Reading is strict: unknown fields,
 * wrong types and values the engine would refuse are errors naming the field and the value, so a
 * hand-written file fails here and not halfway through a simulated day. Any thread.
 */
public final class ScenarioFile
{
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioFile()
    {
    }

    public static Scenario read(final Path file) throws IOException
    {
        return parse(Files.readString(file), file.toString());
    }

    public static void write(final Scenario scenario, final Path file) throws IOException
    {
        ScenarioCheck.check(scenario, file.toString());
        final Path parent = file.toAbsolutePath().getParent();
        if (parent != null)
        {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(scenario));
    }

    /** {@code source} names the text in error messages (a file name). */
    public static Scenario parse(final String json, final String source) throws InvalidScenarioException
    {
        final Scenario scenario;
        try
        {
            scenario = JSON.readValue(json, Scenario.class);
        }
        catch (final JsonMappingException e)
        {
            throw new InvalidScenarioException(source, path(e), problem(e));
        }
        catch (final JsonProcessingException e)
        {
            final JsonLocation at = e.getLocation();
            throw new InvalidScenarioException(source, "", "not valid JSON" + (at == null ? "" :
                " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        if (scenario == null)
        {
            throw new InvalidScenarioException(source, "", "empty: expected a JSON object");
        }
        ScenarioCheck.check(scenario, source);
        return scenario;
    }

    public static String toJson(final Scenario scenario)
    {
        try
        {
            return JSON.writeValueAsString(scenario) + System.lineSeparator();
        }
        catch (final JsonProcessingException e)
        {
            // Records of strings, numbers, lists and maps always serialise.
            throw new IllegalStateException(e);
        }
    }

    /** Jackson's reference chain as a JSON path: {@code engineers[2].shift.end}. */
    private static String path(final JsonMappingException e)
    {
        final StringBuilder path = new StringBuilder();
        for (final JsonMappingException.Reference reference : e.getPath())
        {
            if (reference.getFieldName() != null)
            {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0)
            {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String problem(final JsonMappingException e)
    {
        if (e instanceof UnrecognizedPropertyException unknown)
        {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format)
        {
            final Class<?> type = format.getTargetType();
            final String expected = type != null && type.isEnum()
                ? "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                : "a " + (type == null ? "value of the right type" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
            return "value '" + format.getValue() + "' is not " + expected;
        }
        final String message = e.getOriginalMessage();
        if (message.startsWith("Cannot map `null` into type"))
        {
            return "missing or null; a value is required" + locationOf(e);
        }
        final int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)) + locationOf(e);
    }

    private static String locationOf(final JsonMappingException e)
    {
        final JsonLocation at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
