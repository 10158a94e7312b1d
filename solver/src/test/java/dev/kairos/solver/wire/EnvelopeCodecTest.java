package dev.kairos.solver.wire;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.SetKeyLimits;
import dev.kairos.solver.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeCodecTest
{
    private final BinaryWriter writer = new BinaryWriter();

    @Test
    void shouldRoundTripTheEnvelopeWithEveryKindOfCommand()
    {
        final RandomCommands commands = new RandomCommands(23);
        for (int i = 0; i < 2_000; i++)
        {
            final Command command = commands.next();
            final Envelope envelope = switch (i % 3)
            {
                case 0 -> Envelope.NONE;
                case 1 -> Envelope.by("key-" + i);
                default -> new Envelope("key-" + i, "retry-" + i, "hash-" + i);
            };

            final CommandCodec.Decoded decoded = roundTrip(command, new Effects("T-" + i), envelope, CommandCodec.VERSION);

            assertThat(decoded.command()).as("seed 23, command %d", i).isEqualTo(command);
            assertThat(decoded.envelope()).isEqualTo(envelope);
        }
    }

    @Test
    void shouldRoundTripScopedKeysAndRevocations()
    {
        final PutApiKey put = new PutApiKey(5, "key-1", "van 7", "ab12", Role.ENGINEER, "E-7", List.of("north", "east"));
        final RevokeApiKey revoke = new RevokeApiKey(6, "key-1");

        assertThat(roundTrip(put, Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION).command()).isEqualTo(put);
        assertThat(roundTrip(revoke, Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION).command()).isEqualTo(revoke);
    }

    /** Version byte, then the envelope: "admin" (int length + 5 bytes) and two nulls (int -1 each). */
    private static final int TAG_AFTER_ADMIN_ENVELOPE = 1 + 4 + 5 + 4 + 4;

    @Test
    void shouldRoundTripKeyRateLimitsInTheirOwnTags()
    {
        final PutApiKey limited = new PutApiKey(5, "key-2", "load", "cd34", Role.INTEGRATION, null, List.of(), 5000, 10000);
        final PutApiKey plain = new PutApiKey(5, "key-3", "plain", "ef56", Role.INTEGRATION, null, List.of());
        final SetKeyLimits change = new SetKeyLimits(7, "key-2", 0.5, SetKeyLimits.KEEP);

        assertThat(roundTrip(limited, Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION).command()).isEqualTo(limited);
        assertThat(writer.array()[TAG_AFTER_ADMIN_ENVELOPE]).as("tag after version and envelope").isEqualTo((byte)33);
        assertThat(roundTrip(plain, Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION).command()).isEqualTo(plain);
        assertThat(writer.array()[TAG_AFTER_ADMIN_ENVELOPE]).as("a key without limits keeps tag 22").isEqualTo((byte)22);
        assertThat(roundTrip(change, Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION).command()).isEqualTo(change);
        assertThat(writer.array()[TAG_AFTER_ADMIN_ENVELOPE]).isEqualTo((byte)32);
    }

    @Test
    void shouldStillReadVersionOneRecordsWithoutAnEnvelope()
    {
        final RandomCommands commands = new RandomCommands(24);
        for (int i = 0; i < 1_000; i++)
        {
            final Command command = commands.next();

            final CommandCodec.Decoded decoded = roundTrip(command, new Effects("T-" + i), Envelope.NONE, CommandCodec.VERSION_1);

            assertThat(writer.array()[0]).isEqualTo((byte)1);
            assertThat(decoded.command()).as("seed 24, command %d", i).isEqualTo(command);
            assertThat(decoded.envelope()).isEqualTo(Envelope.NONE);
        }
        // A version-1 key (tag 8) reads as an unscoped key.
        final PutApiKey old = new PutApiKey(5, "K-1", "old", "ab12", Role.DISPATCHER);
        assertThat(roundTrip(old, Effects.NONE, Envelope.NONE, CommandCodec.VERSION_1).command()).isEqualTo(old);
    }

    @Test
    void shouldRefuseAnEnvelopeInVersionOne()
    {
        assertThatThrownBy(() -> roundTrip(new RevokeApiKey(1, "k"), Effects.NONE, Envelope.by("admin"), CommandCodec.VERSION_1))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private CommandCodec.Decoded roundTrip(final Command command, final Effects effects, final Envelope envelope, final byte version)
    {
        writer.reset();
        CommandCodec.encode(command, effects, envelope, writer, version);
        return CommandCodec.decode(new BinaryReader().wrap(writer.array(), writer.length()));
    }
}
