package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.kairos.solver.engine.ReplayDeterminismTest.answer;
import static org.assertj.core.api.Assertions.assertThat;

class EngineTest
{
    private static final long T0 = RandomCommands.START;

    @TempDir
    Path folder;
    private EngineHost host;
    private final RandomCommands random = new RandomCommands(5);

    @BeforeEach
    void start()
    {
        host = EngineHost.start(new EngineContext().clock(RandomCommands.CLOCK).journalFolder(folder.resolve("journal")));
    }

    @AfterEach
    void stop()
    {
        host.close();
    }

    @Test
    void shouldGiveNewTicketsSequentialIdsAndJournalPositions() throws Exception
    {
        final Outcome.Applied first = (Outcome.Applied)submit(new CreateTicket(T0, random.ticketSpec()));
        final Outcome.Applied second = (Outcome.Applied)submit(new CreateTicket(T0 + 1, random.ticketSpec()));

        assertThat(((Ticket)first.entity()).id()).isEqualTo("T-1");
        assertThat(((Ticket)second.entity()).id()).isEqualTo("T-2");
        assertThat(second.position()).isEqualTo(first.position() + 1);
        assertThat(first.created()).isTrue();
        assertThat(((Ticket)second.entity()).status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void shouldRefuseUnknownAndClosedTicketsWithoutJournaling() throws Exception
    {
        submit(new CreateTicket(T0, random.ticketSpec()));
        submit(new CancelTicket(T0 + 1, "T-1", "duplicate"));
        final long position = answer(host, state -> state.position());

        final Outcome unknown = submit(new CancelTicket(T0 + 2, "T-99", null));
        final Outcome closed = submit(new CancelTicket(T0 + 3, "T-1", null));

        assertThat(unknown).isEqualTo(new Outcome.Refused(Outcome.Refusal.NOT_FOUND, "no ticket T-99"));
        assertThat(closed).isEqualTo(new Outcome.Refused(
            Outcome.Refusal.CONFLICT, "ticket T-1 is CANCELLED and cannot be cancelled"));
        assertThat((long)answer(host, state -> state.position())).isEqualTo(position);
    }

    @Test
    void shouldRefuseAnExternalIdItsSourceAlreadySentAndKeepItAcrossARestart() throws Exception
    {
        final TicketSpec fromCrm = random.ticketSpec().withSource("crm");
        final TicketSpec spec = new TicketSpec("EXT-7", fromCrm.title(), fromCrm.priority(), fromCrm.tier(), fromCrm.region(),
            fromCrm.location(), fromCrm.skills(), fromCrm.tools(), fromCrm.parts(), fromCrm.durationMinutes(),
            fromCrm.window(), fromCrm.due(), "crm");
        submit(new CreateTicket(T0, spec));
        final Outcome otherSource = submit(new CreateTicket(T0 + 1, spec.withSource("erp")));
        final Outcome noSource = submit(new CreateTicket(T0 + 2, spec.withSource(null)));
        final long position = answer(host, state -> state.position());

        final Outcome again = submit(new CreateTicket(T0 + 3, spec));

        assertThat(otherSource).isInstanceOf(Outcome.Applied.class);
        assertThat(noSource).isInstanceOf(Outcome.Applied.class);
        assertThat(again).isEqualTo(new Outcome.Refused(
            Outcome.Refusal.CONFLICT, "externalId 'EXT-7' from source 'crm' is already ticket T-1"));
        assertThat((long)answer(host, state -> state.position())).isEqualTo(position);

        host.close();
        host = EngineHost.start(new EngineContext().clock(RandomCommands.CLOCK).journalFolder(folder.resolve("journal")));
        assertThat(((Ticket)answer(host, state -> state.ticket("crm", "EXT-7"))).id()).isEqualTo("T-1");
        assertThat(((Ticket)answer(host, state -> state.ticket(null, "EXT-7"))).id()).isEqualTo("T-3");
        assertThat(submit(new CreateTicket(T0 + 4, spec.withSource("erp")))).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void shouldKeepLatestLocationWhenAnOlderPingArrives() throws Exception
    {
        submit(new PutEngineer(T0, "E-1", random.engineerSpec()));
        submit(new EngineerLocation(T0 + 10, "E-1", new Location(51.5, -0.1), T0 + 10));
        final Outcome.Applied late = (Outcome.Applied)submit(
            new EngineerLocation(T0 + 20, "E-1", new Location(52.0, 0.2), T0 + 5));

        final Engineer engineer = answer(host, state -> state.engineer("E-1"));
        assertThat(engineer.location()).isEqualTo(new Location(51.5, -0.1));
        assertThat(engineer.locationAt()).isEqualTo(T0 + 10);
        assertThat(late.position()).as("a late ping is still journaled").isEqualTo(3);
    }

    @Test
    void shouldMarkEngineerAvailableOnlyInsideTheShift() throws Exception
    {
        final var spec = random.engineerSpec();
        final Engineer inside = (Engineer)((Outcome.Applied)submit(new PutEngineer(spec.shift().start(), "E-1", spec))).entity();
        final Engineer outside = (Engineer)((Outcome.Applied)submit(new PutEngineer(spec.shift().end(), "E-2", spec))).entity();

        assertThat(inside.status()).isEqualTo(EngineerStatus.AVAILABLE);
        assertThat(outside.status()).isEqualTo(EngineerStatus.OFF_SHIFT);
    }

    @Test
    void shouldAnswerOverloadedWhenTheInboxIsFull()
    {
        final EngineContext context = new EngineContext().clock(RandomCommands.CLOCK).journalFolder(folder.resolve("small")).inboxCapacity(2);
        try (EngineHost small = EngineHost.start(context))
        {
            // Block the engine thread inside a query so the inbox can fill.
            final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            final java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
            small.query(state ->
            {
                entered.countDown();
                awaitQuietly(release);
                return null;
            });
            awaitQuietly(entered);
            int accepted = 0;
            while (small.submit(new CreateTicket(T0, random.ticketSpec())) != null)
            {
                accepted++;
            }
            release.countDown();
            assertThat(accepted).isEqualTo(2);
        }
    }

    private Outcome submit(final dev.kairos.solver.command.Command command) throws Exception
    {
        return host.submit(command).get(10, TimeUnit.SECONDS);
    }

    private static void awaitQuietly(final java.util.concurrent.CountDownLatch latch)
    {
        try
        {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
