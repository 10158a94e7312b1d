package dev.kairos.solver.planning.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.HashMap;
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

    public boolean hasToolsFor(final Visit visit)
    {
        return tools.containsAll(visit.getTools());
    }

    /** Parts the visits need beyond what the van carries, summed over skus. */
    public int partsShortfall()
    {
        final Map<String, Integer> needed = new HashMap<>();
        for (final Visit visit : visits)
        {
            visit.getParts().forEach((sku, quantity) -> needed.merge(sku, quantity, Integer::sum));
        }
        int shortfall = 0;
        for (final Map.Entry<String, Integer> need : needed.entrySet())
        {
            shortfall += Math.max(0, need.getValue() - stock.getOrDefault(need.getKey(), 0));
        }
        return shortfall;
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

    public long travelMillis()
    {
        if (visits.isEmpty())
        {
            return 0;
        }
        long total = 0;
        int here = startPlace;
        for (final Visit visit : visits)
        {
            total += travel.millis(here, visit.getPlace());
            here = visit.getPlace();
        }
        return total + travel.millis(here, homePlace);
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
