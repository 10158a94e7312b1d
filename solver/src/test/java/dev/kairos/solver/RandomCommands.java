package dev.kairos.solver;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A seeded stream of every kind of command, valid by the gateway's rules, some of which the
 * engine will refuse (unknown ids, closed tickets). Time moves forward by random steps.
 */
public final class RandomCommands
{
    public static final long START = 1_795_000_000_000L;
    /** The engine's clock in tests that replay these commands: fixed long before them, so time makes nothing due. */
    public static final java.time.InstantSource CLOCK = java.time.InstantSource.fixed(java.time.Instant.EPOCH);
    private static final String[] SKILLS = {"hvac", "electrical", "plumbing", "fiber", "elevator"};
    private static final String[] SKUS = {"filter", "fuse", "valve", "splice-kit", "relay"};

    private final Random random;
    private long now = START;

    public RandomCommands(final long seed)
    {
        this.random = new Random(seed);
    }

    public Command next()
    {
        now += random.nextInt(2_000);
        final int kind = random.nextInt(100);
        if (kind < 35)
        {
            // A few created pinned to an engineer, some of whom may not exist (refused, nothing journaled).
            return new CreateTicket(now, ticketSpec(), kind < 4 ? engineerId() : null);
        }
        if (kind < 45)
        {
            return new UpdateTicket(now, ticketId(), patch());
        }
        if (kind < 52)
        {
            return new CancelTicket(now, ticketId(), random.nextBoolean() ? null : "customer called " + random.nextInt(9));
        }
        if (kind < 60)
        {
            return new PutEngineer(now, engineerId(), engineerSpec());
        }
        if (kind < 63)
        {
            return new PutDepot(now, "D-" + random.nextInt(3), location(), stock());
        }
        if (kind < 90)
        {
            // Some pings arrive late, measured before the engineer's latest.
            return new EngineerLocation(now, engineerId(), location(), now - random.nextInt(60_000));
        }
        if (kind < 98)
        {
            return new ChangeEngineerStatus(now, engineerId(), pick(EngineerStatus.values()));
        }
        return new PutApiKey(now, "K-" + random.nextInt(4), "key " + random.nextInt(100),
            Long.toHexString(random.nextLong()), pick(Role.values()));
    }

    public List<Command> next(final int count)
    {
        final List<Command> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            commands.add(next());
        }
        return commands;
    }

    public TicketSpec ticketSpec()
    {
        final long windowStart = now + random.nextInt(3_600_000);
        return new TicketSpec(
            random.nextBoolean() ? "EXT-" + random.nextInt(1_000_000) : null,
            "Fix unit " + random.nextInt(1000),
            pick(Priority.values()),
            random.nextBoolean() ? "gold" : null,
            random.nextBoolean() ? "north" : null,
            location(),
            List.of(new SkillRequirement(pick(SKILLS), 1 + random.nextInt(3))),
            random.nextBoolean() ? List.of("ladder") : List.of(),
            Stock.of(random.nextBoolean() ? Map.of(pick(SKUS), 1 + random.nextInt(3)) : Map.of()),
            15 + random.nextInt(240),
            random.nextBoolean() ? new TimeWindow(windowStart, windowStart + 7_200_000) : null,
            random.nextBoolean() ? now + 86_400_000 : TicketSpec.NO_TIME,
            random.nextInt(4) == 0 ? "crm" : null);
    }

    private TicketPatch patch()
    {
        return new TicketPatch(
            random.nextBoolean() ? "Revised " + random.nextInt(100) : null,
            random.nextBoolean() ? pick(Priority.values()) : null,
            null,
            random.nextBoolean() ? "south" : null,
            random.nextBoolean() ? location() : null,
            random.nextBoolean() ? List.of(new SkillRequirement(pick(SKILLS), 2)) : null,
            null,
            random.nextBoolean() ? Stock.of(Map.of(pick(SKUS), 2)) : null,
            random.nextBoolean() ? 30 + random.nextInt(60) : 0,
            null,
            random.nextBoolean() ? now + 3_600_000 : TicketSpec.NO_TIME);
    }

    public EngineerSpec engineerSpec()
    {
        final long shiftStart = now - random.nextInt(3_600_000);
        return new EngineerSpec(
            "Engineer " + random.nextInt(1000),
            location(),
            List.of(new Skill(pick(SKILLS), 1 + random.nextInt(3)), new Skill(pick(SKILLS), 1)),
            random.nextBoolean() ? List.of("ladder", "meter") : List.of(),
            new Shift(shiftStart, shiftStart + 8 * 3_600_000L,
                List.of(new TimeWindow(shiftStart + 4 * 3_600_000L, shiftStart + 4 * 3_600_000L + 1_800_000)),
                random.nextInt(60)),
            stock(),
            random.nextBoolean() ? EngineerSpec.NO_CAPACITY : 10 + random.nextInt(20));
    }

    private SortedMap<String, Integer> stock()
    {
        final Map<String, Integer> stock = new TreeMap<>();
        for (int i = random.nextInt(3); i > 0; i--)
        {
            stock.put(pick(SKUS), random.nextInt(10));
        }
        return Stock.of(stock);
    }

    private Location location()
    {
        return new Location(51.3 + random.nextDouble() * 0.4, -0.4 + random.nextDouble() * 0.6);
    }

    private String ticketId()
    {
        return "T-" + (1 + random.nextInt(200));
    }

    private String engineerId()
    {
        return "E-" + random.nextInt(40);
    }

    private <T> T pick(final T[] values)
    {
        return values[random.nextInt(values.length)];
    }
}
