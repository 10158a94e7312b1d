package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.domain.Tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** JSON engineer, location, status and depot bodies to commands. */
final class EngineerDecoder
{
    private static final int MAX_SHIFT_HOURS = 24;
    /** A pick-up longer than a working day is a mistake (minutes for hours, say), not a slow counter. */
    private static final int MAX_COUNTER_MINUTES = 8 * 60;
    private static final int DEFAULT_COUNTER_MINUTES = (int)(PutDepot.DEFAULT_COUNTER_MILLIS / 60_000L);
    private static final Set<String> ENGINEER = Set.of("name", "home", "skills", "tools", "shift", "stock", "capacity");
    private static final Set<String> SHIFT = Set.of("start", "end", "breaks", "maxOvertimeMinutes");

    private EngineerDecoder()
    {
    }

    static PutEngineer put(final String engineerId, final JsonNode body, final long at, final LocationFormat locations)
    {
        final Fields fields = Fields.of(body, ENGINEER, locations);
        final EngineerSpec spec = new EngineerSpec(
            fields.text("name", true, 200),
            fields.location("home", true),
            Lists.skills(fields, "skills"),
            Lists.names(fields, "tools"),
            shift(fields),
            Lists.quantities(fields, "stock", 0),
            fields.integer("capacity", false, 0, Lists.MAX_QUANTITY, EngineerSpec.NO_CAPACITY));
        fields.throwIfInvalid();
        return new PutEngineer(at, engineerId, spec);
    }

    /** A ping's body: read off the parser when it is a plain valid ping ({@link PingReader}), else as a tree. */
    static EngineerLocation location(final String engineerId, final io.netty.buffer.ByteBuf body, final long at,
        final LocationFormat locations)
    {
        final EngineerLocation ping = PingReader.read(engineerId, body, at, locations);
        return ping != null ? ping : location(engineerId, dev.kairos.gateway.http.Json.read(body), at, locations);
    }

    /** {@code at} defaults to the receive time: most devices send fresh pings. */
    static EngineerLocation location(final String engineerId, final JsonNode body, final long at, final LocationFormat locations)
    {
        final Set<String> allowed = new java.util.HashSet<>(locations.names());
        allowed.add("at");
        final Fields fields = Fields.of(body, allowed, locations);
        final Location location = fields.point();
        final long measuredAt = fields.has("at") ? fields.instant("at", true) : at;
        fields.throwIfInvalid();
        return new EngineerLocation(at, engineerId, location, measuredAt);
    }

    static ChangeEngineerStatus status(final String engineerId, final JsonNode body, final long at)
    {
        final Fields fields = Fields.of(body, Set.of("status"));
        final EngineerStatus status = fields.enumeration("status", EngineerStatus.class, true);
        fields.throwIfInvalid();
        return new ChangeEngineerStatus(at, engineerId, status);
    }

    static PutDepot depot(final String depotId, final JsonNode body, final long at, final LocationFormat locations)
    {
        final Fields fields = Fields.of(body, Set.of("location", "stock", "tools", "counterMinutes"), locations);
        final Location location = fields.location("location", true);
        final SortedMap<String, Integer> stock = Lists.quantities(fields, "stock", 0);
        final List<String> tools = Lists.names(fields, "tools");
        final int counterMinutes = fields.integer("counterMinutes", false, 0, MAX_COUNTER_MINUTES, DEFAULT_COUNTER_MINUTES);
        // Checked before the set is built: a refused name is null, which a sorted set cannot hold.
        fields.throwIfInvalid();
        return new PutDepot(at, depotId, location, stock, Tools.of(tools), counterMinutes * 60_000L);
    }

    private static Shift shift(final Fields fields)
    {
        final Fields shift = fields.object("shift", true, SHIFT);
        if (shift == null)
        {
            return null;
        }
        final TimeWindow span = new TimeWindow(shift.instant("start", true), shift.instant("end", true));
        final boolean spanValid = span.start() != TicketSpec.NO_TIME && span.end() != TicketSpec.NO_TIME;
        if (spanValid && span.end() <= span.start())
        {
            shift.error("end", shift.raw("end"), "must be after start (" + shift.raw("start").asText() + ")");
        }
        else if (spanValid && span.end() - span.start() > MAX_SHIFT_HOURS * 3_600_000L)
        {
            shift.error("end", shift.raw("end"), "a shift lasts at most " + MAX_SHIFT_HOURS + " hours");
        }
        final List<TimeWindow> breaks = new ArrayList<>();
        final List<JsonNode> elements = shift.array("breaks", 8);
        for (int i = 0; i < elements.size(); i++)
        {
            final JsonNode element = elements.get(i);
            if (!element.isObject())
            {
                shift.error("breaks[" + i + "]", element, "must be an object with start and end");
                continue;
            }
            final Fields window = shift.element("breaks", i, element, Set.of("start", "end"));
            final TimeWindow pause = new TimeWindow(window.instant("start", true), window.instant("end", true));
            if (pause.start() != TicketSpec.NO_TIME && pause.end() != TicketSpec.NO_TIME)
            {
                if (pause.end() <= pause.start())
                {
                    window.error("end", window.raw("end"), "must be after start");
                }
                else if (spanValid && (pause.start() < span.start() || pause.end() > span.end()))
                {
                    window.error("start", window.raw("start"), "the break must lie inside the shift");
                }
            }
            breaks.add(pause);
        }
        final int overtime = shift.integer("maxOvertimeMinutes", false, 0, 12 * 60, 0);
        return new Shift(span.start(), span.end(), breaks, overtime);
    }
}
