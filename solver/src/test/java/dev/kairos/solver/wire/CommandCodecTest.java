package dev.kairos.solver.wire;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandCodecTest
{
    @Test
    void shouldRoundTripEveryKindOfCommand()
    {
        final RandomCommands commands = new RandomCommands(7);
        final BinaryWriter writer = new BinaryWriter();
        final BinaryReader reader = new BinaryReader();
        for (int i = 0; i < 5_000; i++)
        {
            final Command command = commands.next();
            final Effects effects = switch (i % 3)
            {
                case 0 -> new Effects("T-" + i);
                case 1 -> new Effects("T-" + i, java.util.List.of(
                    new dev.kairos.solver.command.RoutePlan("E-" + i, java.util.List.of("T-1", "T-" + i))), null);
                default -> i % 2 == 0 ? new Effects("T-" + i, java.util.List.of(), "no engineer has fiber") : Effects.NONE;
            };
            writer.reset();
            CommandCodec.encode(command, effects, writer);

            final CommandCodec.Decoded decoded = CommandCodec.decode(reader.wrap(writer.array(), writer.length()));

            assertThat(decoded.command()).as("seed 7, command %d", i).isEqualTo(command);
            assertThat(decoded.effects()).isEqualTo(effects);
        }
    }

    @Test
    void shouldRejectUnknownVersionAndTrailingBytes()
    {
        final BinaryWriter writer = new BinaryWriter();
        CommandCodec.encode(new RandomCommands(1).next(), Effects.NONE, writer.reset());
        final byte[] bytes = writer.array().clone();

        bytes[0] = 99;
        assertThatThrownBy(() -> CommandCodec.decode(new BinaryReader().wrap(bytes, writer.length())))
            .hasMessageContaining("unknown record version 99");

        bytes[0] = CommandCodec.VERSION;
        assertThatThrownBy(() -> CommandCodec.decode(new BinaryReader().wrap(bytes, writer.length() + 3)))
            .hasMessageContaining("3 bytes left over");
    }
}
