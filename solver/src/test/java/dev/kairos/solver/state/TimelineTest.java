package dev.kairos.solver.state;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest
{
    @Test
    void shouldKeepEveryEventInOrderWithWhoCausedIt()
    {
        final Timeline timeline = new Timeline();
        final List<TicketEvent> events = new ArrayList<>();
        final List<String> by = new ArrayList<>();
        for (int i = 0; i < 11; i++)
        {
            final TicketEvent event = new TicketEvent.Updated(1_000 + i, i + 1);
            // The engine's own events first, an API key's from the sixth on (after the first growth), then mixed.
            final String actor = i < 5 || i % 3 == 0 ? null : "key-" + i;
            timeline.add("T-7", event, actor);
            events.add(event);
            by.add(actor);
        }
        final TicketTimeline read = timeline.timeline("T-7");
        assertThat(read.events()).containsExactlyElementsOf(events);
        assertThat(read.by()).containsExactlyElementsOf(by);
        assertThat(timeline.of("T-7")).containsExactlyElementsOf(events);
    }

    @Test
    void shouldSayTheEngineCausedEventsNoActorSent()
    {
        final Timeline timeline = new Timeline();
        timeline.add("T-1", new TicketEvent.Created(5, 1, "default-p3"), null);
        timeline.add("T-1", new TicketEvent.Updated(6, 2), null);
        assertThat(timeline.timeline("T-1").by()).isEqualTo(Arrays.asList(null, null));
        assertThat(timeline.timeline("T-2")).isNull();
        assertThat(timeline.of("T-2")).isEmpty();
    }

    @Test
    void shouldRestoreWhatItGaveOut()
    {
        final Timeline timeline = new Timeline();
        timeline.add("T-3", new TicketEvent.Created(5, 1, "default-p3"), "key-1");
        timeline.add("T-3", new TicketEvent.Updated(6, 2), null);
        timeline.add("ext-9", new TicketEvent.Updated(7, 3), null);
        final Timeline restored = new Timeline();
        timeline.all().forEach(restored::restore);
        assertThat(restored.all()).containsExactlyInAnyOrderElementsOf(timeline.all());
        restored.add("T-3", new TicketEvent.Updated(8, 4), "key-2");
        assertThat(restored.timeline("T-3").by()).isEqualTo(Arrays.asList("key-1", null, "key-2"));
        assertThat(restored.timeline("ext-9").by()).isEqualTo(Collections.singletonList(null));
    }
}
