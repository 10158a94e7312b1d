package dev.kairos.benchmarks;

import dev.kairos.solver.engine.SlaTimerIndex;
import io.netty.util.HashedWheelTimer;
import org.agrona.DeadlineTimerWheel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * SLA timers with {@code live} open tickets each waiting for its next moment: the rate of
 * scheduling one more timer and cancelling it (what a ticket's status change costs), and the
 * heap each live timer takes, printed once per trial as {@code [memory] ...}.
 * <ul>
 *   <li>{@code agrona-wheel}: Agrona's {@link DeadlineTimerWheel} alone, as the engine configures
 *       it (1,024 ms ticks, 16,384 per turn).</li>
 *   <li>{@code kairos-sla-timers}: what the engine runs: that wheel plus which tickets wait for
 *       which instant (ticket ids are the tickets' own strings, not counted).</li>
 *   <li>{@code scheduled-executor}: {@link ScheduledThreadPoolExecutor}, remove-on-cancel.</li>
 *   <li>{@code netty-hashed-wheel}: Netty's {@link HashedWheelTimer}, default settings.</li>
 * </ul>
 * Deadlines: {@code spread}, uniform over the next three days; {@code clustered}, a thousand
 * tickets on each of a thousand instants, as business hours make them (many tickets reach a
 * threshold at the same opening-time minute). Memory is the live heap a structure adds, measured
 * after full collections with the serial collector (compacting, so its used bytes are exact); the
 * tickets' id strings are made before and not counted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+UseSerialGC"})
public class TimerBenchmark
{
    private static final long START = 1_795_000_000_000L;
    private static final long THREE_DAYS = TimeUnit.DAYS.toMillis(3);
    private static final int PROBES = 1 << 16;

    @Param({"agrona-wheel", "kairos-sla-timers", "scheduled-executor", "netty-hashed-wheel"})
    public String timers;

    @Param({"spread", "clustered"})
    public String deadlines;

    @Param({"1000000"})
    public int live;

    private DeadlineTimerWheel wheel;
    private SlaTimerIndex index;
    private ScheduledThreadPoolExecutor executor;
    private HashedWheelTimer netty;
    private String[] ticketIds;
    private long[] probeDeadlines;
    private int next;
    private Object keepAlive;

    private static final Runnable NOTHING = () ->
    {
    };
    private static final io.netty.util.TimerTask NOTHING_NETTY = timeout ->
    {
    };

    @Setup(Level.Trial)
    public void setUp()
    {
        final SplittableRandom random = new SplittableRandom(20261123L);
        ticketIds = new String[live + PROBES];
        for (int i = 0; i < ticketIds.length; i++)
        {
            ticketIds[i] = "T-" + (i + 1);
        }
        final long[] liveDeadlines = new long[live];
        for (int i = 0; i < live; i++)
        {
            liveDeadlines[i] = deadline(random);
        }
        probeDeadlines = new long[PROBES];
        for (int i = 0; i < PROBES; i++)
        {
            probeDeadlines[i] = deadline(random);
        }
        final long before = liveHeap();
        keepAlive = build(liveDeadlines);
        final long bytes = liveHeap() - before;
        System.out.printf("%n[memory] %s, %s deadlines: %.1f bytes per live timer (%,d timers, %,d bytes)%n",
            timers, deadlines, bytes / (double)live, live, bytes);
    }

    private long deadline(final SplittableRandom random)
    {
        if ("clustered".equals(deadlines))
        {
            return START + 60_000 + random.nextInt(1_000) * (THREE_DAYS / 1_000);
        }
        return START + 60_000 + random.nextLong(THREE_DAYS);
    }

    private Object build(final long[] liveDeadlines)
    {
        switch (timers)
        {
            case "agrona-wheel" ->
            {
                wheel = new DeadlineTimerWheel(TimeUnit.MILLISECONDS, START, 1024, 16_384);
                for (final long deadline : liveDeadlines)
                {
                    wheel.scheduleTimer(deadline);
                }
                return wheel;
            }
            case "kairos-sla-timers" ->
            {
                index = new SlaTimerIndex(START);
                for (int i = 0; i < liveDeadlines.length; i++)
                {
                    index.add(ticketIds[i], liveDeadlines[i]);
                }
                return index;
            }
            case "scheduled-executor" ->
            {
                executor = new ScheduledThreadPoolExecutor(1);
                executor.setRemoveOnCancelPolicy(true);
                for (final long deadline : liveDeadlines)
                {
                    executor.schedule(NOTHING, deadline - START, TimeUnit.MILLISECONDS);
                }
                return executor;
            }
            case "netty-hashed-wheel" ->
            {
                netty = new HashedWheelTimer();
                netty.start();
                for (final long deadline : liveDeadlines)
                {
                    netty.newTimeout(NOTHING_NETTY, deadline - START, TimeUnit.MILLISECONDS);
                }
                // Its worker moves new timeouts from a queue into the wheel, 100,000 a tick: measure them settled.
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
                return netty;
            }
            default -> throw new IllegalArgumentException("timers: " + timers);
        }
    }

    /** Schedule one more timer and cancel it: a ticket's next moment moving. */
    @Benchmark
    public Object scheduleAndCancel()
    {
        final int i = next++ & (PROBES - 1);
        final long deadline = probeDeadlines[i];
        switch (timers)
        {
            case "agrona-wheel" ->
            {
                return wheel.cancelTimer(wheel.scheduleTimer(deadline));
            }
            case "kairos-sla-timers" ->
            {
                final String ticketId = ticketIds[live + i];
                index.add(ticketId, deadline);
                index.remove(ticketId, deadline);
                return ticketId;
            }
            case "scheduled-executor" ->
            {
                return executor.schedule(NOTHING, deadline - START, TimeUnit.MILLISECONDS).cancel(false);
            }
            default ->
            {
                return netty.newTimeout(NOTHING_NETTY, deadline - START, TimeUnit.MILLISECONDS).cancel();
            }
        }
    }

    private static long liveHeap()
    {
        final Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++)
        {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        if (executor != null)
        {
            executor.shutdownNow();
        }
        if (netty != null)
        {
            netty.stop();
        }
        keepAlive = null;
    }
}
