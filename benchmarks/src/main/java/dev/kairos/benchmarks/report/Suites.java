package dev.kairos.benchmarks.report;

import dev.kairos.scenarios.check.Violation;
import dev.kairos.scenarios.check.ViolationKind;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.ReleaseDatesReader;
import dev.kairos.scenarios.scenario.PillacScenario;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioFile;
import dev.kairos.scenarios.published.SolomonBestKnown;
import dev.kairos.scenarios.published.SolomonReader;
import dev.kairos.scenarios.sim.Kpis;
import dev.kairos.scenarios.sim.Policy;
import dev.kairos.scenarios.sim.Simulation;
import dev.kairos.scenarios.solve.PillacSolve;
import dev.kairos.scenarios.solve.SolomonSolve;
import dev.kairos.scenarios.solve.TechnicianCount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The tasks of each suite, in a fixed order, so a resumed run picks up where it stopped. */
final class Suites
{
    static final String KAIROS = "kairos";
    static final String JSPRIT = "jsprit";
    /** City scenarios by default: 12 engineers in a 12 km radius; the ticket rate and day length are the command's. */
    static final int CITY_ENGINEERS = 12;
    static final double CITY_RADIUS_KM = 12;

    private Suites()
    {
    }

    static List<Task> solomon(final PublishedData data, final Predicate<String> wanted, final Duration budget,
        final boolean jsprit) throws IOException
    {
        final Map<String, SolomonBestKnown> best =
            byInstance(SolomonReader.readBestKnown(data.solomonBestKnown()), SolomonBestKnown::instance);
        final List<Task> tasks = new ArrayList<>();
        for (final String name : data.solomonNames().stream().filter(wanted).toList())
        {
            final Path file = data.solomonFile(name);
            final SolomonBestKnown bks = best.get(name);
            tasks.add(new Task("solomon", name, KAIROS, () ->
            {
                final SolomonSolve.Result result = SolomonSolve.solve(SolomonReader.read(file), budget);
                return new ResultRow("solomon", name, KAIROS, result.report().vehiclesUsed(), result.report().distance(),
                    bks == null ? -1 : bks.vehicles(), bks == null ? Double.NaN : bks.distance(),
                    result.report().feasible(), result.seconds(), violations(result.report().violations()));
            }));
            if (jsprit)
            {
                tasks.add(new Task("solomon", name, JSPRIT, () ->
                {
                    final JspritSolve.Result result = JspritSolve.solve(SolomonReader.read(file), budget);
                    return new ResultRow("solomon", name, JSPRIT, result.report().vehiclesUsed(), result.report().distance(),
                        bks == null ? -1 : bks.vehicles(), bks == null ? Double.NaN : bks.distance(),
                        result.report().feasible(), result.seconds(), violations(result.report().violations()));
                }));
            }
        }
        return tasks;
    }

    /**
     * Each Pillac file solved for working time; with {@code technicians} (a number or
     * {@link TechnicianCount#PUBLISHED}, null for free) at that count, resolved for every file before
     * the first runs so a bad value fails at once.
     */
    static List<Task> pillac(final PublishedData data, final Predicate<String> wanted, final Duration budget,
        final String technicians) throws IOException
    {
        final Map<String, PillacBest> best = byInstance(PillacReader.readBest(data.pillacBest()), PillacBest::instance);
        final List<Task> tasks = new ArrayList<>();
        for (final String name : data.pillacNames().stream().filter(wanted).toList())
        {
            final Path file = data.pillacFile(name);
            final PillacBest authors = best.get(name);
            final OptionalInt count = TechnicianCount.resolve(technicians, PillacReader.read(file), authors);
            tasks.add(new Task("pillac", name, KAIROS, () ->
            {
                final PillacSolve.Result result = PillacSolve.solve(PillacReader.read(file), budget, count);
                return new ResultRow("pillac", name, KAIROS, result.report().techniciansUsed(),
                    result.report().workingTime(), authors == null ? -1 : authors.techniciansUsed(),
                    authors == null ? Double.NaN : authors.workingTime(), result.report().feasible(), result.seconds(),
                    String.format(Locale.ROOT, "%s%s; distance %.2f; %d restocked; seed %d",
                        count.isEmpty() ? "" : String.format(Locale.ROOT, "asked for %d technicians%s; ", count.getAsInt(),
                            result.countHeld() ? "" : ", not held"),
                        violations(result.report().violations()), result.distance(), result.restocked(), result.seed()));
            }));
        }
        return tasks;
    }

    /**
     * Kairos and greedy dispatch over the same simulated days, one per seed, in a city of {@code radiusKm}
     * served by {@code engineers}. The instance name carries both when they are not the default, so
     * results for several areas can share one results file.
     */
    static List<Task> city(final List<Long> seeds, final int hours, final double ticketsPerHour, final int engineers,
        final double radiusKm)
    {
        final long dayStart = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
        final List<Task> tasks = new ArrayList<>();
        for (final long seed : seeds)
        {
            final String instance = String.format(Locale.ROOT, "city-seed-%d-%dh-%.0fph", seed, hours, ticketsPerHour)
                + (engineers == CITY_ENGINEERS && radiusKm == CITY_RADIUS_KM ? ""
                : String.format(Locale.ROOT, "-%de-%.0fkm", engineers, radiusKm));
            for (final Policy policy : Policy.values())
            {
                final String solver = policy.name().toLowerCase(Locale.ROOT);
                tasks.add(new Task("city", instance, solver, () ->
                {
                    final CityProfile demo = CityProfile.demo(seed);
                    final CityProfile profile = new CityProfile(seed, demo.centre(), radiusKm, 2, engineers, 5, ticketsPerHour);
                    final Path journal = Files.createTempDirectory("kairos-report-city");
                    final long started = System.nanoTime();
                    final Kpis kpis;
                    try
                    {
                        kpis = Simulation.run(profile, dayStart, Duration.ofHours(hours), policy, journal);
                    }
                    finally
                    {
                        dev.kairos.solver.journal.Folders.delete(journal);
                    }
                    final double seconds = (System.nanoTime() - started) / 1e9;
                    return new ResultRow("city", instance, solver, engineers, kpis.travelKm(), -1, Double.NaN, true,
                        seconds, String.format(Locale.ROOT,
                            "SLA response %.1f %% (due in the day %.1f %%), resolution %.1f %%; released %d, completed %d, "
                                + "open %d; resolution p90 %.0f min; %.2f km a completion; reassignments %d; driving %.0f min, "
                                + "utilisation %.1f %%, overtime %.0f min, short of parts %d",
                            100 * kpis.live().response().rate(), 100 * kpis.responseDueInDayRate(),
                            100 * kpis.live().resolution().rate(), kpis.released(), kpis.completed(), kpis.open(),
                            kpis.resolutionP90Minutes(), kpis.travelPerCompleted(), kpis.reassignments(),
                            kpis.field().drivingMinutes(), 100 * kpis.field().utilisation(), kpis.field().overtimeMinutes(),
                            kpis.field().visitsShortOfParts()));
                }));
            }
        }
        return tasks;
    }

    /**
     * The Pillac instances replayed live: for each crew size and dynamic share (rd_NN, the percent of
     * requests released during the day; 0 = the static instance, every request known at the start),
     * the day simulated with Kairos and with greedy dispatch.
     * The objective is total working time, next to the authors' static best (every request known
     * in advance, 25 technicians); "feasible" means every request served with no window missed and no
     * visit reached without its tools.
     * With {@code scenarioFolder}, each scenario is also written there as a file for {@code kairos
     * simulate --scenario}.
     */
    static List<Task> dynamic(final PublishedData data, final Predicate<String> wanted, final List<Integer> crews,
        final List<Integer> percents, final Path scenarioFolder) throws IOException
    {
        final Map<String, PillacBest> best = byInstance(PillacReader.readBest(data.pillacBest()), PillacBest::instance);
        final List<Task> tasks = new ArrayList<>();
        for (final String name : data.pillacNames().stream().filter(wanted).toList())
        {
            final PillacBest authors = best.get(name);
            for (final int crew : crews)
            {
                for (final int percent : percents)
                {
                    final String instance = PillacScenario.name(name, percent == 0 ? null : percent, crew);
                    for (final Policy policy : Policy.values())
                    {
                        final String solver = policy.name().toLowerCase(Locale.ROOT);
                        tasks.add(new Task("dynamic", instance, solver, () ->
                            dynamicDay(data, name, percent, crew, policy, authors, scenarioFolder)));
                    }
                }
            }
        }
        return tasks;
    }

    private static ResultRow dynamicDay(final PublishedData data, final String name, final int percent, final int crew,
        final Policy policy, final PillacBest authors, final Path scenarioFolder) throws IOException
    {
        // 0 % released live: the static instance on the same simulator, what the live model does with full knowledge.
        final Scenario scenario = PillacScenario.of(PillacReader.read(data.pillacFile(name)), percent == 0 ? null
            : ReleaseDatesReader.read(ReleaseDatesReader.file(data.releaseDatesDirectory(), name, percent)), crew);
        if (scenarioFolder != null)
        {
            ScenarioFile.write(scenario, scenarioFolder.resolve(scenario.name() + ".json"));
        }
        final Path journal = Files.createTempDirectory("kairos-report-dynamic");
        final long started = System.nanoTime();
        final Kpis kpis;
        try
        {
            kpis = Simulation.run(scenario, policy, journal);
        }
        finally
        {
            dev.kairos.solver.journal.Folders.delete(journal);
        }
        final double seconds = (System.nanoTime() - started) / 1e9;
        // Working time in the instance's time units, the unit of the published best.
        final double workingTime = kpis.workingMinutes() / scenario.area().unitMinutes();
        return new ResultRow("dynamic", scenario.name(), policy.name().toLowerCase(Locale.ROOT), kpis.engineersUsed(),
            workingTime, authors == null ? -1 : authors.techniciansUsed(),
            authors == null ? Double.NaN : authors.workingTime(),
            kpis.open() == 0 && kpis.missedWindows() == 0 && kpis.visitsWithoutTools() == 0, seconds,
            String.format(Locale.ROOT, "served %d of %d, missed windows %d, working time %.1f, travel %.1f, "
                    + "reassignments %d, without tools %d", kpis.completed(), kpis.released(), kpis.missedWindows(), workingTime,
                kpis.travelKm(), kpis.reassignments(), kpis.visitsWithoutTools()));
    }

    /** "checked: no violation", or the checker's violations counted by kind. */
    private static String violations(final List<Violation> violations)
    {
        if (violations.isEmpty())
        {
            return "checked: no violation";
        }
        final Map<ViolationKind, Long> byKind = new java.util.TreeMap<>(violations.stream()
            .collect(Collectors.groupingBy(Violation::kind, Collectors.counting())));
        return "checker: " + byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> byInstance(final List<T> rows, final Function<T, String> instance)
    {
        return rows.stream().collect(Collectors.toMap(instance, Function.identity()));
    }
}
