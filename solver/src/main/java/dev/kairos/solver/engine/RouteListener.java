package dev.kairos.solver.engine;

/**
 * Told on the engine thread, so it must not block, which engineer's route a command changed.
 * {@code newWork} says the route now holds the command's own ticket (a new ticket placed there,
 * one moved or pinned onto it) or that the engineer is the nearest to a ticket no one could take:
 * the changes whose neighbourhood the optimiser should look at first. Completions and
 * cancellations only take work away and are not new work.
 */
@FunctionalInterface
public interface RouteListener
{
    void routeChanged(String engineerId, boolean newWork);
}
