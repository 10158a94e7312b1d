package dev.kairos.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 document, merged from YAML parts (one file would pass the size we keep files
 * to). Read once; immutable afterwards.
 */
public final class OpenApi
{
    /** Classpath resources merged in order; a key two parts both define as objects is merged, anything else is an error. */
    public static final List<String> PARTS = List.of(
        "openapi/api.yaml", "openapi/paths-tickets.yaml", "openapi/paths-resources.yaml", "openapi/schemas.yaml",
        "openapi/schemas-plan.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final String json;

    private OpenApi(final ObjectNode document)
    {
        this.document = document;
        try
        {
            this.json = JSON.writeValueAsString(document);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    public static OpenApi load()
    {
        final ObjectNode merged = JSON.createObjectNode();
        for (final String part : PARTS)
        {
            try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(part))
            {
                if (in == null)
                {
                    throw new IllegalStateException("OpenAPI part " + part + " is not on the classpath");
                }
                merge(merged, (ObjectNode)YAML.readTree(in), part);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("OpenAPI part " + part + " cannot be read", ex);
            }
        }
        return new OpenApi(merged);
    }

    /** The document as a tree; callers must not change it. */
    public JsonNode document()
    {
        return document;
    }

    public String json()
    {
        return json;
    }

    /** Every documented operation as "METHOD /path", path items given by $ref resolved. */
    public List<String> operations()
    {
        final List<String> operations = new ArrayList<>();
        for (final Map.Entry<String, JsonNode> path : document.path("paths").properties())
        {
            JsonNode item = path.getValue();
            if (item.has("$ref"))
            {
                item = document.at(item.get("$ref").asText().substring(1));
            }
            for (final String method : List.of("get", "put", "post", "delete", "patch", "head", "options"))
            {
                if (item.has(method))
                {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static void merge(final ObjectNode into, final ObjectNode part, final String name)
    {
        for (final Map.Entry<String, JsonNode> field : part.properties())
        {
            final JsonNode existing = into.get(field.getKey());
            if (existing == null)
            {
                into.set(field.getKey(), field.getValue());
            }
            else if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode more)
            {
                merge(object, more, name);
            }
            else
            {
                throw new IllegalStateException("OpenAPI part " + name + " defines " + field.getKey() + " again");
            }
        }
    }
}
