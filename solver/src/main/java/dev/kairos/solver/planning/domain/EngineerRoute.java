package dev.kairos.solver.planning.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.PickUps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One engineer's day as the solver sees it: where and when they set off, what they can do and
 * carry, and the visits they make in order. The first {@code pinned} visits are dispatched or in
 * progress and stay where they are.
 */
@PlanningEntity
public class EngineerRoute
{
    @PlanningId
    private String engineerId;
    private int startPlace;
    private int homePlace;
    private long departure;
    private long shiftEnd;
    private long maxOvertimeMillis;
    private List<TimeWindow> breaks;
    private List<Skill> skills;
    private List<String> tools;
    private Map<String, Integer> stock;
    private int capacity;
    private TravelMatrix travel;
    /** Total demand the vehicle carries (published VRPTW instances); -1 when there is no such limit. */
    private int loadCapacity = -1;
    /** Where a visit the van lacks parts or tools for can pick them up; none in published VRPTW instances. */
    private List<DepotPlace> depots = List.of();

    @PlanningPinToIndex
    private int pinned;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Visit> visits = new ArrayList<>();

    public EngineerRoute()
    {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public EngineerRoute(
        final String engineerId, final int startPlace, final int homePlace, final long departure, final long shiftEnd,
        final long maxOvertimeMillis, final List<TimeWindow> breaks, final List<Skill> skills, final List<String> tools,
        final Map<String, Integer> stock, final int capacity, final TravelMatrix travel, final int pinned)
    {
        this.engineerId = engineerId;
        this.startPlace = startPlace;
        this.homePlace = homePlace;
        this.departure = departure;
        this.shiftEnd = shiftEnd;
        this.maxOvertimeMillis = maxOvertimeMillis;
        this.breaks = breaks;
        this.skills = skills;
        this.tools = tools;
        this.stock = stock;
        this.capacity = capacity;
        this.travel = travel;
        this.pinned = pinned;
    }

    public boolean hasSkillsFor(final Visit visit)
    {
        for (final SkillRequirement requirement : visit.getSkills())
        {
            boolean met = false;
            for (final Skill skill : skills)
            {
                met |= requirement.isMetBy(skill);
            }
            if (!met)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * What a route lacks, from one walk of it: {@code tools}, visits whose tools are neither carried
     * (the engineer's own, or borrowed earlier on the route) nor lent, with the visit's missing
     * parts, by one depot on the way; {@code parts}, the parts the visits need that neither the van,
     * as it goes, nor any one depot on the way (one that also lends the visit's lacking tools) can
     * give, summed over skus. Per route, not per visit: what a visit lacks depends on the visits before it.
     */
    public record Shortfall(int tools, int parts)
    {
    }

    /**
     * Both shortfalls in one walk. The two hard constraints read it through one shared stream (the
     * same mapping function, so Timefold builds one node), where each used to walk the route twice.
     */
    public Shortfall shortfall()
    {
        int lackingTools = 0;
        int missingParts = 0;
        Map<String, Integer> van = stock;
        Collection<String> onBoard = tools;
        int here = startPlace;
        for (final Visit visit : visits)
        {
            final Map<String, Integer> missing = PickUps.shortfall(van, visit.getParts());
            final List<String> lacking = PickUps.lacking(onBoard, visit.getTools());
            final DepotPlace depot = missing.isEmpty() && lacking.isEmpty() ? null : pickUpDepot(here, missing, lacking, visit);
            if (depot == null)
            {
                lackingTools += lacking.isEmpty() ? 0 : 1;
                for (final int quantity : missing.values())
                {
                    missingParts += quantity;
                }
            }
            van = PickUps.after(van, visit.getParts());
            onBoard = toolsAfter(onBoard, visit, depot);
            here = visit.getPlace();
        }
        return new Shortfall(lackingTools, missingParts);
    }

    /**
     * The tools on board after a visit reached through {@code depot} (null: none): only a pick-up adds
     * tools, so a visit that lacked one and found no lender leaves the next visit lacking it too.
     */
    static Collection<String> toolsAfter(final Collection<String> onBoard, final Visit visit, final DepotPlace depot)
    {
        return depot == null ? onBoard : PickUps.carried(onBoard, visit.getTools());
    }

    /**
     * From a place to the start of the visit's work: the drive, through the best depot and its
     * counter when the van ({@code van}, {@code onBoard}) lacks the visit's parts or tools.
     */
    long legMillis(final int from, final Map<String, Integer> van, final Collection<String> onBoard, final Visit visit)
    {
        final DepotPlace depot = pickUpFor(from, van, onBoard, visit);
        return depot == null ? travel.millis(from, visit.getPlace()) : viaMillis(from, depot, visit) + depot.stock().counterMillis();
    }

    /** The depot the visit's pick-up goes through; null when the van has all it needs, or no depot can give it. */
    DepotPlace pickUpFor(final int from, final Map<String, Integer> van, final Collection<String> onBoard, final Visit visit)
    {
        final Map<String, Integer> missing = PickUps.shortfall(van, visit.getParts());
        final List<String> lacking = PickUps.lacking(onBoard, visit.getTools());
        return missing.isEmpty() && lacking.isEmpty() ? null : pickUpDepot(from, missing, lacking, visit);
    }

    private long viaMillis(final int from, final DepotPlace depot, final Visit visit)
    {
        return travel.millis(from, depot.place()) + travel.millis(depot.place(), visit.getPlace());
    }

    /**
     * The depot holding all of {@code missing} and lending all of {@code lacking} that adds the least
     * time from {@code from} to the visit through it, its counter included; null if none.
     */
    DepotPlace pickUpDepot(final int from, final Map<String, Integer> missing, final List<String> lacking, final Visit visit)
    {
        DepotPlace best = null;
        long bestMillis = Long.MAX_VALUE;
        for (final DepotPlace depot : depots)
        {
            if (depot.stock().supplies(missing, lacking))
            {
                final long millis = PickUps.viaMillis(travel.millis(from, depot.place()), depot.stock(),
                    travel.millis(depot.place(), visit.getPlace()));
                if (millis < bestMillis)
                {
                    bestMillis = millis;
                    best = depot;
                }
            }
        }
        return best;
    }

    public int loadExcess()
    {
        if (loadCapacity < 0)
        {
            return 0;
        }
        int load = 0;
        for (final Visit visit : visits)
        {
            load += visit.getDemand();
        }
        return Math.max(0, load - loadCapacity);
    }

    public void setLoadCapacity(final int loadCapacity)
    {
        this.loadCapacity = loadCapacity;
    }

    public int capacityExcess()
    {
        return capacity < 0 ? 0 : Math.max(0, visits.size() - capacity);
    }

    /** Back home after the last visit; the departure time when there are no visits. */
    public long returnAt()
    {
        if (visits.isEmpty())
        {
            return departure;
        }
        final Visit last = visits.getLast();
        return last.getArrival() == null ? departure : last.getEnd() + travel.millis(last.getPlace(), homePlace);
    }

    /** Time past the shift end plus allowed overtime: breaks a hard rule. */
    public long lateReturnMillis()
    {
        return visits.isEmpty() ? 0 : Math.max(0, returnAt() - shiftEnd - maxOvertimeMillis);
    }

    /** Time past the shift end, allowed or not: costs overtime. */
    public long overtimeMillis()
    {
        return visits.isEmpty() ? 0 : Math.max(0, returnAt() - shiftEnd);
    }

    /** Time spent on site waiting for windows to open or breaks to end before work starts. */
    public long idleMillis()
    {
        long total = 0;
        for (final Visit visit : visits)
        {
            if (visit.getArrival() != null)
            {
                total += visit.getStart() - visit.getArrival();
            }
        }
        return total;
    }

    /** Driving, depot detours included (their counter time is not driving). */
    public long travelMillis()
    {
        if (visits.isEmpty())
        {
            return 0;
        }
        long total = 0;
        int here = startPlace;
        Map<String, Integer> van = stock;
        Collection<String> onBoard = tools;
        for (final Visit visit : visits)
        {
            final DepotPlace depot = pickUpFor(here, van, onBoard, visit);
            total += depot == null ? travel.millis(here, visit.getPlace()) : viaMillis(here, depot, visit);
            van = PickUps.after(van, visit.getParts());
            onBoard = toolsAfter(onBoard, visit, depot);
            here = visit.getPlace();
        }
        return total + travel.millis(here, homePlace);
    }

    /** Driving (depot detours included) and working; waiting is not busy. */
    public long busyMillis()
    {
        long work = 0;
        for (final Visit visit : visits)
        {
            work += visit.getDurationMillis();
        }
        return travelMillis() + work;
    }

    public Map<String, Integer> getStock()
    {
        return stock;
    }

    /** The engineer's own tools: what the van carries when it sets off. */
    public List<String> getTools()
    {
        return tools;
    }

    public void setDepots(final List<DepotPlace> depots)
    {
        this.depots = depots;
    }

    long startAfterBreaks(final long start, final long duration)
    {
        long result = start;
        for (final TimeWindow pause : breaks)
        {
            if (result < pause.end() && result + duration > pause.start())
            {
                result = pause.end();
            }
        }
        return result;
    }

    public String getEngineerId()
    {
        return engineerId;
    }

    public int getStartPlace()
    {
        return startPlace;
    }

    public long getDeparture()
    {
        return departure;
    }

    public TravelMatrix getTravel()
    {
        return travel;
    }

    public int getPinned()
    {
        return pinned;
    }

    public List<Visit> getVisits()
    {
        return visits;
    }

    public void setVisits(final List<Visit> visits)
    {
        this.visits = visits;
    }

    @Override
    public String toString()
    {
        return engineerId;
    }
}
