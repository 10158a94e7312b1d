package dev.kairos.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kairos.gateway.Api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks real responses against the OpenAPI document the server publishes: the operation must be
 * documented, its status must be one of the operation's responses, and the body must satisfy that
 * response's schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
public final class Conformance
{
    private static final String BASE = "https://kairos.dev/openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;

    public Conformance(final String documentJson) throws IOException
    {
        this.document = MAPPER.readTree(documentJson);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(BASE, documentJson)));
    }

    /** Fails unless {@code response} to {@code method path} is what the document says it may be. */
    public void check(final String method, final String path, final Api.Response response)
    {
        final String template = template(path);
        assertThat(template).as("%s %s: no documented path matches", method, path).isNotNull();
        final JsonNode item = document.at(pointer("paths", template));
        final String itemPointer = item.has("$ref") ? item.get("$ref").asText().substring(1) : pointer("paths", template);
        final String verb = method.toLowerCase(Locale.ROOT);
        final JsonNode operation = document.at(itemPointer).path(verb);
        assertThat(operation.isMissingNode()).as("%s %s is not documented", method, template).isFalse();
        final String status = Integer.toString(response.status());
        final JsonNode responses = operation.path("responses");
        assertThat(responses.has(status))
            .as("%s %s answered %s, which the document does not list (%s)", method, template, status,
                responses.propertyStream().map(Map.Entry::getKey).toList())
            .isTrue();
        final String responsePointer = responses.get(status).has("$ref") ?
            responses.get(status).get("$ref").asText().substring(1) : itemPointer + pointer(verb, "responses", status);
        final String mediaType = response.contentType().split(";")[0].trim();
        final JsonNode content = document.at(responsePointer).path("content");
        assertThat(content.has(mediaType)).as("%s %s %s: content type %s is not documented (%s)", method, template, status,
            mediaType, content.propertyStream().map(Map.Entry::getKey).toList()).isTrue();
        if (response.body() == null)
        {
            return;
        }
        final Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + responsePointer + pointer("content", mediaType, "schema")));
        final List<Error> errors = schema.validate(response.body());
        assertThat(errors).as("%s %s %s body %s against %s", method, path, status, response.body(), responsePointer).isEmpty();
    }

    private String template(final String path)
    {
        final String[] segments = path.split("\\?")[0].split("/", -1);
        for (final Map.Entry<String, JsonNode> entry : document.path("paths").properties())
        {
            final String[] parts = entry.getKey().split("/", -1);
            if (parts.length != segments.length)
            {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++)
            {
                match = parts[i].startsWith("{") || parts[i].equals(segments[i]);
            }
            if (match && exactFirst(entry.getKey(), path))
            {
                return entry.getKey();
            }
        }
        return null;
    }

    /** A literal path (/v1/sla/at-risk) wins over a template that also matches it. */
    private boolean exactFirst(final String template, final String path)
    {
        final String plain = path.split("\\?")[0];
        return template.equals(plain) || !document.path("paths").has(plain);
    }

    private static String pointer(final String... tokens)
    {
        final StringBuilder pointer = new StringBuilder();
        for (final String token : tokens)
        {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
