package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.SortedMap;

/**
 * One measured run against one target. {@code latency} is from each request's intended send time
 * to its response (the figure the targets are about); {@code service} from the actual send, which
 * is what a closed-loop tool would have reported; {@code sendLag} is how late the generator itself
 * sent, so a reader can tell the generator's delay from the server's. Latencies in microseconds;
 * {@code cpu} in cores over the run (null off Linux).
 */
record RunResult(
    String target,
    long offeredRate,
    double achievedRate,
    double measuredSeconds,
    long measured,
    long succeeded,
    Percentiles latency,
    Percentiles service,
    Percentiles sendLag,
    Map<String, Percentiles> latencyByKind,
    SortedMap<String, Long> statuses,
    SortedMap<String, Long> errors,
    CpuMeter.Usage cpu,
    @JsonIgnore Histogram histogram)
{
    long errorCount()
    {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What --find-max asks of a step: every request answered with success, p99 under the target. */
    boolean meets(final double p99TargetMicros)
    {
        return errorCount() == 0 && measured > 0 && latency.p99() < p99TargetMicros;
    }
}
