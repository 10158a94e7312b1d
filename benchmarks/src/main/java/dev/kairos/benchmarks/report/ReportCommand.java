package dev.kairos.benchmarks.report;

import dev.kairos.scenarios.published.PublishedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code ./kairos report --suite solomon|pillac|city|dynamic|all --seconds S --out DIR [--resume]}: runs a
 * suite at a fixed budget per instance, appending each result to DIR/results.csv as it finishes,
 * then writes DIR/report.md and a gap chart per suite. Solomon instances are also solved by jsprit
 * at the same budget unless {@code --no-jsprit}. The dynamic suite (Pillac days with release dates,
 * simulated with Kairos and greedy dispatch at the simulator's fixed budget, {@code --seconds} unused)
 * is not part of {@code all}: at two crews and three shares it is 672 simulated days. With
 * {@code --technicians N|published} the Pillac files are solved at that technician count.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Run a quality suite (published instances, simulated city days) and write CSV, markdown and charts.")
public final class ReportCommand implements Callable<Integer>
{
    enum Suite
    {
        SOLOMON, PILLAC, CITY, DYNAMIC, ALL
    }

    @Option(names = "--suite", required = true, description = "solomon, pillac, city, dynamic or all (all leaves dynamic out).")
    String suite;

    @Option(names = "--seconds", defaultValue = "5", description = "Budget per instance and solver (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--out", required = true, description = "Folder for results.csv, report.md and the charts.")
    Path out;

    @Option(names = "--resume", description = "Continue DIR/results.csv, skipping what it holds.")
    boolean resume;

    @Option(names = "--instances", split = ",", description = "Only instances whose names start with these (e.g. C1,R101).")
    List<String> instances;

    @Option(names = "--no-jsprit", description = "Skip jsprit on the Solomon instances.")
    boolean noJsprit;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5", description = "City suite seeds.")
    List<Long> seeds;

    @Option(names = "--city-hours", defaultValue = "8", description = "Length of each simulated city day (default ${DEFAULT-VALUE}).")
    int cityHours;

    @Option(names = "--city-rate", defaultValue = "14",
        description = "City tickets per hour (default ${DEFAULT-VALUE}: more than the default 12 engineers can finish, a stressed day).")
    double cityRate;

    @Option(names = "--city-engineers", defaultValue = "" + Suites.CITY_ENGINEERS,
        description = "Engineers in each city (default ${DEFAULT-VALUE}).")
    int cityEngineers;

    @Option(names = "--city-radius-km", defaultValue = "" + Suites.CITY_RADIUS_KM,
        description = "The city's radius in km (default ${DEFAULT-VALUE}; a regional area is 25 or more).")
    double cityRadiusKm;

    @Option(names = "--crews", split = ",", defaultValue = "15,25",
        description = "Dynamic suite: crew sizes, the first N technicians of each instance (default ${DEFAULT-VALUE}).")
    List<Integer> crews;

    @Option(names = "--dynamic", split = ",", defaultValue = "10,50,90",
        description = "Dynamic suite: percent of requests released during the day, of 10,30,50,70,90, or 0 for the "
            + "static instance (default ${DEFAULT-VALUE}).")
    List<Integer> dynamicPercents;

    @Option(names = "--technicians", paramLabel = "N|published",
        description = "Pillac suite: use exactly N technicians on every file, or the authors' count on each (published).")
    String technicians;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "The published data folder (default: ../shared/data beside the project).")
    Path data;

    public static void main(final String[] args)
    {
        // jsprit logs every run at INFO; the progress bar and the results say what matters.
        System.setProperty("org.slf4j.simpleLogger.log.com.graphhopper", "warn");
        System.exit(new CommandLine(new ReportCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Suite chosen = Suite.valueOf(suite.toUpperCase(java.util.Locale.ROOT));
        final PublishedData published = data != null ? new PublishedData(data)
            : PublishedData.nextTo(Path.of(System.getProperty(PublishedData.ROOT_PROPERTY, ".")));
        final Predicate<String> wanted = name -> instances == null || instances.stream().anyMatch(name::startsWith);
        final Duration budget = Duration.ofSeconds(seconds);
        final List<Task> tasks = new ArrayList<>();
        if (chosen == Suite.SOLOMON || chosen == Suite.ALL)
        {
            tasks.addAll(Suites.solomon(published, wanted, budget, !noJsprit));
        }
        if (chosen == Suite.PILLAC || chosen == Suite.ALL)
        {
            try
            {
                tasks.addAll(Suites.pillac(published, wanted, budget, technicians));
            }
            catch (final IllegalArgumentException e)
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "--technicians " + technicians + ": " + e.getMessage());
            }
        }
        if (chosen == Suite.CITY || chosen == Suite.ALL)
        {
            if (cityEngineers < 1 || !(cityRadiusKm > 0))
            {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    "--city-engineers must be 1 or more and --city-radius-km above 0, got " + cityEngineers + " and " + cityRadiusKm);
            }
            tasks.addAll(Suites.city(seeds, cityHours, cityRate, cityEngineers, cityRadiusKm));
        }
        if (chosen == Suite.DYNAMIC)
        {
            tasks.addAll(Suites.dynamic(published, wanted, crews, dynamicPercents, out.resolve("scenarios")));
        }
        final int ran = ReportRunner.run(tasks, out, resume, seconds, System.err);
        System.out.printf("ran %d of %d; results in %s%n", ran, tasks.size(), out.resolve(ReportRunner.MARKDOWN));
        return 0;
    }
}
