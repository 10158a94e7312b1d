package dev.kairos.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Records the measured requests of one run. A request that never got an answer (timed out, its
 * connection closed, or never sent) is still recorded, with the latency it had reached when the
 * run gave up on it: leaving it out would hide exactly the tail a load test is for. Single
 * thread: the client's event loop, then the caller once the run is over.
 */
final class LatencyRecorder
{
    /** Ten minutes covers any bounded run; three digits keeps 1 µs resolution below 1 ms. */
    static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int SIGNIFICANT_DIGITS = 3;

    /** Why a measured request has no response. */
    enum Failure
    {
        TIMEOUT("timeout"),
        CLOSED("connection-closed"),
        NOT_SENT("not-sent");

        private final String label;

        Failure(final String label)
        {
            this.label = label;
        }
    }

    private final OpenLoopSchedule schedule;
    private final byte[] kinds;
    private final Histogram latency = histogram();
    private final Histogram service = histogram();
    private final Histogram sendLag = histogram();
    private final Histogram[] latencyByKind = new Histogram[Kind.values().length];
    private final SortedMap<Integer, Long> statuses = new TreeMap<>();
    private final long[] failures = new long[Failure.values().length];
    private long succeeded;
    private long lastCompletedNanos = Long.MIN_VALUE;

    /** @param kinds the run's kind sequence, {@link Mix#SEQUENCE_LENGTH} long */
    LatencyRecorder(final OpenLoopSchedule schedule, final byte[] kinds)
    {
        this.schedule = schedule;
        this.kinds = kinds;
        for (int i = 0; i < latencyByKind.length; i++)
        {
            latencyByKind[i] = histogram();
        }
    }

    static Kind kindOf(final byte[] kinds, final long index)
    {
        return Kind.values()[kinds[(int)(index & (kinds.length - 1))]];
    }

    void answered(final long index, final long sentNanos, final long completedNanos, final int status)
    {
        if (!schedule.isMeasured(index))
        {
            return;
        }
        final long intended = schedule.intendedNanos(index);
        charge(index, completedNanos);
        record(service, completedNanos - sentNanos);
        record(sendLag, sentNanos - intended);
        statuses.merge(status, 1L, Long::sum);
        if (status >= 200 && status < 300)
        {
            succeeded++;
        }
        lastCompletedNanos = Math.max(lastCompletedNanos, completedNanos);
    }

    /** @param sentNanos when it was sent, or a negative value when it never was */
    void unanswered(final long index, final long sentNanos, final long gaveUpNanos, final Failure failure)
    {
        if (!schedule.isMeasured(index))
        {
            return;
        }
        charge(index, gaveUpNanos);
        if (sentNanos >= 0)
        {
            record(sendLag, sentNanos - schedule.intendedNanos(index));
        }
        failures[failure.ordinal()]++;
    }

    RunResult result(final String target, final CpuMeter.Usage cpu)
    {
        final long measured = latency.getTotalCount();
        final long firstIntended = schedule.intendedNanos(schedule.warmupCount());
        final long windowNanos = lastCompletedNanos > firstIntended ? lastCompletedNanos - firstIntended :
            schedule.intendedNanos(schedule.totalCount()) - firstIntended;
        final double seconds = windowNanos / (double)OpenLoopSchedule.NANOS_PER_SECOND;
        final Map<String, Percentiles> byKind = new LinkedHashMap<>();
        for (final Kind kind : Kind.values())
        {
            if (latencyByKind[kind.ordinal()].getTotalCount() > 0)
            {
                byKind.put(kind.label(), Percentiles.of(latencyByKind[kind.ordinal()]));
            }
        }
        final SortedMap<String, Long> statusCounts = new TreeMap<>();
        final SortedMap<String, Long> errors = new TreeMap<>();
        statuses.forEach((status, count) ->
        {
            statusCounts.put(Integer.toString(status), count);
            if (status < 200 || status >= 300)
            {
                errors.put(Integer.toString(status), count);
            }
        });
        for (final Failure failure : Failure.values())
        {
            if (failures[failure.ordinal()] > 0)
            {
                errors.put(failure.label, failures[failure.ordinal()]);
            }
        }
        return new RunResult(target, schedule.rate(), Math.round(succeeded / seconds * 10) / 10.0,
            Math.round(seconds * 1000) / 1000.0, measured, succeeded,
            Percentiles.of(latency), Percentiles.of(service), Percentiles.of(sendLag), byKind, statusCounts, errors,
            cpu, latency.copy());
    }

    private void charge(final long index, final long atNanos)
    {
        final long nanos = schedule.latencyNanos(index, atNanos);
        record(latency, nanos);
        record(latencyByKind[kinds[(int)(index & (kinds.length - 1))]], nanos);
    }

    private static void record(final Histogram histogram, final long nanos)
    {
        histogram.recordValue(Math.max(0, Math.min(nanos, HIGHEST_NANOS)));
    }

    private static Histogram histogram()
    {
        return new Histogram(HIGHEST_NANOS, SIGNIFICANT_DIGITS);
    }
}
