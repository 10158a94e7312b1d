package dev.kairos.solver.command;

/**
 * Who sent a command and under which idempotency key, journaled around the command rather than
 * in it, so no command record carries request metadata. {@code actor} is the id of the API key
 * behind the request, null for what the engine does by itself (SLA firings, dispatch, the
 * optimiser) and for records written before the envelope existed. {@code idempotencyKey} and
 * {@code requestHash} (SHA-256 hex of method, path and body) are both null or both set.
 */
public record Envelope(String actor, String idempotencyKey, String requestHash)
{
    public static final Envelope NONE = new Envelope(null, null, null);

    public Envelope
    {
        if ((idempotencyKey == null) != (requestHash == null))
        {
            throw new IllegalArgumentException("an idempotency key needs its request hash, and only then");
        }
    }

    public static Envelope by(final String actor)
    {
        return actor == null ? NONE : new Envelope(actor, null, null);
    }
}
