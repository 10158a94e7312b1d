package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bodies a run sends, all made before it starts from the demo city's generator: the
 * engineers it puts first, tickets as a ticketing system would send them, and device pings near
 * each engineer's home. A fixed seed gives the same bodies every run. Any thread; not shared.
 */
final class LoadWorkload
{
    /** Keeps the run's engineers apart from a demo city's when --url points at a live server. */
    static final String ENGINEER_PREFIX = "load-";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request body for one path. */
    record Body(String path, byte[] json)
    {
    }

    private final City city;
    private final long seed;
    private final long nowMillis;

    /**
     * @param nowMillis the engine's idea of now: shifts are laid out so every engineer is on
     *                  shift, and tickets are due after it, so the fast path has real work to do
     */
    LoadWorkload(final long seed, final int engineers, final long nowMillis)
    {
        final CityProfile demo = CityProfile.demo(seed);
        this.city = new CityGenerator(new CityProfile(seed, demo.centre(), demo.radiusKm(), demo.depots(), engineers,
            demo.hotspots(), demo.ticketsPerHour())).build(nowMillis - 2 * 3_600_000L);
        this.seed = seed;
        this.nowMillis = nowMillis;
    }

    List<String> engineerIds()
    {
        return city.engineers().stream().map(e -> ENGINEER_PREFIX + e.engineerId()).toList();
    }

    /** {@code PUT /v1/engineers/{id}} bodies, one per engineer. */
    List<Body> engineers()
    {
        final List<Body> bodies = new ArrayList<>();
        for (final PutEngineer engineer : city.engineers())
        {
            bodies.add(new Body("/v1/engineers/" + ENGINEER_PREFIX + engineer.engineerId(), json(engineer(engineer.spec()))));
        }
        return bodies;
    }

    /** {@code POST /v1/tickets} bodies. */
    List<Body> tickets(final int count)
    {
        final TicketStream stream = new TicketStream(city, seed);
        final List<Body> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            bodies.add(new Body("/v1/tickets", json(ticket(stream.next(nowMillis)))));
        }
        return bodies;
    }

    /** {@code POST /v1/engineers/{id}/location} bodies: a few hundred metres around each home. */
    List<Body> pings(final int count)
    {
        final SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        final List<PutEngineer> engineers = city.engineers();
        final List<Body> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            final PutEngineer engineer = engineers.get(i % engineers.size());
            final Location home = engineer.spec().home();
            final Map<String, Object> ping = new LinkedHashMap<>();
            ping.put("lat", home.lat() + (random.nextDouble() - 0.5) * 0.01);
            ping.put("lon", home.lon() + (random.nextDouble() - 0.5) * 0.015);
            bodies.add(new Body("/v1/engineers/" + ENGINEER_PREFIX + engineer.engineerId() + "/location", json(ping)));
        }
        return bodies;
    }

    private static Map<String, Object> engineer(final EngineerSpec spec)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("home", location(spec.home()));
        final List<Map<String, Object>> skills = new ArrayList<>();
        for (final Skill skill : spec.skills())
        {
            skills.add(Map.of("name", skill.name(), "level", skill.level()));
        }
        body.put("skills", skills);
        body.put("tools", spec.tools());
        final Shift shift = spec.shift();
        final Map<String, Object> shiftBody = new LinkedHashMap<>();
        shiftBody.put("start", instant(shift.start()));
        shiftBody.put("end", instant(shift.end()));
        shiftBody.put("breaks", shift.breaks().stream().map(LoadWorkload::window).toList());
        shiftBody.put("maxOvertimeMinutes", shift.maxOvertimeMinutes());
        body.put("shift", shiftBody);
        body.put("stock", spec.stock());
        if (spec.capacity() != EngineerSpec.NO_CAPACITY)
        {
            body.put("capacity", spec.capacity());
        }
        return body;
    }

    private static Map<String, Object> ticket(final CreateTicket ticket)
    {
        final TicketSpec spec = ticket.spec();
        final Map<String, Object> body = new LinkedHashMap<>();
        // No externalId: the run sends each body many times, and a repeated externalId is a 409.
        body.put("title", spec.title());
        body.put("priority", spec.priority().name());
        if (spec.tier() != null)
        {
            body.put("tier", spec.tier());
        }
        if (spec.region() != null)
        {
            body.put("region", spec.region());
        }
        body.put("location", location(spec.location()));
        final List<Map<String, Object>> skills = new ArrayList<>();
        for (final SkillRequirement skill : spec.skills())
        {
            skills.add(Map.of("name", skill.name(), "minLevel", skill.minLevel()));
        }
        body.put("skills", skills);
        body.put("tools", spec.tools());
        body.put("parts", spec.parts());
        body.put("durationMinutes", spec.durationMinutes());
        if (spec.window() != null)
        {
            body.put("window", window(spec.window()));
        }
        if (spec.due() != TicketSpec.NO_TIME)
        {
            body.put("due", instant(spec.due()));
        }
        return body;
    }

    private static Map<String, Object> location(final Location location)
    {
        return Map.of("lat", location.lat(), "lon", location.lon());
    }

    private static Map<String, Object> window(final TimeWindow window)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", instant(window.start()));
        body.put("end", instant(window.end()));
        return body;
    }

    private static String instant(final long millis)
    {
        return Instant.ofEpochMilli(millis).toString();
    }

    private static byte[] json(final Object body)
    {
        try
        {
            return JSON.writeValueAsBytes(body);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
