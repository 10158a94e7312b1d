package dev.kairos.scenarios.check;

/**
 * One thing wrong with a solution, with enough detail (route, node, numbers) to find it.
 *
 * @param node the node id at fault, or {@link #NO_NODE} when the fault is the route or the solution
 */
public record Violation(ViolationKind kind, int node, String detail)
{
    public static final int NO_NODE = -1;
}
