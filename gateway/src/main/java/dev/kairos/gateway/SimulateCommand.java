package dev.kairos.gateway;

import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.scenario.CityScenario;
import dev.kairos.scenarios.scenario.InvalidScenarioException;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioFile;
import dev.kairos.scenarios.sim.EngineLink;
import dev.kairos.scenarios.sim.Kpis;
import dev.kairos.scenarios.sim.Policy;
import dev.kairos.scenarios.sim.Simulation;
import dev.kairos.solver.journal.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code kairos simulate}: a generated city's day on the real engine with a virtual clock, once per
 * policy and seed, printing the KPIs side by side. Reproducible: a seed always gives the same KPIs.
 * With {@code --scenario FILE,...} it runs scenario files (docs/SCENARIOS.md) instead of cities;
 * {@code --write-scenarios DIR} saves each generated city day as a file before running it; with
 * {@code --over-http} the commands go through the HTTP API of a server on loopback ({@link HttpLink}).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Simulate a day: Kairos against greedy dispatch.")
final class SimulateCommand implements Callable<Integer>
{
    @Option(names = "--engineers", defaultValue = "20")
    int engineers;

    @Option(names = "--tickets-per-hour", defaultValue = "24")
    double ticketsPerHour;

    @Option(names = "--radius-km", defaultValue = "12", paramLabel = "KM",
        description = "The city's radius (default ${DEFAULT-VALUE}); a metropolitan or regional area is 25 or more.")
    double radiusKm;

    @Option(names = "--hotspots", defaultValue = "5", paramLabel = "N",
        description = "Demand clusters: 70 % of tickets fall near one (default ${DEFAULT-VALUE}).")
    int hotspots;

    @Option(names = "--hours", defaultValue = "8")
    int hours;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5")
    List<Long> seeds;

    @Option(names = "--policy", split = ",", defaultValue = "KAIROS,GREEDY", description = "KAIROS, GREEDY or both.")
    List<Policy> policies;

    @Option(names = "--scenario", split = ",", paramLabel = "FILE",
        description = "Scenario files to run (docs/SCENARIOS.md) instead of generated cities.")
    List<Path> scenarios;

    @Option(names = "--rounds-per-minute", defaultValue = "" + Simulation.ROUNDS_PER_STEP, paramLabel = "N",
        description = "Optimiser rounds a simulated minute (default ${DEFAULT-VALUE}; a live server takes a hundred or more). "
            + "Run time grows with it; the KPIs stay the same for the same N.")
    int roundsPerMinute;

    @Option(names = "--over-http", description = "Send every command as an HTTP request to a server on loopback on the "
        + "simulated clock, instead of into the engine's inbox; the same KPIs, slower.")
    boolean overHttp;

    @Option(names = "--write-scenarios", paramLabel = "DIR", description = "Also write each city day as DIR/city-seed-N.json.")
    Path writeTo;

    /** Where the KPI rows go; a test reads them here. */
    java.io.PrintStream out = System.out;

    @Override
    public Integer call() throws Exception
    {
        if (roundsPerMinute < 0)
        {
            System.err.println("kairos simulate: --rounds-per-minute must be 0 or more, got " + roundsPerMinute);
            return 2;
        }
        if (!(radiusKm > 0) || hotspots < 0)
        {
            System.err.println("kairos simulate: --radius-km must be above 0 and --hotspots 0 or more, got "
                + radiusKm + " and " + hotspots);
            return 2;
        }
        if (scenarios != null)
        {
            for (final Path file : scenarios)
            {
                final Scenario scenario;
                try
                {
                    scenario = ScenarioFile.read(file);
                }
                catch (final InvalidScenarioException e)
                {
                    // The message names the file, field and value: all the user needs, no stack trace.
                    System.err.println("kairos simulate: " + e.getMessage());
                    return 2;
                }
                for (final Policy policy : policies)
                {
                    out.println(day(scenario, policy).row());
                }
            }
            return 0;
        }
        final long dayStart = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
        for (final long seed : seeds)
        {
            final CityProfile demo = CityProfile.demo(seed);
            final CityProfile profile = new CityProfile(seed, demo.centre(), radiusKm, 2, engineers, hotspots, ticketsPerHour);
            if (writeTo != null)
            {
                ScenarioFile.write(CityScenario.day(profile, dayStart, Duration.ofHours(hours)),
                    writeTo.resolve("city-seed-" + seed + ".json"));
            }
            for (final Policy policy : policies)
            {
                out.println(day(CityScenario.day(profile, dayStart, Duration.ofHours(hours)), policy).row());
            }
        }
        return 0;
    }

    /** One day on a journal of its own, deleted afterwards: a simulated day is measured, not kept. */
    private Kpis day(final Scenario scenario, final Policy policy) throws java.io.IOException
    {
        final Path folder = Files.createTempDirectory("kairos-sim");
        try
        {
            return Simulation.run(scenario, policy, folder.resolve("journal"), roundsPerMinute,
                overHttp ? HttpLink.OPENER : EngineLink.INBOX);
        }
        finally
        {
            Folders.delete(folder);
        }
    }
}
