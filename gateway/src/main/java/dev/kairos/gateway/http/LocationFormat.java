package dev.kairos.gateway.http;

import dev.kairos.solver.domain.Area;
import dev.kairos.solver.domain.Location;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import java.util.Set;

/**
 * How locations are written on the wire, following the deployment's area: {@code {lat, lon}} in
 * degrees on a geographic server, {@code {x, y}} on a planar one (the published instances'
 * coordinates). A server's channels carry theirs as an attribute, so the request decoders, the
 * responses and the events of one server agree, whatever other servers share the JVM.
 */
public enum LocationFormat
{
    GEOGRAPHIC("lat", "lon", 90, 180),
    PLANAR("x", "y", 1e9, 1e9);

    public static final AttributeKey<LocationFormat> CHANNEL = AttributeKey.valueOf("kairos.locations");
    /** The Jackson attribute {@link Json} writers carry it under. */
    static final String ATTRIBUTE = "kairos.locations";

    private final String first;
    private final String second;
    private final double firstLimit;
    private final double secondLimit;

    LocationFormat(final String first, final String second, final double firstLimit, final double secondLimit)
    {
        this.first = first;
        this.second = second;
        this.firstLimit = firstLimit;
        this.secondLimit = secondLimit;
    }

    public static LocationFormat of(final Area area)
    {
        return area.planar() ? PLANAR : GEOGRAPHIC;
    }

    /** The format of the server a channel belongs to; geographic when none was set. */
    public static LocationFormat of(final Channel channel)
    {
        final LocationFormat format = channel.attr(CHANNEL).get();
        return format == null ? GEOGRAPHIC : format;
    }

    /** The first coordinate's field name: {@code lat} or {@code x}. */
    public String first()
    {
        return first;
    }

    /** The second coordinate's field name: {@code lon} or {@code y}. */
    public String second()
    {
        return second;
    }

    public double firstLimit()
    {
        return firstLimit;
    }

    public double secondLimit()
    {
        return secondLimit;
    }

    /** The two field names, for a decoder's allowed set. */
    public Set<String> names()
    {
        return Set.of(first, second);
    }

    double firstOf(final Location location)
    {
        return location.lat();
    }

    double secondOf(final Location location)
    {
        return location.lon();
    }
}
