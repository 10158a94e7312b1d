package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.SetArea;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Coordinates;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.TravelTimes;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unassigned tickets a sub-problem takes are those of the plain selection (every open one an
 * engineer could do, sorted, near ones and the first {@link SubProblem#FAR_LIMIT} far), which
 * {@link SubProblem#around} reaches without asking most far tickets anything: seeded random
 * overloaded plans, on the road and on the plane (and on a grid, where distances tie), every engineer
 * as the seed, several limits.
 */
class SubProblemSelectionTest
{
    private static final long NINE = 1_795_424_400_000L; // 2026-11-23T09:00:00Z
    private static final long MINUTE = 60_000L;
    private static final List<String> SKILLS = List.of("hvac", "fiber", "elevator");
    private static final List<String> TOOLS = List.of("ladder", "drill");
    private static final long SEED = 20261208L;

    @Test
    void shouldTakeThePlainSelectionsTicketsOnTheRoad()
    {
        // 0.2° of latitude (22 km) by 0.3° of longitude around London: near, far, and far beyond.
        agree(null, random -> new Location(51.4 + random.nextDouble() * 0.2, -0.3 + random.nextDouble() * 0.3));
    }

    @Test
    void shouldTakeThePlainSelectionsTicketsOnThePlane()
    {
        agree(new SetArea(NINE, Coordinates.PLANAR, MINUTE), random -> new Location(random.nextDouble() * 50, random.nextDouble() * 50));
    }

    @Test
    void shouldTakeThePlainSelectionsTicketsOnAGridWhereDistancesTie()
    {
        // Whole units, as the published instances have them: many tickets equally far from the seed, so the id decides.
        agree(new SetArea(NINE, Coordinates.PLANAR, MINUTE), random -> new Location(random.nextInt(12), random.nextInt(12)));
    }

    private static void agree(final SetArea area, final Function<Random, Location> place)
    {
        final Random random = new Random(SEED);
        int compared = 0;
        int farTaken = 0;
        int nearTaken = 0;
        for (int round = 0; round < 20; round++)
        {
            final LiveState state = overloaded(area, place, random);
            for (final Engineer seed : state.engineers())
            {
                for (final int limit : new int[] {1, 3, 12, 1_000})
                {
                    final List<String> expected = plainSelection(state, seed.id(), 4, limit);
                    final SubProblem problem = SubProblem.around(state, seed.id(), 4, limit, NINE);
                    assertThat(problem.unassigned()).as("seed %s, limit %d, round %d", seed.id(), limit, round).isEqualTo(expected);
                    assertThat(problem.tickets().keySet()).containsAll(expected);
                    compared++;
                    if (limit == 1_000)
                    {
                        nearTaken += nearCount(state, problem);
                        farTaken += expected.size() - nearCount(state, problem);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
        // Both ways in were exercised: within the near drive, and the best of the far.
        assertThat(nearTaken).isGreaterThan(100);
        assertThat(farTaken).isGreaterThan(100);
    }

    /** A few engineers, short shifts, a depot lending tools, and far more tickets than fit. */
    private static LiveState overloaded(final SetArea area, final Function<Random, Location> place, final Random random)
    {
        final LiveState state = new LiveState();
        long position = 0;
        if (area != null)
        {
            state.apply(area, Effects.NONE, ++position);
        }
        state.apply(new PutDepot(NINE, "D-1", place.apply(random), Stock.of(Map.of()), new TreeSet<>(List.of("drill"))), Effects.NONE, ++position);
        final int engineers = 3 + random.nextInt(10);
        for (int i = 0; i < engineers; i++)
        {
            final List<Skill> skills = new ArrayList<>();
            for (final String skill : SKILLS)
            {
                if (random.nextInt(3) > 0 || skills.isEmpty() && skill.equals(SKILLS.getLast()))
                {
                    skills.add(new Skill(skill, 1 + random.nextInt(3)));
                }
            }
            final List<String> tools = random.nextBoolean() ? List.of("ladder") : List.of();
            final Shift shift = new Shift(NINE, NINE + (60 + random.nextInt(240)) * MINUTE, List.of(), random.nextInt(2) * 30);
            state.apply(new PutEngineer(NINE, "E-" + i, new EngineerSpec("engineer", place.apply(random), skills, tools, shift,
                Stock.of(Map.of()), EngineerSpec.NO_CAPACITY)), Effects.NONE, ++position);
        }
        final int tickets = 40 + random.nextInt(120);
        for (int t = 0; t < tickets; t++)
        {
            final TicketSpec spec = ticket(place.apply(random), random);
            final String id = state.nextTicketId();
            final Insertion.Placement placement = Insertion.place(state, id, spec, NINE);
            state.apply(new CreateTicket(NINE, spec), new Effects(id, placement.routes(), placement.unassignedReason()), ++position);
        }
        assertThat(state.plan().unassigned()).as("overloaded").hasSizeGreaterThan(tickets / 3);
        return state;
    }

    private static TicketSpec ticket(final Location where, final Random random)
    {
        final long start = NINE + random.nextInt(6 * 60) * MINUTE;
        final TimeWindow window = switch (random.nextInt(3))
        {
            case 0 -> new TimeWindow(start, start + (60 + random.nextInt(90)) * MINUTE); // narrow: the six-minute reach
            case 1 -> new TimeWindow(start, start + 8 * 60 * MINUTE);
            default -> null;
        };
        final long due = random.nextBoolean() ? TicketSpec.NO_TIME : NINE + random.nextInt(12 * 60) * MINUTE;
        final List<String> tools = random.nextInt(4) == 0 ? List.of(TOOLS.get(random.nextInt(TOOLS.size()))) : List.of();
        return new TicketSpec(null, "job", Priority.values()[random.nextInt(Priority.values().length)], null, null, where,
            List.of(new SkillRequirement(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(3))), tools,
            Stock.of(Map.of()), 30 + random.nextInt(90), window, due);
    }

    /** How many of the problem's unassigned tickets are within the near drive of one of its engineers. */
    private static int nearCount(final LiveState state, final SubProblem problem)
    {
        int near = 0;
        for (final String id : problem.unassigned())
        {
            final TicketSpec spec = state.ticket(id).spec();
            final long reach = Insertion.narrowWindow(spec) ? SubProblem.NEAR_NARROW_MILLIS : SubProblem.NEAR_MILLIS;
            near += problem.engineers().stream().anyMatch(e -> state.travel().millis(e.location(), spec.location()) <= reach) ? 1 : 0;
        }
        return near;
    }

    private record Candidate(Ticket ticket, double distance, boolean breaches)
    {
    }

    /** Every open unassigned ticket an engineer could do, sorted; near ones and the first far ones up to the limit. */
    private static List<String> plainSelection(final LiveState state, final String seedId, final int engineerCount, final int limit)
    {
        final Engineer seed = state.engineer(seedId);
        final TravelTimes travel = state.travel();
        final List<Engineer> engineers = Insertion.nearest(new ArrayList<>(state.engineers()), seed.location(), travel, engineerCount);
        final List<PickUps.DepotStock> depots = PickUps.depots(state);
        long horizon = Long.MIN_VALUE;
        for (final Engineer engineer : engineers)
        {
            horizon = Math.max(horizon, engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L);
        }
        final List<Candidate> open = new ArrayList<>();
        for (final String id : state.plan().unassigned().keySet())
        {
            final Ticket ticket = state.ticket(id);
            if (ticket.status() == TicketStatus.NEW && engineers.stream().anyMatch(e -> Insertion.canServe(e, ticket.spec(), () -> depots)))
            {
                final long due = state.planningSpec(id).due();
                open.add(new Candidate(ticket, travel.distance(seed.location(), ticket.spec().location()),
                    due != TicketSpec.NO_TIME && due <= horizon));
            }
        }
        open.sort(Comparator.comparing((Candidate c) -> !c.breaches()).thenComparingDouble(Candidate::distance)
            .thenComparing(c -> c.ticket().id()));
        final List<String> unassigned = new ArrayList<>();
        int far = 0;
        for (final Candidate candidate : open)
        {
            if (unassigned.size() == limit)
            {
                break;
            }
            final TicketSpec spec = candidate.ticket().spec();
            final long reach = Insertion.narrowWindow(spec) ? SubProblem.NEAR_NARROW_MILLIS : SubProblem.NEAR_MILLIS;
            if (engineers.stream().anyMatch(e -> travel.millis(e.location(), spec.location()) <= reach) || far++ < SubProblem.FAR_LIMIT)
            {
                unassigned.add(candidate.ticket().id());
            }
        }
        return unassigned;
    }
}
