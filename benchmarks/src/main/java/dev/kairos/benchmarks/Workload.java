package dev.kairos.benchmarks;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic commands from the demo city's generator, made before measuring. Fixed seed. */
final class Workload
{
    static final long SEED = 20261123L;
    static final long DAY_START = 1_795_420_800_000L;

    private Workload()
    {
    }

    static City city(final int engineers)
    {
        final CityProfile demo = CityProfile.demo(SEED);
        return new CityGenerator(new CityProfile(SEED, demo.centre(), demo.radiusKm(), demo.depots(), engineers,
            demo.hotspots(), 3_600)).build(DAY_START);
    }

    /** Tickets and pings in the ratio the load issue describes: twenty pings per new ticket. */
    static List<Command> mix(final City city, final int count)
    {
        final TicketStream tickets = new TicketStream(city, SEED);
        final Random random = new Random(SEED);
        final List<Command> commands = new ArrayList<>(count);
        long at = DAY_START;
        for (int i = 0; i < count; i++)
        {
            at += 1;
            if (i % 21 == 0)
            {
                commands.add(tickets.next(at));
            }
            else
            {
                final PutEngineer engineer = city.engineers().get(random.nextInt(city.engineers().size()));
                final Location home = engineer.spec().home();
                commands.add(new EngineerLocation(at, engineer.engineerId(),
                    new Location(home.lat() + random.nextGaussian() * 0.01, home.lon() + random.nextGaussian() * 0.01), at));
            }
        }
        return commands;
    }

    static Path tempFolder(final String prefix)
    {
        try
        {
            return Files.createTempDirectory(prefix);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    static void delete(final Path root)
    {
        dev.kairos.solver.journal.Folders.delete(root);
    }
}
