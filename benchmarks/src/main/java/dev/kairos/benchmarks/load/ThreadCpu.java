package dev.kairos.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of this JVM's threads, by thread, so a run that hosts the server and its clients in one
 * process can charge each its own share. A thread that ends between two readings loses its time:
 * take readings around a run whose threads all outlive it.
 */
final class ThreadCpu
{
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> nanos = new HashMap<>();

    private ThreadCpu()
    {
    }

    static ThreadCpu read()
    {
        final ThreadCpu reading = new ThreadCpu();
        for (final ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds()))
        {
            if (info != null)
            {
                final long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0)
                {
                    reading.names.put(info.getThreadId(), info.getThreadName());
                    reading.nanos.put(info.getThreadId(), cpu);
                }
            }
        }
        return reading;
    }

    /** Per thread name, CPU milliseconds since {@code before}, where any was spent: where the time went. */
    Map<String, Long> byThread(final ThreadCpu before)
    {
        final Map<String, Long> millis = new java.util.TreeMap<>();
        for (final Map.Entry<Long, Long> thread : nanos.entrySet())
        {
            final long spent = (thread.getValue() - before.nanos.getOrDefault(thread.getKey(), 0L)) / 1_000_000;
            if (spent > 0)
            {
                millis.merge(names.get(thread.getKey()), spent, Long::sum);
            }
        }
        return millis;
    }

    /** CPU nanoseconds the threads whose names match used from {@code before} to this reading. */
    long since(final ThreadCpu before, final Predicate<String> threadName)
    {
        long total = 0;
        for (final Map.Entry<Long, Long> thread : nanos.entrySet())
        {
            if (threadName.test(names.get(thread.getKey())))
            {
                total += thread.getValue() - before.nanos.getOrDefault(thread.getKey(), 0L);
            }
        }
        return total;
    }
}
