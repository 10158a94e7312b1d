package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class PillacTuneTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    public static void main(final String[] args) throws Exception
    {
        new PillacTuneTest().tune();
    }

    @Test
    void tune() throws Exception
    {
        final List<PillacBest> best = PillacReader.readBest(DATA.pillacBest());
        double ours = 0;
        double theirs = 0;
        int feasible = 0;
        int used = 0;
        int usedBest = 0;
        final String[] names = System.getenv().getOrDefault("NAMES", "C101,C105,C201,C205,R101,R105,R109,R201,R205,RC101,RC105,RC201").split(",");
        for (final String name : names)
        {
            final PillacInstance instance = PillacReader.read(DATA.pillacFile(PublishedData.pillacName(name)));
            final PillacBest b = best.stream().filter(x -> x.instance().equals(instance.name())).findFirst().orElseThrow();
            final String steps = System.getenv("STEPS");
            final PillacSolve.Result result = steps == null ? PillacSolve.solve(instance, Duration.ofMillis(Long.parseLong(System.getenv().getOrDefault("MS", "2000")))) : PillacSolve.solve(instance, PillacSolve.SEED, Long.parseLong(steps));
            ours += result.report().workingTime();
            theirs += b.workingTime();
            feasible += result.report().feasible() ? 1 : 0;
            used += result.report().techniciansUsed();
            usedBest += b.techniciansUsed();
            System.out.printf("%-6s %.2fs %s %2d/%2d %9.2f / %9.2f %+6.2f%%%n", name, result.seconds(), result.report().feasible(),
                result.report().techniciansUsed(), b.techniciansUsed(), result.report().workingTime(), b.workingTime(),
                100 * (result.report().workingTime() / b.workingTime() - 1));
        }
        System.out.printf("TOTAL feasible %d/%d techs %d/%d wt %.1f / %.1f %+.2f%%%n", feasible, names.length, used, usedBest,
            ours, theirs, 100 * (ours / theirs - 1));
    }
}
