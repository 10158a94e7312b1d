package dev.kairos.scenarios.sim;

/** How tickets reach engineers in a simulation. */
public enum Policy
{
    /** Kairos: the fast path at release, then the optimiser improving the plan every tick. */
    KAIROS,
    /** The common practice: at release, the nearest qualified engineer who is free (else the nearest qualified), for good. */
    GREEDY
}
