package dev.kairos.solver.planning.advice;

/** A place a ticket could go: an engineer, a position in their route, and its timing there (epoch ms). */
public record Slot(String engineerId, int position, long arrival, long start, long end)
{
}
