package dev.kairos.gateway.push;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRingTest
{
    @Test
    void shouldFindTheFirstEventAfterAPosition()
    {
        final EventRing ring = new EventRing(16);
        ring.publish(events(1, 2));
        ring.publish(List.of());
        ring.publish(events(3, 1));
        ring.publish(events(5, 3));

        assertThat(ring.head()).isEqualTo(6);
        assertThat(ring.firstAfter(0)).isZero();
        assertThat(ring.firstAfter(1)).as("both events of position 1 skipped").isEqualTo(2);
        assertThat(ring.firstAfter(2)).as("position 2 made no events").isEqualTo(2);
        assertThat(ring.firstAfter(4)).isEqualTo(3);
        assertThat(ring.firstAfter(5)).as("nothing yet after the last").isEqualTo(6);
        assertThat(ring.firstAfter(99)).as("a position in the future").isEqualTo(6);
    }

    @Test
    void shouldSayWhenEventsAfterAPositionAreOverwritten()
    {
        final EventRing ring = new EventRing(4);
        for (long position = 1; position <= 6; position++)
        {
            ring.publish(events(position, 1));
        }

        assertThat(ring.coveredAfter()).as("positions 1 and 2 were overwritten").isEqualTo(2);
        assertThat(ring.get(1)).isNull();
        assertThat(ring.get(2).position()).isEqualTo(3);
        assertThat(ring.firstAfter(1)).as("position 2's event is gone").isEqualTo(-1);
        assertThat(ring.firstAfter(2)).isEqualTo(2);
        assertThat(ring.get(6)).as("not published yet").isNull();
    }

    @Test
    void shouldNeverShowAReaderAnotherSlotsEvent()
    {
        final EventRing ring = new EventRing(8);
        final int records = 50_000;
        final CompletableFuture<Void> writer = CompletableFuture.runAsync(() ->
        {
            for (long position = 1; position <= records; position++)
            {
                ring.publish(events(position, 1));
            }
        });
        long sequence = 0;
        long read = 0;
        while (sequence < records)
        {
            final Event event = ring.get(sequence);
            if (event != null)
            {
                // Each sequence is one position here: any other position would be a misread slot.
                assertThat(event.position()).isEqualTo(sequence + 1);
                read++;
                sequence++;
            }
            else if (sequence < ring.head() - ring.capacity())
            {
                sequence = ring.head() - 1;
            }
        }
        writer.join();
        assertThat(read).isPositive();
    }

    @Test
    void shouldRefuseACapacityThatIsNotAPowerOfTwo()
    {
        assertThatThrownBy(() -> new EventRing(12)).hasMessage("ring capacity must be a power of two, was 12");
    }

    private static List<Event> events(final long position, final int count)
    {
        final List<Event> events = new ArrayList<>();
        final EventBuilder builder = new EventBuilder(dev.kairos.gateway.http.LocationFormat.GEOGRAPHIC);
        for (int i = 0; i < count; i++)
        {
            events.add(builder.start(EventType.PLAN_CHANGED, 0, position).engineer("E-" + i).build());
        }
        return events;
    }
}
