package dev.kairos.gateway.http;

/** Problems of API keys and idempotency, beside {@link Problem}'s general ones. */
public final class Problems
{
    private Problems()
    {
    }

    /** The same idempotency key with a different request. */
    public static Problem keyReused(final String detail)
    {
        return Problem.of(422, "idempotency-key-reused", "Idempotency key reused", detail);
    }

    /** A retry while the first request under its idempotency key is still being handled. */
    public static Problem keyInFlight(final String detail)
    {
        return Problem.of(409, "idempotency-key-in-flight", "Request in progress", detail);
    }
}
