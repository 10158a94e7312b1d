package dev.kairos.gateway.push;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.journal.JournalReader;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The event mapper on journals written by a real engine from real commands. */
class EventMapperTest
{
    private static final long NINE = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @TempDir
    Path data;

    @Test
    void shouldTellATicketsWayFromCreationToCompletion()
    {
        final AtomicLong clock = new AtomicLong(NINE);
        try (EngineHost engine = start(clock))
        {
            engine.call(new PutEngineer(NINE, "E-1", new EngineerSpec("Ada", new Location(51.5, -0.1), List.of(new Skill("hvac", 2)),
                List.of(), new Shift(at("08:00"), at("16:00"), List.of(), 0), new TreeMap<>(Map.of("filter", 4)), -1)));
            engine.call(new CreateTicket(NINE, new TicketSpec(null, "No heating", Priority.P2, null, "north",
                new Location(51.51, -0.12), List.of(new SkillRequirement("hvac", 1)), List.of(), new TreeMap<>(Map.of("filter", 2)),
                60, new TimeWindow(at("10:00"), at("12:00")), TicketSpec.NO_TIME)));
            clock.set(at("09:31"));
            // The dispatch (3), then the reservation of its parts from the van (4).
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.position() == 4);
            engine.call(new TicketProgress(at("09:50"), "T-1", TicketStatus.ON_SITE, new Location(51.51, -0.12), null, null));
            engine.call(new TicketProgress(at("10:40"), "T-1", TicketStatus.COMPLETED, null, "new filter", new TreeMap<>(Map.of("filter", 2))));
        }

        assertThat(read(new EventMapper())).extracting(Event::text).containsExactly(
            "{\"type\":\"engineer.updated\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":1,\"engineerId\":\"E-1\",\"name\":\"Ada\","
                + "\"status\":\"AVAILABLE\",\"created\":true}",
            "{\"type\":\"stock.changed\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":1,\"engineerId\":\"E-1\",\"stock\":{\"filter\":4}}",
            "{\"type\":\"ticket.created\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":2,\"ticketId\":\"T-1\",\"region\":\"north\","
                + "\"title\":\"No heating\",\"priority\":\"P2\",\"location\":{\"lat\":51.51,\"lon\":-0.12}}",
            "{\"type\":\"plan.assigned\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":2,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\"}",
            "{\"type\":\"plan.changed\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":2,\"engineerId\":\"E-1\",\"ticketIds\":[\"T-1\"]}",
            "{\"type\":\"plan.dispatched\",\"at\":\"2026-11-23T09:31:00Z\",\"position\":3,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\"}",
            "{\"type\":\"stock.reserved\",\"at\":\"2026-11-23T09:31:00Z\",\"position\":4,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\",\"van\":{\"filter\":2}}",
            "{\"type\":\"ticket.status\",\"at\":\"2026-11-23T09:50:00Z\",\"position\":5,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\",\"status\":\"ON_SITE\"}",
            "{\"type\":\"engineer.status\",\"at\":\"2026-11-23T09:50:00Z\",\"position\":5,\"engineerId\":\"E-1\",\"status\":\"ON_SITE\","
                + "\"previous\":\"AVAILABLE\"}",
            "{\"type\":\"engineer.location\",\"at\":\"2026-11-23T09:50:00Z\",\"position\":5,\"engineerId\":\"E-1\","
                + "\"location\":{\"lat\":51.51,\"lon\":-0.12},\"measuredAt\":\"2026-11-23T09:50:00Z\"}",
            "{\"type\":\"ticket.status\",\"at\":\"2026-11-23T10:40:00Z\",\"position\":6,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\",\"status\":\"COMPLETED\"}",
            "{\"type\":\"stock.changed\",\"at\":\"2026-11-23T10:40:00Z\",\"position\":6,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\",\"stock\":{\"filter\":2},\"used\":{\"filter\":2}}",
            "{\"type\":\"engineer.status\",\"at\":\"2026-11-23T10:40:00Z\",\"position\":6,\"engineerId\":\"E-1\",\"status\":\"AVAILABLE\","
                + "\"previous\":\"ON_SITE\"}",
            "{\"type\":\"stock.released\",\"at\":\"2026-11-23T10:40:00Z\",\"position\":6,\"ticketId\":\"T-1\",\"engineerId\":\"E-1\","
                + "\"region\":\"north\",\"van\":{\"filter\":2}}",
            "{\"type\":\"plan.changed\",\"at\":\"2026-11-23T10:40:00Z\",\"position\":6,\"engineerId\":\"E-1\",\"ticketIds\":[]}");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void replayingTheSameJournalGivesTheSameEvents(final long seed)
    {
        runWorkload(seed, 400).close();

        final List<Event> first = read(new EventMapper());
        final List<Event> second = read(new EventMapper());

        assertThat(second).as("seed %d", seed).isEqualTo(first);
        assertThat(first).extracting(Event::position).as("journal order, seed %d", seed).isSorted();
    }

    @Test
    void rememberingRecordsGivesTheSameLaterEventsAsMappingThem()
    {
        runWorkload(7, 400).close();
        final List<Event> all = read(new EventMapper());
        final long resumeAt = all.get(all.size() / 2).position();

        final EventMapper resumed = new EventMapper();
        final List<Event> later = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(data.resolve("journal")))
        {
            while (reader.poll((command, effects, position) ->
            {
                if (position <= resumeAt)
                {
                    resumed.remember(command, effects, position);
                }
                else
                {
                    later.addAll(resumed.map(command, effects, position));
                }
            }, 1_000) > 0)
            {
                assertThat(reader.lastPosition()).isPositive();
            }
        }

        assertThat(later).isNotEmpty().isEqualTo(all.stream().filter(event -> event.position() > resumeAt).toList());
    }

    /** A mapper seeded from the live state at a position (a snapshot's) goes on exactly as one that read every record. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void seedingFromTheStateAtAPositionGivesTheSameLaterEventsAsReadingEverything(final long seed)
    {
        runWorkload(seed, 400).close();
        final List<Event> all = read(new EventMapper());
        final long last = all.get(all.size() - 1).position();
        for (int fifth = 1; fifth < 5; fifth++)
        {
            final long resumeAt = last * fifth / 5;
            final LiveState state = new LiveState();
            final dev.kairos.solver.journal.RecordHandler applying = dev.kairos.solver.journal.RecordHandler.applying(state);
            final List<Event> later = new ArrayList<>();
            final EventMapper[] seeded = new EventMapper[1];
            try (JournalReader reader = JournalReader.open(data.resolve("journal")))
            {
                while (reader.poll((command, effects, position) ->
                {
                    if (position <= resumeAt)
                    {
                        applying.onRecord(command, effects, position);
                        return;
                    }
                    if (seeded[0] == null)
                    {
                        seeded[0] = EventMapper.seeded(state, dev.kairos.gateway.http.LocationFormat.GEOGRAPHIC);
                    }
                    later.addAll(seeded[0].map(command, effects, position));
                }, 1_000) > 0)
                {
                    assertThat(reader.lastPosition()).isPositive();
                }
            }
            assertThat(later).as("seed %d, from position %d", seed, resumeAt).isNotEmpty()
                .isEqualTo(all.stream().filter(event -> event.position() > resumeAt).toList());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void shouldRememberWhatTheLiveStateHolds(final long seed)
    {
        final EventMapper mapper = new EventMapper();
        final List<Event> events;
        final LiveStateView live;
        try (EngineHost engine = runWorkload(seed, 400))
        {
            live = engine.ask(LiveStateView::of);
            events = read(mapper);
        }

        for (final Map.Entry<String, List<String>> route : live.routes().entrySet())
        {
            assertThat(mapper.routeOf(route.getKey())).as("route of %s, seed %d", route.getKey(), seed).isEqualTo(route.getValue());
        }
        for (final Ticket ticket : live.tickets())
        {
            assertThat(mapper.statusOf(ticket.id())).as("status of %s, seed %d", ticket.id(), seed).isEqualTo(ticket.status());
            assertThat(mapper.policyOf(ticket.id())).as("SLA policy of %s, seed %d", ticket.id(), seed)
                .isEqualTo(live.policies().get(ticket.id()));
        }
        for (final Engineer engineer : live.engineers())
        {
            final EngineerFacts facts = mapper.engineerFacts(engineer.id());
            assertThat(facts.status).as("status of %s, seed %d", engineer.id(), seed).isEqualTo(engineer.status());
            assertThat(facts.locationAt).as("location time of %s, seed %d", engineer.id(), seed).isEqualTo(engineer.locationAt());
            assertThat(facts.stock).as("stock of %s, seed %d", engineer.id(), seed).isEqualTo(engineer.spec().stock());
        }
        final Set<EventType> seen = EnumSet.noneOf(EventType.class);
        events.forEach(event -> seen.add(event.type()));
        assertThat(seen).as("a day makes every event type the journal can; seed %d", seed)
            // A stock-out needs a dispatch no van or depot can supply, which this well-stocked day never has (StockEventsTest has one).
            .isEqualTo(EnumSet.complementOf(EnumSet.of(EventType.WEBHOOK_FAILED, EventType.STOCK_OUT)));
        assertThat(events).as("escalations that acted, seed %d", seed)
            .anyMatch(event -> event.text().contains("\"action\":\"FORCE_DISPATCH\"") && event.engineerId() != null)
            .anyMatch(event -> event.text().contains("\"action\":\"RAISE_PRIORITY\",") && event.text().contains("\"priority\":"));
    }

    /** What the live state held at the end, copied out on the engine thread. */
    record LiveStateView(Map<String, List<String>> routes, List<Ticket> tickets, List<Engineer> engineers, Map<String, String> policies)
    {
        static LiveStateView of(final LiveState state)
        {
            final Map<String, List<String>> routes = new TreeMap<>();
            for (final Route route : state.plan().routes())
            {
                routes.put(route.engineerId(), route.ticketIds());
            }
            final Map<String, String> policies = new TreeMap<>();
            for (final Ticket ticket : state.tickets())
            {
                final dev.kairos.solver.sla.SlaPolicy policy = state.sla().ticket(ticket.id()).policy();
                policies.put(ticket.id(), policy.id() + "@" + policy.version());
            }
            return new LiveStateView(routes, List.copyOf(state.tickets()), List.copyOf(state.engineers()), policies);
        }
    }

    private EngineHost runWorkload(final long seed, final int steps)
    {
        final AtomicLong clock = new AtomicLong(EngineWorkload.DAY);
        final EngineHost engine = start(clock);
        new EngineWorkload(engine, clock, seed).run(steps);
        return engine;
    }

    @Test
    void shouldSayWhoATicketCreatedPinnedIsPinnedTo()
    {
        try (EngineHost engine = start(new AtomicLong(NINE)))
        {
            engine.call(new PutEngineer(NINE, "E-1", new EngineerSpec("Ada", new Location(51.5, -0.1), List.of(new Skill("hvac", 2)),
                List.of(), new Shift(at("08:00"), at("16:00"), List.of(), 0), new TreeMap<>(), -1)));
            engine.call(new CreateTicket(NINE, new TicketSpec(null, "No heating", Priority.P2, null, null, new Location(51.51, -0.12),
                List.of(new SkillRequirement("hvac", 1)), List.of(), new TreeMap<>(), 60, null, TicketSpec.NO_TIME), "E-1"));
        }

        assertThat(read(new EventMapper())).extracting(Event::text).filteredOn(text -> text.contains("ticket.created"))
            .singleElement().asString().contains("\"pinnedTo\":\"E-1\"");
    }

    private EngineHost start(final AtomicLong clock)
    {
        return EngineHost.start(new EngineContext()
            .journalFolder(data.resolve("journal"))
            .clock(() -> Instant.ofEpochMilli(clock.get()))
            .tickInterval(Duration.ZERO));
    }

    private List<Event> read(final EventMapper mapper)
    {
        final List<Event> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(data.resolve("journal")))
        {
            while (reader.poll((command, effects, position) -> events.addAll(mapper.map(command, effects, position)), 1_000) > 0)
            {
                assertThat(reader.lastPosition()).isPositive();
            }
        }
        return events;
    }

    private static long at(final String time)
    {
        return Instant.parse("2026-11-23T" + time + ":00Z").toEpochMilli();
    }
}
