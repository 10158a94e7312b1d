package dev.kairos.solver.domain;

/** A point on the earth in WGS-84 degrees. */
public record Location(double lat, double lon)
{
}
