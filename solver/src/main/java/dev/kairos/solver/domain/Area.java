package dev.kairos.solver.domain;

/**
 * The coordinate system a deployment plans in, fixed before the first located thing arrives.
 * {@code unitMillis} is the driving time per distance unit on a plane; 0 for geographic areas,
 * whose speed is the city default.
 */
public record Area(Coordinates coordinates, double unitMillis)
{
    public static final Area GEOGRAPHIC = new Area(Coordinates.GEOGRAPHIC, 0);

    public Area
    {
        if (coordinates == null)
        {
            throw new IllegalArgumentException("coordinates are required");
        }
        if (coordinates == Coordinates.PLANAR ? !(unitMillis > 0) || Double.isInfinite(unitMillis) : unitMillis != 0)
        {
            throw new IllegalArgumentException(coordinates == Coordinates.PLANAR ?
                "a planar area needs a positive, finite unitMillis, was " + unitMillis :
                "a geographic area has no unitMillis, was " + unitMillis);
        }
    }

    public static Area planar(final double unitMillis)
    {
        return new Area(Coordinates.PLANAR, unitMillis);
    }

    public boolean planar()
    {
        return coordinates == Coordinates.PLANAR;
    }
}
