package dev.kairos.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem document, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors)
{
    private static final String TYPE_BASE = "https://kairos.dev/problems/";

    public Problem
    {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(final int status, final String slug, final String title, final String detail)
    {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of());
    }

    public static Problem validation(final List<FieldError> errors)
    {
        final String detail = errors.size() == 1 ?
            errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid";
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, errors);
    }

    public static Problem badRequest(final String detail)
    {
        return of(400, "bad-request", "Bad request", detail);
    }

    public static Problem unauthorized(final String detail)
    {
        return of(401, "unauthorized", "Unauthorized", detail);
    }

    public static Problem forbidden(final String detail)
    {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static Problem notFound(final String detail)
    {
        return of(404, "not-found", "Not found", detail);
    }

    public static Problem methodNotAllowed(final String detail)
    {
        return of(405, "method-not-allowed", "Method not allowed", detail);
    }

    public static Problem conflict(final String detail)
    {
        return of(409, "conflict", "Conflict", detail);
    }

    public static Problem tooLarge(final String detail)
    {
        return of(413, "payload-too-large", "Payload too large", detail);
    }

    public static Problem overloaded()
    {
        return of(503, "overloaded", "Overloaded", "the engine's inbox is full; retry after the Retry-After delay");
    }

    public static Problem internal(final String detail)
    {
        return of(500, "internal", "Internal error", detail);
    }
}
