package dev.kairos.gateway;

/** Valid request bodies for tests, with a twist of choice. */
public final class Bodies
{
    private Bodies()
    {
    }

    public static String ticket(final String title)
    {
        return """
            {"externalId":"EXT-%s","title":"%s","priority":"P2","tier":"gold","region":"north",
             "location":{"lat":51.51,"lon":-0.12},"skills":["hvac",{"name":"electrical","minLevel":2}],
             "tools":["ladder"],"parts":{"filter":2},"durationMinutes":90,
             "window":{"start":"2026-11-23T10:00:00Z","end":"2026-11-23T12:00:00Z"},"due":"2026-11-24T09:00:00Z"}
            """.formatted(title.hashCode(), title);
    }

    public static String engineer(final String name)
    {
        return """
            {"name":"%s","home":{"lat":51.5,"lon":-0.1},"skills":["hvac",{"name":"electrical","level":2}],
             "tools":["ladder","meter"],"shift":{"start":"2026-11-23T08:00:00Z","end":"2026-11-23T16:00:00Z",
             "breaks":[{"start":"2026-11-23T12:00:00Z","end":"2026-11-23T12:30:00Z"}],"maxOvertimeMinutes":30},
             "stock":{"fuse":3,"filter":4},"capacity":12}
            """.formatted(name);
    }
}
