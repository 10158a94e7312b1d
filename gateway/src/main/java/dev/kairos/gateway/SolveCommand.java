package dev.kairos.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kairos.gateway.http.Json;
import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.SolomonBestKnown;
import dev.kairos.scenarios.published.SolomonReader;
import dev.kairos.scenarios.solve.PillacSolve;
import dev.kairos.scenarios.solve.SolomonSolve;
import dev.kairos.scenarios.solve.TechnicianCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code kairos solve FILE... --seconds S [--technicians N|published] [--json]}: published Solomon
 * VRPTW or Pillac TRSP instances solved with Kairos's model, checked by the independent checker,
 * compared with the best known results (Solomon: {@code bks.csv} beside the file; Pillac:
 * {@code pillac-crew25-best.csv} beside its folder). Pillac files may be solved with a fixed crew:
 * exactly N technicians, or the authors' count; a count the search cannot hold is reported, and
 * the checker counts it as a violation.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Solve published VRPTW (Solomon) or TRSP (Pillac) instances and check the result.")
final class SolveCommand implements Callable<Integer>
{
    @Parameters(arity = "1..*", description = "Instance files (e.g. ../shared/data/solomon/C101.txt, "
        + "../shared/data/trsp/pillac-crew25/C101.100_25-5-5-5.txt).")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "10", description = "Time budget per instance (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--json", description = "One JSON object per instance instead of a table row.")
    boolean json;

    @Option(names = "--technicians", paramLabel = "N|published",
        description = "Pillac files: use exactly N technicians, or the count in the authors' best routes "
            + "(published). Default: as many as the shortest working time needs.")
    String technicians;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception
    {
        // Every count is resolved before the first solve: a bad value fails at once, not after minutes of solving.
        final Map<Path, OptionalInt> counts = new HashMap<>();
        for (final Path file : files)
        {
            if (technicians != null && !isPillac(file))
            {
                throw new ParameterException(spec.commandLine(), "--technicians applies to Pillac TRSP files, not " + file);
            }
            if (technicians != null)
            {
                counts.put(file, count(file));
            }
        }
        if (!json)
        {
            System.out.printf("%-20s %8s %10s %12s %9s %6s %12s %8s%s%n", "instance", "vehicles", "distance", "working_time",
                "feasible", "bks_v", "bks_value", "gap_%", technicians == null ? "" : String.format(" %6s", "asked"));
        }
        boolean allFeasible = true;
        for (final Path file : files)
        {
            allFeasible &= isPillac(file) ? solvePillac(file, counts.getOrDefault(file, OptionalInt.empty()))
                : solveSolomon(file);
        }
        return allFeasible ? 0 : 1;
    }

    private OptionalInt count(final Path file) throws IOException
    {
        final var instance = PillacReader.read(file);
        try
        {
            return TechnicianCount.resolve(technicians, instance, pillacBest(file, instance.name()));
        }
        catch (final IllegalArgumentException e)
        {
            throw new ParameterException(spec.commandLine(), "--technicians " + technicians + ": " + e.getMessage());
        }
    }

    /** Pillac files name their crew; Solomon files do not. */
    static boolean isPillac(final Path file) throws IOException
    {
        try (var lines = Files.lines(file))
        {
            return lines.limit(10).anyMatch(line -> line.contains("CREW COUNT"));
        }
    }

    private boolean solveSolomon(final Path file) throws IOException
    {
        final var instance = SolomonReader.read(file);
        final SolomonSolve.Result result = SolomonSolve.solve(instance, Duration.ofSeconds(seconds));
        final SolomonBestKnown best = bestKnown(file, instance.name());
        final double gap = best == null ? Double.NaN : 100 * (result.report().distance() / best.distance() - 1);
        if (json)
        {
            final ObjectNode row = Json.MAPPER.createObjectNode()
                .put("instance", instance.name())
                .put("vehicles", result.report().vehiclesUsed())
                .put("distance", result.report().distance())
                .put("feasible", result.report().feasible())
                .put("violations", result.report().violations().size())
                .put("seconds", result.seconds());
            if (best != null)
            {
                row.put("bestVehicles", best.vehicles()).put("bestDistance", best.distance()).put("distanceGapPercent", gap);
            }
            System.out.println(Json.MAPPER.writeValueAsString(row));
        }
        else
        {
            System.out.printf("%-20s %8d %10.2f %12s %9s %6s %12s %8s%n", instance.name(), result.report().vehiclesUsed(),
                result.report().distance(), "-", result.report().feasible(), best == null ? "-" : best.vehicles(),
                best == null ? "-" : String.format("%.2f", best.distance()), best == null ? "-" : String.format("%.2f", gap));
        }
        return result.report().feasible();
    }

    private boolean solvePillac(final Path file, final OptionalInt count) throws IOException
    {
        final var instance = PillacReader.read(file);
        final PillacBest best = pillacBest(file, instance.name());
        final PillacSolve.Result result = PillacSolve.solve(instance, Duration.ofSeconds(seconds), count);
        final double gap = best == null ? Double.NaN : 100 * (result.report().workingTime() / best.workingTime() - 1);
        if (json)
        {
            final ObjectNode row = Json.MAPPER.createObjectNode()
                .put("instance", instance.name())
                .put("vehicles", result.report().techniciansUsed())
                .put("distance", result.distance())
                .put("workingTime", result.report().workingTime())
                .put("feasible", result.report().feasible())
                .put("violations", result.report().violations().size())
                .put("restocked", result.restocked())
                .put("seed", result.seed())
                .put("seconds", result.seconds());
            count.ifPresent(n -> row.put("technicians", n).put("countHeld", result.countHeld()));
            if (best != null)
            {
                row.put("bestVehicles", best.techniciansUsed()).put("bestWorkingTime", best.workingTime())
                    .put("workingTimeGapPercent", gap);
            }
            System.out.println(Json.MAPPER.writeValueAsString(row));
        }
        else
        {
            System.out.printf("%-20s %8d %10.2f %12.2f %9s %6s %12s %8s%s%n", instance.name(),
                result.report().techniciansUsed(), result.distance(), result.report().workingTime(),
                result.report().feasible(), best == null ? "-" : best.techniciansUsed(),
                best == null ? "-" : String.format("%.2f", best.workingTime()), best == null ? "-" : String.format("%.2f", gap),
                count.isEmpty() ? "" : String.format(" %6d", count.getAsInt()));
        }
        if (!result.countHeld() && !json)
        {
            final int used = result.report().techniciansUsed();
            System.out.printf(used > count.getAsInt()
                ? "  asked for %d technicians: within %d s the search found no plan serving every request with them, and used %d%n"
                : "  asked for %d technicians: within %d s the search found requests for only %d of them (skills, windows, shifts)%n",
                count.getAsInt(), seconds, used);
        }
        if (!result.report().feasible() && !json)
        {
            result.report().violations().stream().limit(5).forEach(v -> System.out.println("  " + v.detail()));
        }
        return result.report().feasible();
    }

    /** The best known result from bks.csv beside the instance file, if there is one. */
    private static SolomonBestKnown bestKnown(final Path file, final String name) throws IOException
    {
        final Path bks = file.toAbsolutePath().getParent().resolve("bks.csv");
        if (!Files.exists(bks))
        {
            return null;
        }
        return SolomonReader.readBestKnown(bks).stream().filter(b -> b.instance().equals(name)).findFirst().orElse(null);
    }

    /** The authors' result from pillac-crew25-best.csv beside the instance folder, if there is one. */
    private static PillacBest pillacBest(final Path file, final String name) throws IOException
    {
        final Path best = file.toAbsolutePath().getParent().resolveSibling("pillac-crew25-best.csv");
        if (!Files.exists(best))
        {
            return null;
        }
        return PillacReader.readBest(best).stream().filter(b -> b.instance().equals(name)).findFirst().orElse(null);
    }
}
