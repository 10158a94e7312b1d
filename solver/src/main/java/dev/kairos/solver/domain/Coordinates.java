package dev.kairos.solver.domain;

/**
 * How a deployment's locations are written. Geographic: WGS-84 {@code lat}/{@code lon} degrees,
 * great-circle travel. Planar: {@code x}/{@code y} on a plane with Euclidean travel, as the published
 * VRPTW and TRSP instances use; a {@link Location} then holds x as {@code lat} and y as {@code lon}.
 */
public enum Coordinates
{
    GEOGRAPHIC,
    PLANAR
}
