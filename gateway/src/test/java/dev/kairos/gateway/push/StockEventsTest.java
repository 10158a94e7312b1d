package dev.kairos.gateway.push;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stock records to events: reservations with a pick-up and a stock-out, the pick-up at check-in, transfers, deliveries, release. */
class StockEventsTest
{
    private static final long AT = 1_795_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventMapper mapper = new EventMapper();
    private long position;

    @Test
    void shouldReportEveryStockChangeWithLevelsAfter()
    {
        map(new PutEngineer(AT, "E-1", new EngineerSpec("Ada", new Location(51.5, -0.1), List.of(), List.of(),
            new Shift(AT, AT + 36_000_000L, List.of(), 0), Stock.empty(), -1)), Effects.NONE);
        map(new PutDepot(AT, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("filter", 3))), Effects.NONE);
        map(new CreateTicket(AT, new TicketSpec(null, "Boiler", Priority.P3, null, "north", new Location(51.5, -0.1), List.of(),
            List.of(), Stock.of(Map.of("filter", 2, "valve", 1)), 30, null, TicketSpec.NO_TIME)), new Effects("T-1"));

        final List<String> reserved = map(new ReserveParts(AT, "T-1", "E-1", Stock.empty(), "D-1", Stock.of(Map.of("filter", 2)),
            Stock.of(Map.of("valve", 1))), Effects.NONE);
        final List<String> checkIn = map(new TicketProgress(AT, "T-1", TicketStatus.ON_SITE, null, null, null), Effects.NONE);
        final List<String> moved = map(new TransferStock(AT, "E-1", "D-1", Stock.of(Map.of("filter", 1)), true), Effects.NONE);
        final List<String> delivered = map(new RestockDepot(AT, "D-1", Stock.of(Map.of("pump", 4))), Effects.NONE);
        final List<String> counted = map(new SetVanStock(AT, "E-1", Stock.of(Map.of("filter", 3))), Effects.NONE);
        final List<String> cancelled = map(new CancelTicket(AT, "T-1", null), Effects.NONE);

        assertThat(reserved).containsExactly(
            "stock.reserved T-1 E-1 D-1 {\"depot\":{\"filter\":2},\"missing\":{\"valve\":1}}",
            "stock.out T-1 E-1 null {\"missing\":{\"valve\":1}}");
        assertThat(checkIn).contains(
            "stock.changed T-1 null D-1 {\"stock\":{\"filter\":1},\"moved\":{\"filter\":2}}",
            "stock.changed T-1 E-1 null {\"stock\":{\"filter\":2},\"moved\":{\"filter\":2}}");
        assertThat(moved).containsExactly(
            "stock.changed null null D-1 {\"stock\":{\"filter\":0},\"moved\":{\"filter\":1}}",
            "stock.changed null E-1 null {\"stock\":{\"filter\":3},\"moved\":{\"filter\":1}}");
        assertThat(delivered).containsExactly("stock.changed null null D-1 {\"stock\":{\"filter\":0,\"pump\":4},\"moved\":{\"pump\":4}}");
        assertThat(counted).containsExactly("stock.changed null E-1 null {\"stock\":{\"filter\":3}}");
        assertThat(cancelled).contains("stock.released T-1 E-1 null {\"van\":{\"filter\":2}}");
    }

    @Test
    void shouldReportAPartsPatchOfADispatchedVisitAsReleaseThenReserve()
    {
        map(new CreateTicket(AT, new TicketSpec(null, "Boiler", Priority.P3, null, "north", new Location(51.5, -0.1), List.of(),
            List.of(), Stock.of(Map.of("filter", 1)), 30, null, TicketSpec.NO_TIME)), new Effects("T-1"));
        map(new ReserveParts(AT, "T-1", "E-1", Stock.of(Map.of("filter", 1)), null, Stock.empty(), Stock.empty()), Effects.NONE);
        final dev.kairos.solver.command.TicketPatch patch = new dev.kairos.solver.command.TicketPatch(null, null, null, null, null,
            null, null, Stock.of(Map.of("filter", 3)), 0, null, TicketSpec.NO_TIME);

        final List<String> patched = map(new dev.kairos.solver.command.UpdateTicket(AT, "T-1", patch, new ReserveParts(AT, "T-1",
            "E-1", Stock.of(Map.of("filter", 2)), "D-1", Stock.of(Map.of("filter", 1)), Stock.empty())), Effects.NONE);

        assertThat(patched).containsSubsequence(
            "stock.released T-1 E-1 null {\"van\":{\"filter\":1}}",
            "stock.reserved T-1 E-1 D-1 {\"van\":{\"filter\":2},\"depot\":{\"filter\":1}}");
        assertThat(map(new CancelTicket(AT, "T-1", null), Effects.NONE))
            .contains("stock.released T-1 E-1 D-1 {\"van\":{\"filter\":2},\"depot\":{\"filter\":1}}");
    }

    /** Each event as "type ticket engineer depot {own fields}". */
    private List<String> map(final Command command, final Effects effects)
    {
        final List<String> lines = new ArrayList<>();
        for (final Event event : mapper.map(command, effects, ++position))
        {
            try
            {
                final ObjectNode node = (ObjectNode)JSON.readTree(event.text());
                lines.add(node.path("type").asText() + " " + text(node, "ticketId") + " " + text(node, "engineerId") + " "
                    + text(node, "depotId") + " " + node.without(List.of("type", "at", "position", "ticketId", "engineerId",
                    "previousEngineerId", "depotId", "region")));
            }
            catch (final java.io.IOException ex)
            {
                throw new AssertionError(event.text(), ex);
            }
        }
        return lines;
    }

    private static String text(final ObjectNode node, final String field)
    {
        return node.has(field) ? node.get(field).asText() : "null";
    }
}
