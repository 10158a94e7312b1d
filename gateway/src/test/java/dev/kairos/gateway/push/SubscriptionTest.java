package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubscriptionTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final EventBuilder builder = new EventBuilder(dev.kairos.gateway.http.LocationFormat.GEOGRAPHIC);

    @Test
    void shouldReadAFamilyOfTypes() throws Exception
    {
        final Subscription subscription = parse("{\"type\":\"subscribe\",\"types\":[\"plan.*\",\"ticket.created\"]}");

        assertThat(subscription.types()).isEqualTo(EnumSet.of(EventType.PLAN_ASSIGNED, EventType.PLAN_UNASSIGNED,
            EventType.PLAN_DISPATCHED, EventType.PLAN_CHANGED, EventType.TICKET_CREATED));
        assertThat(subscription.fromPosition()).isNull();
    }

    @Test
    void shouldMatchTicketsOrEngineersAndKeepNonTicketEventsInARegion() throws Exception
    {
        final Subscription subscription = parse(
            "{\"type\":\"subscribe\",\"ticketIds\":[\"T-1\"],\"engineerIds\":[\"E-1\"],\"region\":\"north\",\"fromPosition\":7}");

        assertThat(subscription.matches(ticket("T-1", null, "north"))).isTrue();
        assertThat(subscription.matches(ticket("T-1", null, "south"))).as("another region").isFalse();
        assertThat(subscription.matches(ticket("T-2", "E-1", "north"))).as("its engineer is followed").isTrue();
        assertThat(subscription.matches(ticket("T-2", "E-2", "north"))).isFalse();
        assertThat(subscription.matches(builder.start(EventType.PLAN_ASSIGNED, 0, 1).ticket("T-3", "north").engineer("E-2")
            .previousEngineer("E-1").build())).as("a ticket leaving a followed engineer").isTrue();
        assertThat(subscription.matches(builder.start(EventType.ENGINEER_LOCATION, 0, 1).engineer("E-1").build()))
            .as("engineers have no region").isTrue();
        assertThat(subscription.fromPosition()).isEqualTo(7);
    }

    @Test
    void shouldNameEveryBadField()
    {
        final Subscription.Invalid invalid = catchThrowableOfType(Subscription.Invalid.class, () -> parse(
            "{\"type\":\"subscribe\",\"types\":[\"plan\"],\"ticketIds\":[\"T 1\"],\"region\":\"\",\"fromPosition\":1.5,\"x\":1}"));

        assertThat(invalid.errors()).extracting(e -> e.field())
            .containsExactlyInAnyOrder("x", "types", "ticketIds", "region", "fromPosition");
    }

    private Event ticket(final String ticketId, final String engineerId, final String region)
    {
        return builder.start(EventType.TICKET_UPDATED, 0, 1).ticket(ticketId, region).engineer(engineerId).build();
    }

    private static Subscription parse(final String json) throws Exception
    {
        return Subscription.parse(MAPPER.readTree(json));
    }
}
