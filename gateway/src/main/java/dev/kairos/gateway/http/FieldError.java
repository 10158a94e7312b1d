package dev.kairos.gateway.http;

/** One invalid field in a request: its path (e.g. {@code location.lat}), the value sent, and why. */
public record FieldError(String field, Object value, String message)
{
}
