package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.check.Violation;
import dev.kairos.scenarios.check.ViolationKind;
import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PillacSolution;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Pillac solve at a fixed technician count ("I have N people today"), on real files, with step
 * budgets so every assertion holds on any machine; the seed is in each message.
 */
class FixedCrewTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final long STEPS = 3_000;

    private record Asked(String name, int technicians)
    {
    }

    @Test
    void shouldUseExactlyTheTechniciansAskedForWithinEveryRule() throws Exception
    {
        // Counts below, at and above the published ones (C101: 15, R211: 8), where the free search lands elsewhere.
        for (final Asked asked : List.of(new Asked("C101", 15), new Asked("C101", 17), new Asked("R211", 6), new Asked("R211", 10)))
        {
            final String name = asked.name();
            final int technicians = asked.technicians();

            final PillacSolve.Result result = PillacSolve.solve(read(name), PillacSolve.SEED, STEPS, OptionalInt.of(technicians));

            assertThat(result.report().violations()).as("%s at %d, seed %d", name, technicians, PillacSolve.SEED).isEmpty();
            assertThat(result.report().techniciansUsed()).as("%s, seed %d", name, PillacSolve.SEED).isEqualTo(technicians);
            assertThat(result.countHeld()).isTrue();
            assertThat(result.technicians()).hasValue(technicians);
        }
    }

    @Test
    void shouldServeEveryRequestAndSayTheCountIsNotHeldWhenTooFewCannot() throws Exception
    {
        final PillacSolve.Result result = PillacSolve.solve(read("C101"), PillacSolve.SEED, STEPS, OptionalInt.of(1));

        assertThat(result.countHeld()).as("seed %d", PillacSolve.SEED).isFalse();
        assertThat(result.report().techniciansUsed()).isGreaterThan(1);
        assertThat(result.report().violations()).extracting(Violation::kind).containsExactly(ViolationKind.TECHNICIAN_COUNT);
        assertThat(result.report().violations().get(0).detail())
            .isEqualTo(result.report().techniciansUsed() + " technicians serve requests, not the 1 asked for");
    }

    @Test
    void shouldGiveTheSameRoutesForTheSameSeedAtAFixedCount() throws Exception
    {
        final PillacInstance instance = read("RC101");

        final PillacSolve.Result first = PillacSolve.solve(instance, 7, STEPS, OptionalInt.of(20));
        final PillacSolve.Result second = PillacSolve.solve(instance, 7, STEPS, OptionalInt.of(20));

        assertThat(second.routes()).as("seed 7").isEqualTo(first.routes());
    }

    @Test
    void shouldSolveAsBeforeWhenNoCountIsAsked() throws Exception
    {
        final PillacInstance instance = read("R101");

        final PillacSolve.Result free = PillacSolve.solve(instance, PillacSolve.SEED, STEPS, OptionalInt.empty());

        assertThat(free.routes()).isEqualTo(PillacSolve.solve(instance, PillacSolve.SEED, STEPS).routes());
        assertThat(free.technicians()).isEmpty();
        assertThat(free.countHeld()).isTrue();
        assertThat(TechnicianCount.resolve(null, instance, null)).isEmpty();
    }

    @Test
    void shouldResolvePublishedToTheCountInTheAuthorsRoutes() throws Exception
    {
        final PillacSolution routes = PillacReader.readBestRoutes(DATA.pillacBestRoutes()).stream()
            .filter(solution -> solution.instance().equals(PublishedData.pillacName("R109"))).findFirst().orElseThrow();

        final OptionalInt count = TechnicianCount.resolve(TechnicianCount.PUBLISHED, read("R109"), best("R109"));

        assertThat(count).hasValue(routes.techniciansUsed());
        assertThat(count).hasValue(16);
    }

    @Test
    void shouldRejectCountsTheCrewCannotGiveNamingTheValue() throws Exception
    {
        final PillacInstance c101 = read("C101");

        for (final String bad : List.of("0", "-3", "26"))
        {
            assertThatThrownBy(() -> TechnicianCount.resolve(bad, c101, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("technicians must be 1 to 25 (the crew of C101.100_25-5-5-5), not " + bad);
        }
        assertThatThrownBy(() -> TechnicianCount.resolve("many", c101, null))
            .hasMessage("technicians must be a number or 'published', not 'many'");
        assertThatThrownBy(() -> TechnicianCount.resolve(TechnicianCount.PUBLISHED, c101, null))
            .hasMessageStartingWith("no published technician count for C101.100_25-5-5-5");
        assertThatThrownBy(() -> PillacSolve.solve(c101, PillacSolve.SEED, STEPS, OptionalInt.of(0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
    }

    private static PillacInstance read(final String name) throws Exception
    {
        return PillacReader.read(DATA.pillacFile(PublishedData.pillacName(name)));
    }

    private static PillacBest best(final String name) throws Exception
    {
        return PillacReader.readBest(DATA.pillacBest()).stream()
            .filter(best -> best.instance().equals(PublishedData.pillacName(name))).findFirst().orElseThrow();
    }
}
