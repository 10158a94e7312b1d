package dev.kairos.solver.wire;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookCodecTest
{
    @Test
    void shouldRoundTripWebhookRegistrationsRemovalsAcknowledgementsAndTheArea()
    {
        for (final Command command : List.of(
            new PutWebhook(1_000L, "W-1", "https://tickets.example/hooks/kairos", List.of("ticket.*", "plan.assigned"), "s3cret-s3cret-s3cret"),
            new PutWebhook(2_000L, "W-1", null, List.of(), null),
            new WebhookDelivered(3_000L, "W-1", 4_711L),
            new dev.kairos.solver.command.WebhookFailed(4_000L, "W-1", "ticket.created", 4_712L, "4712.0", 5,
                "HTTP 500 for delivery 4712.0"),
            new dev.kairos.solver.command.SetArea(5_000L, dev.kairos.solver.domain.Coordinates.PLANAR, 60_000),
            new dev.kairos.solver.command.SetArea(5_000L, dev.kairos.solver.domain.Coordinates.GEOGRAPHIC, 0)))
        {
            final BinaryWriter writer = new BinaryWriter();
            CommandCodec.encode(command, Effects.NONE, writer.reset());

            final CommandCodec.Decoded decoded = CommandCodec.decode(new BinaryReader().wrap(writer.array(), writer.length()));

            assertThat(decoded.command()).isEqualTo(command);
            assertThat(decoded.effects()).isEqualTo(Effects.NONE);
        }
    }
}
