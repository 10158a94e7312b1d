package dev.kairos.solver.sla;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Priority;

import java.util.List;

/**
 * Which tickets a policy is for. An empty list places no condition; tiers and regions compare
 * without regard to case (clients write "Gold" and "gold"). A ticket without a tier or region
 * matches only policies that leave that dimension open.
 */
public record PolicyMatch(List<Priority> priorities, List<String> tiers, List<String> regions)
{
    public static final PolicyMatch ANY = new PolicyMatch(List.of(), List.of(), List.of());

    public PolicyMatch
    {
        priorities = List.copyOf(priorities);
        tiers = List.copyOf(tiers);
        regions = List.copyOf(regions);
    }

    public boolean matches(final TicketSpec spec)
    {
        return (priorities.isEmpty() || priorities.contains(spec.priority()))
            && within(tiers, spec.tier())
            && within(regions, spec.region());
    }

    /** How many dimensions the policy constrains: the most specific matching policy wins. */
    public int specificity()
    {
        return (priorities.isEmpty() ? 0 : 1) + (tiers.isEmpty() ? 0 : 1) + (regions.isEmpty() ? 0 : 1);
    }

    private static boolean within(final List<String> allowed, final String value)
    {
        if (allowed.isEmpty())
        {
            return true;
        }
        if (value == null)
        {
            return false;
        }
        for (final String candidate : allowed)
        {
            if (candidate.equalsIgnoreCase(value))
            {
                return true;
            }
        }
        return false;
    }
}
