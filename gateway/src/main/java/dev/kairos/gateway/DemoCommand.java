package dev.kairos.gateway;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.live.LiveFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * {@code kairos demo}: the server on a local data folder with a generated city whose tickets
 * arrive live. The API key lives in the data folder so every run prints the same one.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the server with a generated live city.")
final class DemoCommand implements java.util.concurrent.Callable<Integer>
{
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "demo-data", description = "Data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed", defaultValue = "20261123", description = "City and ticket stream seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--engineers", defaultValue = "40", description = "Engineers in the city (default ${DEFAULT-VALUE}).")
    int engineers;

    @Option(names = "--tickets-per-hour", defaultValue = "60", description = "Mean ticket arrival rate (default ${DEFAULT-VALUE}).")
    double ticketsPerHour;

    @Option(names = "--backlog", defaultValue = "24",
        description = "Open tickets sent at once when the city is first set up (default ${DEFAULT-VALUE}).")
    int backlog;

    @Option(names = "--clock-speed", defaultValue = "1", description = "Run engine time N times faster than the wall clock: "
        + "tickets arrive, engineers drive and SLA clocks run at that pace, so a day plays in minutes; "
        + "resumes where the last run left it (default ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Override
    public Integer call() throws Exception
    {
        final String apiKey = demoKey(data);
        final InstantSource clock;
        try
        {
            clock = clockSpeed != 1 || Files.exists(data.resolve(EngineClock.FILE)) ?
                EngineClock.resume(data, clockSpeed) : InstantSource.system();
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("kairos: " + ex.getMessage());
            return 2;
        }
        final CityProfile demo = CityProfile.demo(seed);
        final CityProfile profile = new CityProfile(seed, demo.centre(), demo.radiusKm(), demo.depots(), engineers,
            demo.hotspots(), ticketsPerHour);
        final long dayStart = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS).toEpochMilli();
        final City city = new CityGenerator(profile).build(dayStart);
        final ServerContext context = new ServerContext().port(port).dataFolder(data).adminKey(apiKey).clock(clock);
        final LiveFeed[] feed = new LiveFeed[1];
        System.out.println("Kairos demo: city seed " + seed + ", " + engineers + " engineers, ~" + ticketsPerHour + " tickets/hour"
            + (clockSpeed == 1 ? "" : ", engine time at " + clockSpeed + "x"));
        final int status = ServeCommand.run(context, server ->
        {
            feed[0] = new LiveFeed(server.engine(), city, clock, seed, 10, clockSpeed);
            final int sent = feed[0].setUpIfEmpty(backlog);
            feed[0].start();
            System.out.println(sent > 0 ? "Set up the city: " + sent + " depots, engineers, SLA policies and opening tickets journaled" :
                "Resumed the city from the journal at position " + server.engine().startPosition());
            System.out.println("API key: " + apiKey + "   (kept in " + data.resolve(KEY_FILE) + ")");
            System.out.println("Try:     curl -H 'Authorization: Bearer " + apiKey + "' " + server.url() + "/v1/engineers/E-001");
            System.out.println("Console: " + server.url() + "/console   (log in with the API key)");
            System.out.println("API doc: " + server.url() + "/docs");
            System.out.println("Metrics: " + server.url() + "/metrics   (with the API key)");
            System.out.println("Health:  " + server.url() + "/health");
        });
        if (feed[0] != null)
        {
            feed[0].close();
        }
        return status;
    }

    private static final String KEY_FILE = "api-key.txt";

    /** The demo's admin key: read from the data folder, or made and stored there on first run. */
    static String demoKey(final Path data) throws IOException
    {
        final Path file = data.resolve(KEY_FILE);
        if (Files.exists(file))
        {
            return Files.readString(file).trim();
        }
        Files.createDirectories(data);
        final String key = AdminKey.generate();
        Files.writeString(file, key + System.lineSeparator());
        return key;
    }
}
