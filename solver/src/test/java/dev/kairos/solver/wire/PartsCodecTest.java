package dev.kairos.solver.wire;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;
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
            new UpdateTicket(8, "T-1", PATCH),
            new PutDepot(9, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("filter", 4)), Tools.of(List.of("meter", "drill"))),
            new PutDepot(10, "D-2", new Location(51.4, -0.2), Stock.of(Map.of("filter", 4))),
            new PutDepot(11, "D-3", new Location(51.4, -0.2), Stock.of(Map.of("filter", 4)), Tools.empty(), 0),
            new PutDepot(12, "D-4", new Location(51.4, -0.2), Stock.empty(), Tools.of(List.of("meter")), 25 * 60_000L),
            new PutDepot(13, "D-5", new Location(51.4, -0.2), Stock.empty(), Tools.empty(), PutDepot.DEFAULT_COUNTER_MILLIS));
        final List<Integer> tags = List.of(28, 29, 29, 30, 30, 31, 34, 2, 37, 5, 38, 38, 5);
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

    @Test
    void shouldWriteADepotLendingNoToolsExactlyAsBeforeDepotsLentTools()
    {
        // Tag 5 as journals have always held it: time, id, location, stock, then the effects.
        final BinaryWriter old = depotRecordHead(5);

        final BinaryWriter now = new BinaryWriter();
        final PutDepot depot = new PutDepot(9, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("filter", 4)), Tools.empty());
        CommandCodec.encode(depot, Effects.NONE, now);

        assertThat(java.util.Arrays.copyOf(now.array(), old.length()))
            .isEqualTo(java.util.Arrays.copyOf(old.array(), old.length()));
        final PutDepot decoded = (PutDepot)CommandCodec.decode(new BinaryReader().wrap(now.array(), now.length())).command();
        assertThat(decoded.tools()).isEmpty();
    }

    @Test
    void shouldReadALendingDepotWrittenBeforeCounterTimesAsTakingTheDefault()
    {
        // Tag 37 as journals hold it: time, id, location, stock, tools, then the effects; no counter time.
        final BinaryWriter old = depotRecordHead(37);
        ValueCodec.putStrings(old, List.of("drill", "meter"));
        final PutDepot depot = new PutDepot(9, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("filter", 4)),
            Tools.of(List.of("meter", "drill")));
        final BinaryWriter now = new BinaryWriter();
        CommandCodec.encode(depot, Effects.NONE, now);

        assertThat(java.util.Arrays.copyOf(now.array(), old.length())).as("a lender at the default counter time writes tag 37 as before")
            .isEqualTo(java.util.Arrays.copyOf(old.array(), old.length()));
        final PutDepot decoded = (PutDepot)CommandCodec.decode(new BinaryReader().wrap(now.array(), now.length())).command();
        assertThat(decoded.counterMillis()).isEqualTo(PutDepot.DEFAULT_COUNTER_MILLIS).isEqualTo(10 * 60_000L);
        assertThat(decoded).isEqualTo(depot);
    }

    /** A depot record as old journals hold it, up to its stock: version, no envelope, the tag, time, id, location, stock. */
    private static BinaryWriter depotRecordHead(final int tag)
    {
        final BinaryWriter old = new BinaryWriter();
        old.putByte(CommandCodec.VERSION);
        KeyCodec.putEnvelope(old, dev.kairos.solver.command.Envelope.NONE, true);
        old.putByte((byte)tag);
        old.putLong(9);
        old.putString("D-1");
        ValueCodec.putLocation(old, new Location(51.5, -0.1));
        ValueCodec.putStock(old, Stock.of(Map.of("filter", 4)));
        return old;
    }
}
