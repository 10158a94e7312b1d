package dev.kairos.solver.engine;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.PlanFixture;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket created with an engineer is pinned to that engineer in the same command. Pinned afterwards, a
 * ticket the fast path had put on an idle engineer could already be dispatched (the engine looks for due
 * dispatches before every command), and the pin was refused. Real engine and journal, clock stopped at nine.
 */
class CreatePinnedTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final Location NEAR = new Location(51.50, -0.12);
    private static final Location FAR = new Location(51.58, -0.12);

    @TempDir
    Path folder;

    @Test
    void shouldPinTheNewTicketToTheNamedEngineerBeforeAnyDispatch()
    {
        try (EngineHost engine = start())
        {
            final Ticket planned = created(engine, new CreateTicket(NINE, job(), null));
            assertThat(engine.<String>ask(state -> state.plan().engineerOf(planned.id()))).as("the planner's choice").isEqualTo("E-NEAR");
            assertThat(engine.call(new PinTicket(NINE, planned.id(), "E-FAR"))).as("dispatched to E-NEAR at the tick before the pin")
                .isInstanceOf(Outcome.Refused.class);

            final Ticket pinned = created(engine, new CreateTicket(NINE, job(), "E-FAR"));
            engine.call(new EngineerLocation(NINE, "E-FAR", FAR, NINE)); // any command: the tick before it dispatches

            assertThat(engine.<String>ask(state -> state.plan().pinnedTo(pinned.id()))).isEqualTo("E-FAR");
            assertThat(engine.<String>ask(state -> state.plan().engineerOf(pinned.id()))).isEqualTo("E-FAR");
            assertThat(engine.<TicketStatus>ask(state -> state.ticket(pinned.id()).status())).isEqualTo(TicketStatus.DISPATCHED);
        }
        try (EngineHost replayed = start())
        {
            assertThat(replayed.<String>ask(state -> state.plan().pinnedTo("T-2"))).as("the pin is in the journal").isEqualTo("E-FAR");
        }
    }

    @Test
    void shouldRefuseAnEngineerThatDoesNotExistNamingTheFieldAndChangeNothing()
    {
        try (EngineHost engine = start())
        {
            final long position = engine.<Long>ask(state -> state.position());

            final Outcome outcome = engine.call(new CreateTicket(NINE, job(), "E-NOBODY"));

            assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused ->
            {
                assertThat(refused.refusal()).isEqualTo(Outcome.Refusal.INVALID);
                assertThat(refused.field()).isEqualTo("engineerId");
                assertThat(refused.value()).isEqualTo("E-NOBODY");
            });
            assertThat(engine.<Long>ask(state -> state.position())).isEqualTo(position);
            assertThat(engine.<Integer>ask(state -> state.tickets().size())).isZero();
        }
    }

    private EngineHost start()
    {
        final EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder).tickInterval(Duration.ZERO)
            .clock(InstantSource.fixed(Instant.ofEpochMilli(NINE))));
        if (engine.<Integer>ask(state -> state.engineers().size()) == 0)
        {
            engine.call(new PutEngineer(NINE, "E-NEAR", PlanFixture.engineer(NEAR, NINE, 8)));
            engine.call(new PutEngineer(NINE, "E-FAR", PlanFixture.engineer(FAR, NINE, 8)));
        }
        return engine;
    }

    private static Ticket created(final EngineHost engine, final CreateTicket create)
    {
        return (Ticket)((Outcome.Applied)engine.call(create)).entity();
    }

    private static TicketSpec job()
    {
        return new TicketSpec(null, "job", Priority.P3, null, null, NEAR, List.of(new SkillRequirement("hvac", 1)), List.of(),
            Stock.of(Map.of()), 30, null, TicketSpec.NO_TIME);
    }
}
