package dev.kairos.scenarios.published;

/**
 * The central depot of a Pillac TRSP instance (row 0). A technician who stops here picks up any
 * tool and as many spare parts as the rest of the route needs; {@code open}/{@code close} bound
 * the day.
 */
public record PillacDepot(double x, double y, double open, double close, double service)
{
}
