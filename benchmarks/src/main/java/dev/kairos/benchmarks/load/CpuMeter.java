package dev.kairos.benchmarks.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much CPU this process and all others used during a run, from Linux's {@code /proc}. On a
 * shared two-core machine another engineer's build can take a core in the middle of a run; the
 * share other processes used is how a reader tells a disturbed run from a slow server, and
 * repeats it. Readings are null where {@code /proc} is not there.
 * <p>
 * Both shares come from per-process accounting ({@code utime + stime}, plus {@code cutime +
 * cstime} so a test JVM that exits mid-run still counts, through the parent that reaped it). The
 * per-CPU counters in {@code /proc/stat} are sampled at the scheduler tick and miss most of a
 * wake-up-heavy process like this one: 50 µs sleeps in a loop show as 0.04 busy cores there and
 * 0.32 in the process's own account. They are kept only as {@code machine}, for reference.
 */
final class CpuMeter
{
    /** Ticks of the machine (busy and total, per /proc/stat), of this process, and of all others. */
    record Reading(long machineBusy, long machineTotal, long self, long others)
    {
    }

    /** Over one run, in cores (1.0 = one core busy the whole run). */
    record Usage(double machine, double self, double others)
    {
    }

    private static final Path PROC = Path.of("/proc");

    private CpuMeter()
    {
    }

    static Reading read()
    {
        try
        {
            final String[] cpu = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
            long busy = 0;
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++)
            {
                final long ticks = Long.parseLong(cpu[i]);
                total += ticks;
                // Fields 4 and 5 are idle and iowait.
                busy += i == 4 || i == 5 ? 0 : ticks;
            }
            final long self = ticks(PROC.resolve("self"), false);
            final String selfPid = Long.toString(ProcessHandle.current().pid());
            long others = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*"))
            {
                for (final Path process : processes)
                {
                    if (!process.getFileName().toString().equals(selfPid))
                    {
                        others += ticks(process, true);
                    }
                }
            }
            return new Reading(busy, total, self, others);
        }
        catch (final IOException | RuntimeException ex)
        {
            return null;
        }
    }

    /** Null when either reading is missing or no time passed. */
    static Usage between(final Reading before, final Reading after, final int cores)
    {
        if (before == null || after == null || after.machineTotal() <= before.machineTotal())
        {
            return null;
        }
        final double ticks = (double)(after.machineTotal() - before.machineTotal()) / cores;
        return new Usage(
            round((after.machineBusy() - before.machineBusy()) / ticks),
            round((after.self() - before.self()) / ticks),
            round(Math.max(0, after.others() - before.others()) / ticks));
    }

    /** utime + stime, and the reaped children's when asked; 0 for a process that is already gone. */
    private static long ticks(final Path process, final boolean withChildren)
    {
        try
        {
            final String stat = Files.readString(process.resolve("stat"));
            // The command name in parentheses may hold spaces: count fields from after it.
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            final long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        }
        catch (final IOException | RuntimeException ex)
        {
            return 0;
        }
    }

    private static double round(final double cores)
    {
        return Math.round(cores * 100) / 100.0;
    }
}
