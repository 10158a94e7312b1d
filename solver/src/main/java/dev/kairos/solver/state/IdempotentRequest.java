package dev.kairos.solver.state;

/**
 * A request made under an {@code Idempotency-Key}: enough to refuse a different request under the
 * same key and to answer a retry without running it again. {@code id} is the key id and the
 * idempotency key joined; {@code madeId} is the id the engine or gateway gave what the request
 * made (a new ticket, a new API key; null otherwise), since a retry cannot find it from its body.
 */
public record IdempotentRequest(String id, String requestHash, long at, long position, boolean created, String madeId)
{
    static String id(final String keyId, final String idempotencyKey)
    {
        return keyId + '\u001f' + idempotencyKey;
    }
}
