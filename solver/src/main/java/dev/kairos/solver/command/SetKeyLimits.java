package dev.kairos.solver.command;

/**
 * Change an API key's own rate limits: {@code rateLimit} requests a second, {@code rateBurst} at
 * once; 0 returns either to the server's default, {@link #KEEP} leaves it as it is. Refused for an
 * unknown or revoked key.
 */
public record SetKeyLimits(long at, String keyId, double rateLimit, double rateBurst) implements Command
{
    /** A limit the request did not mention. */
    public static final double KEEP = -1;
}
