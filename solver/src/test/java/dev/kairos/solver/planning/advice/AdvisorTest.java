package dev.kairos.solver.planning.advice;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.director.stream.BavetConstraintStreamScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.PlanFixture;
import dev.kairos.solver.planning.constraints.DispatchConstraints;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.planning.improve.SubProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanation's breakdown is one constraint at a time with every other weight overridden to
 * zero, so a constraint missing from {@link DispatchConstraints#NAMES} would leak its score into
 * every row. Two engineers, West and East; a ticket next to West goes to West.
 */
class AdvisorTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(NINE));

    @TempDir
    Path folder;
    private EngineHost engine;
    private final SolverFactory<DispatchSolution> solverFactory =
        SolverFactory.create(Improver.solverConfig(new ImproverContext()));

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));
        engine.call(new PutEngineer(NINE, "E-WEST", engineer(new Location(51.5, -0.2))));
        engine.call(new PutEngineer(NINE, "E-EAST", engineer(new Location(51.5, -0.056))));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void namesEveryConstraintTheProviderDefines()
    {
        final BavetConstraintStreamScoreDirectorFactory<DispatchSolution, HardMediumSoftScore> scoring =
            (BavetConstraintStreamScoreDirectorFactory<DispatchSolution, HardMediumSoftScore>)
                ((DefaultSolverFactory<DispatchSolution>)solverFactory).<HardMediumSoftScore>getScoreDirectorFactory();

        assertThat(scoring.getConstraintMetaModel().getConstraints()).extracting(Constraint::getConstraintRef)
            .extracting(ref -> ref.id())
            .containsExactlyInAnyOrderElementsOf(DispatchConstraints.NAMES);
    }

    @Test
    void breakdownNamesOnlyTheConstraintsTheTicketTouches()
    {
        create(new Location(51.5, -0.19));
        final String ticket = create(new Location(51.5, -0.21));
        final SubProblem problem = engine.<SubProblem>ask(state -> SubProblem.whole(state, NINE));

        final Explanation explanation = new Advisor(solverFactory).explain(problem, ticket);

        assertThat(explanation.current().engineerId()).isEqualTo("E-WEST");
        HardMediumSoftScore sum = HardMediumSoftScore.ZERO;
        for (final ConstraintImpact impact : explanation.breakdown())
        {
            sum = sum.add(HardMediumSoftScore.parseScore(impact.score()));
        }
        assertThat(explanation.breakdown()).extracting(ConstraintImpact::constraint)
            .as("a West visit costs travel and not being unassigned; it breaks no hard rule")
            .contains("travel time", "ticket unassigned")
            .doesNotContain("engineer lacks required skill", "visit misses customer window");
        assertThat(sum.hardScore()).isZero();
        assertThat(sum.mediumScore()).as("placing it saves the unassigned penalty").isPositive();
        assertThat(explanation.alternatives()).extracting(alternative -> alternative.slot().engineerId())
            .as("East is the only other engineer").contains("E-EAST");
    }

    private String create(final Location location)
    {
        return PlanFixture.created(engine, location, NINE);
    }

    private static EngineerSpec engineer(final Location home)
    {
        return PlanFixture.engineer(home, NINE, 4);
    }
}
