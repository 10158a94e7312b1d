package dev.kairos.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was during a run, and how much of that was this process, from Linux's
 * {@code /proc}. On a shared two-core machine another engineer's build can take a core in the
 * middle of a run; the share used by other processes is how a reader tells a disturbed run from
 * a slow server, and repeats it. Readings are null where {@code /proc} is not there.
 */
final class CpuMeter
{
    /** Busy and total ticks of the machine, and ticks of this process (user + system). */
    record Reading(long machineBusy, long machineTotal, long self, long steal)
    {
    }

    /** Over one run, in cores (1.0 = one core busy the whole run). */
    record Usage(double machine, double self, double others, double steal)
    {
    }

    private static final Path STAT = Path.of("/proc/stat");
    private static final Path SELF = Path.of("/proc/self/stat");

    private CpuMeter()
    {
    }

    static Reading read()
    {
        try
        {
            final String[] cpu = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            final long user = Long.parseLong(cpu[1]);
            final long nice = Long.parseLong(cpu[2]);
            final long system = Long.parseLong(cpu[3]);
            final long idle = Long.parseLong(cpu[4]);
            final long iowait = Long.parseLong(cpu[5]);
            final long irq = Long.parseLong(cpu[6]);
            final long softirq = Long.parseLong(cpu[7]);
            final long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
            final long busy = user + nice + system + irq + softirq + steal;
            // The command name in parentheses may hold spaces: count fields from after it.
            final String self = Files.readString(SELF);
            final String[] fields = self.substring(self.lastIndexOf(')') + 2).split(" ");
            final long selfTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new Reading(busy, busy + idle + iowait, selfTicks, steal);
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
        final double machine = (after.machineBusy() - before.machineBusy()) / ticks;
        final double self = (after.self() - before.self()) / ticks;
        return new Usage(round(machine), round(self), round(Math.max(0, machine - self)), round((after.steal() - before.steal()) / ticks));
    }

    private static double round(final double cores)
    {
        return Math.round(cores * 100) / 100.0;
    }
}
