package dev.kairos.solver.wire;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Stock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartsCodecTest
{
    private static final TicketPatch PATCH = new TicketPatch(null, null, null, null, null, null, null, Stock.of(Map.of("filter", 3)),
        0, null, TicketSpec.NO_TIME);

    @Test
    void shouldRoundTripEveryStockCommandWithItsTag()
    {
        final List<Command> commands = List.of(
            new SetVanStock(1, "E-1", Stock.of(Map.of("filter", 3, "valve", 0))),
            new TransferStock(2, "E-1", "D-1", Stock.of(Map.of("filter", 2)), true),
            new TransferStock(3, "E-2", "D-2", Stock.of(Map.of("pump", 1)), false),
            new ReserveParts(4, "T-1", "E-1", Stock.of(Map.of("filter", 1)), "D-1", Stock.of(Map.of("valve", 2)), Stock.empty()),
            new ReserveParts(5, "T-2", "E-1", Stock.empty(), null, Stock.empty(), Stock.of(Map.of("pump", 4))),
            new RestockDepot(6, "D-1", Stock.of(Map.of("filter", 10))),
            new UpdateTicket(7, "T-1", PATCH, new ReserveParts(7, "T-1", "E-1", Stock.of(Map.of("filter", 2)), "D-1",
                Stock.of(Map.of("filter", 1)), Stock.empty())),
            new UpdateTicket(8, "T-1", PATCH));
        final List<Integer> tags = List.of(28, 29, 29, 30, 30, 31, 34, 2);
        final BinaryWriter writer = new BinaryWriter();
        for (int i = 0; i < commands.size(); i++)
        {
            // Format 1 has no envelope, so the tag is the second byte.
            writer.reset();
            CommandCodec.encode(commands.get(i), Effects.NONE, dev.kairos.solver.command.Envelope.NONE, writer, (byte)1);
            assertThat((int)writer.array()[1]).as("tag of %s", commands.get(i)).isEqualTo(tags.get(i));
            writer.reset();
            CommandCodec.encode(commands.get(i), Effects.NONE, writer);
            final CommandCodec.Decoded decoded = CommandCodec.decode(new BinaryReader().wrap(writer.array(), writer.length()));
            assertThat(decoded.command()).isEqualTo(commands.get(i));
            assertThat(decoded.effects()).isEqualTo(Effects.NONE);
        }
    }
}
