package dev.kairos.solver.planning.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.Reach;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A ticket to visit. The solver places it on a route; its arrival follows from the visit before
 * it (or the route's departure) through a depot when the van no longer holds its parts or does
 * not carry its tools ({@link PickUps}), and its start waits for the window and goes around breaks.
 */
@PlanningEntity
public class Visit
{
    @PlanningId
    private String ticketId;
    private int place;
    private long durationMillis;
    private long windowStart;
    private long windowEnd;
    private boolean narrowWindow;
    private long due;
    private Priority priority;
    private boolean goldTier;
    private List<SkillRequirement> skills;
    private List<String> tools;
    private Map<String, Integer> parts;
    /** The engineer the live plan has it on; moving it elsewhere costs stability. */
    private String plannedEngineerId;
    /** Load it takes from the vehicle (published VRPTW instances); 0 in field service. */
    private int demand;
    /** The engineer a dispatcher pinned it to, or null. */
    private String pinnedEngineerId;
    /**
     * When the last engineer in the problem stops work: left unassigned, the visit cannot be done
     * before then. {@code Long.MIN_VALUE} when the problem has no such end (published instances).
     */
    private long horizon = Long.MIN_VALUE;
    /**
     * The longest drive into this visit worth making when it is routine: {@link Reach#routineLimitMillis} of the
     * nearest qualified engineer's drive, which the problem's builder knows; an absolute limit until it is told.
     */
    private long routineDriveLimit = Reach.ROUTINE_DRIVE_MILLIS;

    /** Dispatched or in-progress work keeps its committed times (null otherwise): see {@link #commit}. */
    private Long fixedArrival;
    private Long fixedStart;
    private Long fixedEnd;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private EngineerRoute route;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @ShadowVariable(supplierName = "arrivalSupplier")
    private Long arrival;
    /** What the van holds after this visit (a pick-up of its shortfall on the way included). */
    @ShadowVariable(supplierName = "vanAfterSupplier")
    private Map<String, Integer> vanAfter;
    /** The tools on board after this visit: the engineer's own and any borrowed on the way so far. */
    @ShadowVariable(supplierName = "toolsAfterSupplier")
    private Collection<String> toolsAfter;

    public Visit()
    {
    }

    public Visit(
        final String ticketId, final int place, final TicketSpec spec, final String plannedEngineerId, final String pinnedEngineerId)
    {
        this.pinnedEngineerId = pinnedEngineerId;
        this.ticketId = ticketId;
        this.place = place;
        this.durationMillis = spec.durationMinutes() * 60_000L;
        this.windowStart = spec.window() == null ? Long.MIN_VALUE : spec.window().start();
        this.windowEnd = spec.window() == null ? Long.MAX_VALUE : spec.window().end();
        this.narrowWindow = Insertion.narrowWindow(spec);
        this.due = spec.due() == TicketSpec.NO_TIME ? Long.MAX_VALUE : spec.due();
        this.priority = spec.priority();
        this.goldTier = "gold".equalsIgnoreCase(spec.tier());
        this.skills = spec.skills();
        this.tools = spec.tools();
        this.parts = spec.parts();
        this.plannedEngineerId = plannedEngineerId;
    }

    @ShadowSources({"route", "previous.arrival", "previous.vanAfter", "previous.toolsAfter"})
    public Long arrivalSupplier()
    {
        if (route == null)
        {
            return null;
        }
        if (fixedArrival != null)
        {
            // Pinned to its index, so it is on its committed route whenever it is on one.
            return fixedArrival;
        }
        if (previous == null)
        {
            return route.getDeparture() + route.legMillis(route.getStartPlace(), route.getStock(), route.getTools(), this);
        }
        if (previous.getArrival() == null || previous.getVanAfter() == null || previous.getToolsAfter() == null)
        {
            return null;
        }
        return previous.getEnd() + route.legMillis(previous.getPlace(), previous.getVanAfter(), previous.getToolsAfter(), this);
    }

    @ShadowSources({"route", "previous.toolsAfter", "previous.vanAfter"})
    public Collection<String> toolsAfterSupplier()
    {
        if (route == null)
        {
            return null;
        }
        final Collection<String> before = previous == null ? route.getTools() : previous.getToolsAfter();
        final Map<String, Integer> van = getVanBefore();
        if (before == null || van == null)
        {
            return null;
        }
        if (before.containsAll(tools))
        {
            return before;
        }
        final int from = previous == null ? route.getStartPlace() : previous.getPlace();
        return EngineerRoute.toolsAfter(before, this, route.pickUpFor(from, van, before, this));
    }

    @ShadowSources({"route", "previous.vanAfter"})
    public Map<String, Integer> vanAfterSupplier()
    {
        if (route == null)
        {
            return null;
        }
        final Map<String, Integer> before = previous == null ? route.getStock() : previous.getVanAfter();
        return before == null ? null : PickUps.after(before, parts);
    }

    /** What the van holds on arrival at this visit, before any pick-up for it; null while unplaced. */
    public Map<String, Integer> getVanBefore()
    {
        return route == null ? null : previous == null ? route.getStock() : previous.getVanAfter();
    }

    /** When work starts: after arrival, not before the window opens, never across a break. */
    public long getStart()
    {
        if (fixedStart != null)
        {
            return fixedStart;
        }
        final long earliest = Math.max(arrival, windowStart);
        return route.startAfterBreaks(earliest, durationMillis);
    }

    /** Work that can wait for a nearer engineer ({@link Reach#routine}), judged at the problem's horizon. */
    public boolean isRoutine()
    {
        return Reach.routine(due, narrowWindow, horizon);
    }

    /**
     * Routine work reached by a longer drive than the nearest qualified engineer's allows ({@link Reach}); time at a
     * depot's counter on the way is no drive ({@code Reach.driveInMillis} on the fast path).
     */
    public boolean isRoutineDrivenFar()
    {
        if (!isRoutine() || driveInMillis() <= routineDriveLimit)
        {
            return false;
        }
        final int from = previous == null ? route.getStartPlace() : previous.getPlace();
        final DepotPlace depot = fixedArrival != null ? null :
            route.pickUpFor(from, getVanBefore(), previous == null ? route.getTools() : previous.getToolsAfter(), this);
        return driveInMillis() - (depot == null ? 0 : depot.stock().counterMillis()) > routineDriveLimit;
    }

    /** The drive into this visit, depot detour included: from the previous visit's end, or the route's departure. */
    public long driveInMillis()
    {
        return getArrival() - (previous == null ? route.getDeparture() : previous.getEnd());
    }

    public long getEnd()
    {
        return fixedEnd != null ? fixedEnd : getStart() + durationMillis;
    }

    /**
     * Dispatched or in-progress work: the engineer is on the way or on site, so the times the live
     * plan committed to hold, rather than a drive starting now from wherever the engineer last pinged.
     */
    public void commit(final long arrival, final long start, final long end)
    {
        this.fixedArrival = arrival;
        this.fixedStart = start;
        this.fixedEnd = end;
    }

    public String getTicketId()
    {
        return ticketId;
    }

    public int getPlace()
    {
        return place;
    }

    public long getDurationMillis()
    {
        return durationMillis;
    }

    public long getWindowEnd()
    {
        return windowEnd;
    }

    public long getDue()
    {
        return due;
    }

    public long getHorizon()
    {
        return horizon;
    }

    public void setHorizon(final long horizon)
    {
        this.horizon = horizon;
    }

    public long getRoutineDriveLimit()
    {
        return routineDriveLimit;
    }

    public void setRoutineDriveLimit(final long routineDriveLimit)
    {
        this.routineDriveLimit = routineDriveLimit;
    }

    public Priority getPriority()
    {
        return priority;
    }

    public boolean isGoldTier()
    {
        return goldTier;
    }

    public List<SkillRequirement> getSkills()
    {
        return skills;
    }

    public List<String> getTools()
    {
        return tools;
    }

    public Map<String, Integer> getParts()
    {
        return parts;
    }

    public String getPlannedEngineerId()
    {
        return plannedEngineerId;
    }

    public int getDemand()
    {
        return demand;
    }

    public void setDemand(final int demand)
    {
        this.demand = demand;
    }

    public String getPinnedEngineerId()
    {
        return pinnedEngineerId;
    }

    public EngineerRoute getRoute()
    {
        return route;
    }

    public void setRoute(final EngineerRoute route)
    {
        this.route = route;
    }

    public Visit getPrevious()
    {
        return previous;
    }

    public void setPrevious(final Visit previous)
    {
        this.previous = previous;
    }

    public Long getArrival()
    {
        return arrival;
    }

    public void setArrival(final Long arrival)
    {
        this.arrival = arrival;
    }

    public Map<String, Integer> getVanAfter()
    {
        return vanAfter;
    }

    public void setVanAfter(final Map<String, Integer> vanAfter)
    {
        this.vanAfter = vanAfter;
    }

    public Collection<String> getToolsAfter()
    {
        return toolsAfter;
    }

    public void setToolsAfter(final Collection<String> toolsAfter)
    {
        this.toolsAfter = toolsAfter;
    }

    @Override
    public String toString()
    {
        return ticketId;
    }
}
