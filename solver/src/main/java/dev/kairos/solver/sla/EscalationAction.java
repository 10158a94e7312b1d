package dev.kairos.solver.sla;

/**
 * What an escalation step does. NOTIFY and PAGE_SUPERVISOR are events for subscribers;
 * RAISE_PRIORITY and FORCE_DISPATCH also change the ticket and the plan.
 */
public enum EscalationAction
{
    NOTIFY, RAISE_PRIORITY, FORCE_DISPATCH, PAGE_SUPERVISOR
}
