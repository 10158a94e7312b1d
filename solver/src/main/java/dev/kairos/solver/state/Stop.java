package dev.kairos.solver.state;

/** One planned visit on a route: when the engineer arrives, starts and finishes (epoch ms). */
public record Stop(String ticketId, long arrival, long start, long end)
{
}
