package dev.kairos.gateway;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * Engine time for {@code --clock-speed N}: N times faster than the wall clock, for demos and tests
 * that need hours of SLA time in seconds. Engine time is a line through an anchor (an engine time
 * and the wall time it was read at), kept in {@code DATA/engine-clock.properties}; after a restart
 * it continues on the old line up to now (down time counts, at the old speed) and a new line
 * starts there at the new speed. So it never goes back, and journaled times stay engine times.
 * Speed 1 with no anchor is the wall clock itself, and writes nothing.
 * <p>
 * This is the one place that reads the wall clock for engine time; the engine only sees the
 * {@link InstantSource}. Any thread.
 */
final class EngineClock implements InstantSource
{
    static final String FILE = "engine-clock.properties";

    private final double speed;
    private final long engineAnchor;
    private final long wallAnchor;
    private final LongSupplier wall;

    private EngineClock(final double speed, final long engineAnchor, final long wallAnchor, final LongSupplier wall)
    {
        this.speed = speed;
        this.engineAnchor = engineAnchor;
        this.wallAnchor = wallAnchor;
        this.wall = wall;
    }

    /** The engine clock for a data folder at {@code speed}, continuing its anchor if it has one. */
    static InstantSource resume(final Path data, final double speed)
    {
        return resume(data, speed, System::currentTimeMillis);
    }

    static InstantSource resume(final Path data, final double speed, final LongSupplier wall)
    {
        if (!(speed > 0) || Double.isInfinite(speed))
        {
            throw new IllegalArgumentException("clockSpeed (--clock-speed): must be a positive number, was " + speed);
        }
        final Path file = data.resolve(FILE);
        final long wallNow = wall.getAsLong();
        final EngineClock previous = Files.exists(file) ? read(file, wall) : null;
        if (previous == null && speed == 1)
        {
            return InstantSource.system();
        }
        final long engineNow = previous == null ? wallNow : previous.millisAt(wallNow);
        final EngineClock clock = new EngineClock(speed, engineNow, wallNow, wall);
        clock.write(file);
        return clock;
    }

    @Override
    public long millis()
    {
        return millisAt(wall.getAsLong());
    }

    @Override
    public Instant instant()
    {
        return Instant.ofEpochMilli(millis());
    }

    double speed()
    {
        return speed;
    }

    private long millisAt(final long wallNow)
    {
        return engineAnchor + (long)((wallNow - wallAnchor) * speed);
    }

    private static EngineClock read(final Path file, final LongSupplier wall)
    {
        final Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file))
        {
            properties.load(in);
            return new EngineClock(Double.parseDouble(properties.getProperty("speed")),
                Long.parseLong(properties.getProperty("engineAnchor")), Long.parseLong(properties.getProperty("wallAnchor")), wall);
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new IllegalArgumentException("clockSpeed (--clock-speed): cannot read the engine clock anchor " + file
                + " (" + ex.getMessage() + "); fix or remove it", ex);
        }
    }

    private void write(final Path file)
    {
        final Properties properties = new Properties();
        properties.setProperty("speed", Double.toString(speed));
        properties.setProperty("engineAnchor", Long.toString(engineAnchor));
        properties.setProperty("wallAnchor", Long.toString(wallAnchor));
        try
        {
            Files.createDirectories(file.getParent());
            final Path temporary = file.resolveSibling(FILE + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary))
            {
                properties.store(out, "Kairos engine time = engineAnchor + (wall time - wallAnchor) x speed, in epoch ms");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the engine clock anchor " + file, ex);
        }
    }
}
