package dev.kairos.solver.sla;

/** The three SLA moments: a reminder threshold, a breach, an escalation step. */
public enum SlaEventKind
{
    WARNING("sla.warning"), BREACH("sla.breached"), ESCALATION("sla.escalated");

    private final String type;

    SlaEventKind(final String type)
    {
        this.type = type;
    }

    /** The event type the API and the timeline use. */
    public String type()
    {
        return type;
    }
}
