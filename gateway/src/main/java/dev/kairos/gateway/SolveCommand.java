package dev.kairos.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kairos.gateway.http.Json;
import dev.kairos.scenarios.published.SolomonBestKnown;
import dev.kairos.scenarios.published.SolomonReader;
import dev.kairos.scenarios.solve.SolomonSolve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code kairos solve FILE... --seconds S [--json]}: published Solomon VRPTW instances solved with
 * Kairos's model, checked by the independent checker, compared with the best known results.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Solve published VRPTW instances and check the result.")
final class SolveCommand implements Callable<Integer>
{
    @Parameters(arity = "1..*", description = "Solomon instance files (e.g. ../shared/data/solomon/C101.txt).")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "10", description = "Time budget per instance (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--json", description = "One JSON object per instance instead of a table row.")
    boolean json;

    @Override
    public Integer call() throws Exception
    {
        if (!json)
        {
            System.out.printf("%-8s %8s %10s %9s %6s %10s %8s%n", "instance", "vehicles", "distance", "feasible",
                "bks_v", "bks_dist", "gap_%");
        }
        boolean allFeasible = true;
        for (final Path file : files)
        {
            final var instance = SolomonReader.read(file);
            final SolomonSolve.Result result = SolomonSolve.solve(instance, Duration.ofSeconds(seconds));
            final SolomonBestKnown best = bestKnown(file, instance.name());
            final double gap = best == null ? Double.NaN : 100 * (result.report().distance() / best.distance() - 1);
            allFeasible &= result.report().feasible();
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
                System.out.printf("%-8s %8d %10.2f %9s %6s %10s %8s%n", instance.name(), result.report().vehiclesUsed(),
                    result.report().distance(), result.report().feasible(), best == null ? "-" : best.vehicles(),
                    best == null ? "-" : String.format("%.2f", best.distance()), best == null ? "-" : String.format("%.2f", gap));
            }
        }
        return allFeasible ? 0 : 1;
    }

    /** The best known result from bks.csv beside the instance file, if there is one. */
    private static SolomonBestKnown bestKnown(final Path file, final String name) throws java.io.IOException
    {
        final Path bks = file.toAbsolutePath().getParent().resolve("bks.csv");
        if (!java.nio.file.Files.exists(bks))
        {
            return null;
        }
        return SolomonReader.readBestKnown(bks).stream().filter(b -> b.instance().equals(name)).findFirst().orElse(null);
    }
}
