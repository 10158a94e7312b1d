package dev.kairos.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one Jackson mapper (thread-safe once built) and the body reading and writing around it. */
public final class Json
{
    public static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // Coordinates come with 15-17 digits, where the JDK's parser takes its slow big-integer path; this one
        // rounds the same (correctly) in a fraction of the time.
        .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("kairos-locations")
            .addSerializer(new LocationSerializer()))
        .build();

    static
    {
        // Requests are small; deep nesting is an attack, not a ticket.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private Json()
    {
    }

    /** Parses a request body; malformed JSON becomes a 400 problem naming where it broke. */
    public static JsonNode read(final ByteBuf body)
    {
        if (!body.isReadable())
        {
            throw new ProblemException(Problem.badRequest("the request has no body; a JSON object was expected"));
        }
        try (ByteBufInputStream in = new ByteBufInputStream(body.duplicate()))
        {
            final JsonNode node = MAPPER.readTree(in);
            if (node == null || !node.isObject())
            {
                throw new ProblemException(Problem.badRequest("the body must be a JSON object"));
            }
            return node;
        }
        catch (final JsonProcessingException ex)
        {
            throw new ProblemException(Problem.badRequest("malformed JSON: " + ex.getOriginalMessage()
                + (ex.getLocation() != null ? " at line " + ex.getLocation().getLineNr() + ", column "
                + ex.getLocation().getColumnNr() : "")));
        }
        catch (final IOException ex)
        {
            // Reading a buffer in memory fails only on bytes that are no text: Jackson guessed UTF-16 or UTF-32 from
            // zero bytes and met a broken character (found by TicketJsonFuzzTest; it was a 500).
            throw new ProblemException(Problem.badRequest("malformed JSON: the body is not text in a Unicode encoding ("
                + ex.getMessage() + "); send UTF-8"));
        }
    }

    /** A body that may be left out: no body reads as an empty object. */
    public static JsonNode readOptional(final ByteBuf body)
    {
        return body.isReadable() ? read(body) : MAPPER.createObjectNode();
    }

    /**
     * One immutable writer per location format, built once: building it per response (a new
     * serialization config each time) was a steady share of what every reply allocated.
     */
    private static final java.util.Map<LocationFormat, com.fasterxml.jackson.databind.ObjectWriter> WRITERS =
        java.util.Arrays.stream(LocationFormat.values()).collect(java.util.stream.Collectors.toUnmodifiableMap(
            format -> format, format -> MAPPER.writer().withAttribute(LocationFormat.ATTRIBUTE, format)));

    /** A writer that puts locations in the given format. */
    public static com.fasterxml.jackson.databind.ObjectWriter writer(final LocationFormat locations)
    {
        return WRITERS.get(locations);
    }

    public static void write(final ByteBuf target, final Object value)
    {
        write(target, value, LocationFormat.GEOGRAPHIC);
    }

    /**
     * The body of an acknowledgement that names only the journal position, {@code {"position":n}}:
     * nine in ten requests under load are answered with it, so it is written without Jackson.
     */
    public record Position(long position)
    {
        private static final byte[] OPEN = "{\"position\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        void writeTo(final ByteBuf target)
        {
            target.writeBytes(OPEN);
            target.writeCharSequence(Long.toString(position), java.nio.charset.StandardCharsets.US_ASCII);
            target.writeByte('}');
        }
    }

    public static void write(final ByteBuf target, final Object value, final LocationFormat locations)
    {
        if (value instanceof final Position position)
        {
            position.writeTo(target);
            return;
        }
        try (ByteBufOutputStream out = new ByteBufOutputStream(target))
        {
            writer(locations).writeValue((java.io.OutputStream)out, value);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
