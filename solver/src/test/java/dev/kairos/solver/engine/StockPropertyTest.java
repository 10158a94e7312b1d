package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random days of stock traffic through a real engine: after every command on hand ≥ reserved
 * ≥ 0 for every van and depot, parts are conserved (only stock-takes, deliveries and use change the
 * total; transfers and pick-ups move it), the depot availability the state keeps for re-timing equals
 * a fresh computation, a refusal journals nothing, and a restart replays to the same digest.
 */
class StockPropertyTest
{
    private static final Logger LOG = LoggerFactory.getLogger(StockPropertyTest.class);
    private static final List<String> SKUS = List.of("filter", "valve", "pump");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 2026})
    void shouldKeepReservationsCoveredAndPartsConserved(final long seed)
    {
        LOG.info("stock property seed {}", seed);
        final Random random = new Random(seed);
        final AtomicLong now = new AtomicLong(T0);
        final Path journal = folder.resolve("journal");
        final String digest;
        int reservations = 0;
        int pickUps = 0;
        int rereserved = 0;
        try (EngineHost host = start(journal, now))
        {
            for (int d = 1; d <= 2; d++)
            {
                host.call(new PutDepot(T0, "D-" + d, place(random), Stock.of(stock(random, 6))));
            }
            for (int e = 1; e <= 3; e++)
            {
                host.call(new PutEngineer(T0, "E-" + e, StockFixture.engineer(place(random), stock(random, 3))));
            }
            long expectedTotal = host.ask(StockFixture::total);
            int created = 0;
            for (int i = 0; i < 600; i++)
            {
                now.addAndGet(1 + random.nextInt(120_000));
                final Command command = next(random, now.get(), created, host);
                final long totalBefore = host.ask(StockFixture::total);
                final long change = expectedChange(host, command);
                final long position = host.position();
                final Outcome outcome = host.call(command);
                if (outcome instanceof Outcome.Applied)
                {
                    created += command instanceof CreateTicket ? 1 : 0;
                    reservations += host.ask(s -> s.stock().reservations().size()) > 0 ? 1 : 0;
                    pickUps += command instanceof TicketProgress p && p.to() == TicketStatus.ON_SITE ? 1 : 0;
                    expectedTotal = totalBefore + change;
                }
                else
                {
                    assertThat(host.position()).as("seed %d step %d: a refusal journals nothing", seed, i).isEqualTo(position);
                }
                host.ask(LiveState::position);
                assertThat(host.ask(StockFixture::brokenInvariants)).as("seed %d step %d after %s", seed, i, command).isEmpty();
                assertThat(host.ask(StockFixture::stalePartsReservations)).as("seed %d step %d after %s", seed, i, command).isEmpty();
                rereserved += command instanceof UpdateTicket && outcome instanceof Outcome.Applied
                    && host.ask(s -> s.stock().reservation(((UpdateTicket)command).ticketId())) != null ? 1 : 0;
                assertThat(host.ask(StockFixture::total)).as("seed %d step %d: parts conserved after %s", seed, i, command)
                    .isEqualTo(expectedTotal);
                assertThat(host.ask(LiveState::depotStock)).as("seed %d step %d: kept depot availability is current after %s",
                    seed, i, command).isEqualTo(host.ask(dev.kairos.solver.planning.PickUps::depots));
            }
            digest = host.ask(StateDigest::of);
        }
        assertThat(reservations).as("seed %d: steps with reservations open", seed).isGreaterThan(50);
        assertThat(pickUps).as("seed %d: check-ins that pick up parts", seed).isGreaterThan(2);
        assertThat(rereserved).as("seed %d: parts patches of reserved visits", seed).isGreaterThan(0);
        try (EngineHost restarted = start(journal, now))
        {
            assertThat(restarted.startDigest()).as("seed %d: replay reaches the same stock", seed).isEqualTo(digest);
        }
    }

    /** What the command does to the total on hand, if applied: stock-takes, deliveries and parts used change it. */
    private static long expectedChange(final EngineHost host, final Command command)
    {
        return switch (command)
        {
            case SetVanStock c -> sum(c.stock()) - host.ask(s -> sum(s.engineer(c.engineerId()).spec().stock()));
            case RestockDepot c -> sum(c.parts());
            case TicketProgress c -> c.partsUsed() == null ? 0 : -sum(c.partsUsed());
            default -> 0;
        };
    }

    private static Command next(final Random random, final long at, final int created, final EngineHost host)
    {
        final int kind = random.nextInt(100);
        final String engineer = "E-" + (1 + random.nextInt(3));
        final String depot = "D-" + (1 + random.nextInt(3));
        if (kind < 20 || created == 0)
        {
            return new CreateTicket(at, StockFixture.ticket(place(random), stock(random, 3)));
        }
        final String ticketId = "T-" + (1 + random.nextInt(created));
        if (kind < 30)
        {
            return new PinTicket(at, ticketId, engineer);
        }
        if (kind < 70)
        {
            final Ticket ticket = host.ask(s -> s.ticket(ticketId));
            final TicketStatus to = switch (ticket.status())
            {
                case DISPATCHED -> TicketStatus.ACCEPTED;
                case ACCEPTED, EN_ROUTE -> TicketStatus.ON_SITE;
                case ON_SITE -> random.nextInt(5) == 0 ? TicketStatus.WAITING_PARTS : TicketStatus.COMPLETED;
                case WAITING_PARTS, WAITING_CUSTOMER -> TicketStatus.NEW;
                default -> TicketStatus.ACCEPTED;
            };
            final Map<String, Integer> used = new TreeMap<>();
            if (to == TicketStatus.COMPLETED)
            {
                // Usually what was asked for, sometimes more (often refused), sometimes none.
                ticket.spec().parts().forEach((sku, q) -> used.put(sku, Math.max(1, q + random.nextInt(3) - 1)));
            }
            return new TicketProgress(at, ticketId, to, null, null, to == TicketStatus.COMPLETED ? Stock.of(used) : null);
        }
        if (kind < 73)
        {
            return new CancelTicket(at, ticketId, null);
        }
        if (kind < 75)
        {
            // A dispatcher changes the parts a visit needs, mostly one with parts reserved: it is re-reserved.
            final List<String> reserved = host.ask(s -> s.stock().reservations().stream()
                .map(dev.kairos.solver.state.PartsReservation::id).sorted().toList());
            final String patched = reserved.isEmpty() || random.nextInt(4) == 0 ? ticketId : reserved.get(random.nextInt(reserved.size()));
            return new UpdateTicket(at, patched, new TicketPatch(null, null, null, null, null, null, null,
                Stock.of(stock(random, 3)), 0, null, TicketSpec.NO_TIME));
        }
        if (kind < 85)
        {
            return new TransferStock(at, engineer, depot, Stock.of(nonEmpty(random, 3)), random.nextBoolean());
        }
        if (kind < 92)
        {
            return new SetVanStock(at, engineer, Stock.of(stock(random, 4)));
        }
        return new RestockDepot(at, depot, Stock.of(nonEmpty(random, 5)));
    }

    private static Map<String, Integer> stock(final Random random, final int max)
    {
        final Map<String, Integer> stock = new TreeMap<>();
        for (final String sku : SKUS)
        {
            if (random.nextBoolean())
            {
                stock.put(sku, random.nextInt(max + 1));
            }
        }
        return stock;
    }

    private static Map<String, Integer> nonEmpty(final Random random, final int max)
    {
        return Map.of(SKUS.get(random.nextInt(SKUS.size())), 1 + random.nextInt(max));
    }

    private static Location place(final Random random)
    {
        return new Location(51.45 + random.nextDouble() * 0.1, -0.2 + random.nextDouble() * 0.15);
    }

    private static long sum(final Map<String, Integer> parts)
    {
        return parts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static EngineHost start(final Path journal, final AtomicLong now)
    {
        return EngineHost.start(new EngineContext().journalFolder(journal).tickInterval(Duration.ZERO)
            .clock(() -> Instant.ofEpochMilli(now.get())));
    }
}
