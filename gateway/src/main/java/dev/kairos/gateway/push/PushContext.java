package dev.kairos.gateway.push;

import java.time.Duration;
import java.time.InstantSource;

/**
 * Push configuration, Aeron-context style: defaults below, {@link #conclude()} validates and names
 * the property that is wrong.
 */
public final class PushContext
{
    /** Recent events kept in memory for resume; older resumes re-read the journal. */
    public static final int DEFAULT_RING_CAPACITY = 64 * 1024;
    /** Events a subscriber may fall behind while its socket is full before it is cut off. */
    public static final int DEFAULT_MAX_LAG_EVENTS = 16 * 1024;
    /** Outbound bytes Netty queues for a subscriber before it stops writing to it (its water mark). */
    public static final int DEFAULT_HIGH_WATER_MARK_BYTES = 256 * 1024;
    /** The kernel's send buffer for a subscriber: bounded, so a stuck client is noticed in kilobytes, not megabytes. */
    public static final int DEFAULT_SEND_BUFFER_BYTES = 128 * 1024;
    /** Largest message a client may send; subscribe messages are small. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024;
    /** How long a browser's stream token is good for. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofSeconds(60);
    /** Stream tokens outstanding at once, across all keys. */
    public static final int DEFAULT_MAX_TOKENS = 10_000;
    /** Events a resume from before the ring may collect from the journal. */
    public static final int DEFAULT_CATCH_UP_LIMIT = 100_000;
    /** First pause before retrying a failed webhook delivery; it doubles up to the maximum. */
    public static final Duration DEFAULT_WEBHOOK_BACKOFF_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_WEBHOOK_BACKOFF_MAX = Duration.ofMinutes(5);
    /** How often, at most, a webhook's progress is journaled while it delivers (at once when it is idle). */
    public static final Duration DEFAULT_WEBHOOK_ACK_INTERVAL = Duration.ofSeconds(1);
    /** Failed attempts in a row at one webhook delivery after which a {@code webhook.failed} event is journaled. */
    public static final int DEFAULT_WEBHOOK_FAIL_AFTER = 5;
    /** Connect and response timeout of one webhook delivery. */
    public static final Duration DEFAULT_WEBHOOK_TIMEOUT = Duration.ofSeconds(10);
    /** How long a connection may stay open without subscribing. */
    public static final Duration DEFAULT_SUBSCRIBE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a closing subscriber gets to take its close frame before the connection is dropped. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private int ringCapacity = DEFAULT_RING_CAPACITY;
    private int maxLagEvents = DEFAULT_MAX_LAG_EVENTS;
    private int highWaterMarkBytes = DEFAULT_HIGH_WATER_MARK_BYTES;
    private int sendBufferBytes = DEFAULT_SEND_BUFFER_BYTES;
    private int maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
    private Duration tokenTtl = DEFAULT_TOKEN_TTL;
    private int maxTokens = DEFAULT_MAX_TOKENS;
    private int catchUpLimit = DEFAULT_CATCH_UP_LIMIT;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
    private Duration subscribeTimeout = DEFAULT_SUBSCRIBE_TIMEOUT;
    private Duration webhookBackoffBase = DEFAULT_WEBHOOK_BACKOFF_BASE;
    private Duration webhookBackoffMax = DEFAULT_WEBHOOK_BACKOFF_MAX;
    private Duration webhookAckInterval = DEFAULT_WEBHOOK_ACK_INTERVAL;
    private Duration webhookTimeout = DEFAULT_WEBHOOK_TIMEOUT;
    private int webhookFailAfter = DEFAULT_WEBHOOK_FAIL_AFTER;
    private InstantSource wallClock = InstantSource.system();

    /** A power of two. */
    public PushContext ringCapacity(final int ringCapacity)
    {
        this.ringCapacity = ringCapacity;
        return this;
    }

    public int ringCapacity()
    {
        return ringCapacity;
    }

    /** Less than the ring's capacity, so a subscriber is cut off before it can lose events unnoticed. */
    public PushContext maxLagEvents(final int maxLagEvents)
    {
        this.maxLagEvents = maxLagEvents;
        return this;
    }

    public int maxLagEvents()
    {
        return maxLagEvents;
    }

    /** The low water mark is half of it. */
    public PushContext highWaterMarkBytes(final int highWaterMarkBytes)
    {
        this.highWaterMarkBytes = highWaterMarkBytes;
        return this;
    }

    public int highWaterMarkBytes()
    {
        return highWaterMarkBytes;
    }

    /** 0 leaves the operating system's default (which may grow to megabytes). */
    public PushContext sendBufferBytes(final int sendBufferBytes)
    {
        this.sendBufferBytes = sendBufferBytes;
        return this;
    }

    public int sendBufferBytes()
    {
        return sendBufferBytes;
    }

    public PushContext maxFrameBytes(final int maxFrameBytes)
    {
        this.maxFrameBytes = maxFrameBytes;
        return this;
    }

    public int maxFrameBytes()
    {
        return maxFrameBytes;
    }

    public PushContext tokenTtl(final Duration tokenTtl)
    {
        this.tokenTtl = tokenTtl;
        return this;
    }

    public Duration tokenTtl()
    {
        return tokenTtl;
    }

    public PushContext maxTokens(final int maxTokens)
    {
        this.maxTokens = maxTokens;
        return this;
    }

    public int maxTokens()
    {
        return maxTokens;
    }

    public PushContext catchUpLimit(final int catchUpLimit)
    {
        this.catchUpLimit = catchUpLimit;
        return this;
    }

    public int catchUpLimit()
    {
        return catchUpLimit;
    }

    public PushContext closeTimeout(final Duration closeTimeout)
    {
        this.closeTimeout = closeTimeout;
        return this;
    }

    public Duration closeTimeout()
    {
        return closeTimeout;
    }

    public PushContext subscribeTimeout(final Duration subscribeTimeout)
    {
        this.subscribeTimeout = subscribeTimeout;
        return this;
    }

    public Duration subscribeTimeout()
    {
        return subscribeTimeout;
    }

    public PushContext webhookBackoff(final Duration base, final Duration max)
    {
        this.webhookBackoffBase = base;
        this.webhookBackoffMax = max;
        return this;
    }

    public Duration webhookBackoffBase()
    {
        return webhookBackoffBase;
    }

    public Duration webhookBackoffMax()
    {
        return webhookBackoffMax;
    }

    public PushContext webhookAckInterval(final Duration webhookAckInterval)
    {
        this.webhookAckInterval = webhookAckInterval;
        return this;
    }

    public Duration webhookAckInterval()
    {
        return webhookAckInterval;
    }

    /** At least 1 (less reads as 1). */
    public PushContext webhookFailAfter(final int attempts)
    {
        this.webhookFailAfter = Math.max(1, attempts);
        return this;
    }

    public int webhookFailAfter()
    {
        return webhookFailAfter;
    }

    public PushContext webhookTimeout(final Duration webhookTimeout)
    {
        this.webhookTimeout = webhookTimeout;
        return this;
    }

    public Duration webhookTimeout()
    {
        return webhookTimeout;
    }

    /** Token expiry runs on wall time, never the engine's clock: a security window must not stretch with replayed time. */
    public PushContext wallClock(final InstantSource wallClock)
    {
        this.wallClock = wallClock;
        return this;
    }

    public InstantSource wallClock()
    {
        return wallClock;
    }

    public PushContext conclude()
    {
        if (ringCapacity < 2 || Integer.bitCount(ringCapacity) != 1)
        {
            throw new IllegalArgumentException("ringCapacity: must be a power of two, at least 2, was " + ringCapacity);
        }
        if (maxLagEvents < 1 || maxLagEvents >= ringCapacity)
        {
            throw new IllegalArgumentException("maxLagEvents: must be 1 to ringCapacity - 1 (" + (ringCapacity - 1)
                + "), was " + maxLagEvents);
        }
        if (highWaterMarkBytes < 2)
        {
            throw new IllegalArgumentException("highWaterMarkBytes: must be at least 2, was " + highWaterMarkBytes);
        }
        if (sendBufferBytes < 0)
        {
            throw new IllegalArgumentException("sendBufferBytes: must be 0 (system default) or more, was " + sendBufferBytes);
        }
        if (maxFrameBytes < 1024)
        {
            throw new IllegalArgumentException("maxFrameBytes: must be at least 1024, was " + maxFrameBytes);
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero())
        {
            throw new IllegalArgumentException("tokenTtl: must be positive, was " + tokenTtl);
        }
        if (maxTokens < 1)
        {
            throw new IllegalArgumentException("maxTokens: must be at least 1, was " + maxTokens);
        }
        if (catchUpLimit < 1)
        {
            throw new IllegalArgumentException("catchUpLimit: must be at least 1, was " + catchUpLimit);
        }
        if (closeTimeout.isNegative())
        {
            throw new IllegalArgumentException("closeTimeout: must not be negative, was " + closeTimeout);
        }
        if (subscribeTimeout.isNegative() || subscribeTimeout.isZero())
        {
            throw new IllegalArgumentException("subscribeTimeout: must be positive, was " + subscribeTimeout);
        }
        if (webhookBackoffBase.toMillis() < 1 || webhookBackoffMax.compareTo(webhookBackoffBase) < 0)
        {
            throw new IllegalArgumentException("webhookBackoff: base must be at least 1 ms and max at least base, was "
                + webhookBackoffBase + " to " + webhookBackoffMax);
        }
        if (webhookAckInterval.isNegative())
        {
            throw new IllegalArgumentException("webhookAckInterval: must not be negative, was " + webhookAckInterval);
        }
        if (webhookTimeout.isNegative() || webhookTimeout.isZero())
        {
            throw new IllegalArgumentException("webhookTimeout: must be positive, was " + webhookTimeout);
        }
        return this;
    }
}
