package dev.kairos.scenarios.check;

/** What a solution got wrong; tests and reports group violations by it. */
public enum ViolationKind
{
    /** A node id the instance does not have. */
    UNKNOWN_NODE,
    /** A route that is not shaped as the numbering requires (start, return, depot, owner). */
    ROUTE_SHAPE,
    /** A customer or request that no route serves. */
    MISSING_VISIT,
    /** A customer or request served more than once. */
    DUPLICATE_VISIT,
    /** More vehicles used than the instance has. */
    TOO_MANY_VEHICLES,
    /** Not the number of technicians the dispatcher asked for ("I have N people today"). */
    TECHNICIAN_COUNT,
    /** A vehicle loaded beyond its capacity. */
    CAPACITY,
    /** Service, or a depot visit, starting after its window closed. */
    TIME_WINDOW,
    /** Back at the depot or home after it closes or the shift ends. */
    LATE_RETURN,
    /** A technician lacking a skill the request needs. */
    SKILL,
    /** A technician lacking a tool the request needs, with no depot visit before it. */
    TOOL,
    /** A technician out of a spare part the request consumes, with no depot visit before it. */
    PART
}
