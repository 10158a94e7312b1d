package dev.kairos.solver.state;

/**
 * A request made under an {@code Idempotency-Key}: enough to refuse a different request under the
 * same key and to answer a retry without running it again. {@code id} is the key id and the
 * idempotency key joined; {@code ticketId} is the ticket a create made (null otherwise), since a
 * retry of a create cannot find it from its own body.
 */
public record IdempotentRequest(String id, String requestHash, long at, long position, boolean created, String ticketId)
{
    static String id(final String keyId, final String idempotencyKey)
    {
        return keyId + '\u001f' + idempotencyKey;
    }
}
