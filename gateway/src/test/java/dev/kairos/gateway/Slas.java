package dev.kairos.gateway;

/** SLA request bodies for tests. */
public final class Slas
{
    private Slas()
    {
    }

    /** Monday to Friday, 09:00 to 17:00 in London. */
    public static String officeCalendar()
    {
        final String day = "[{\"start\":\"09:00\",\"end\":\"17:00\"}]";
        return "{\"zone\":\"Europe/London\",\"hours\":{\"MONDAY\":" + day + ",\"TUESDAY\":" + day + ",\"WEDNESDAY\":" + day
            + ",\"THURSDAY\":" + day + ",\"FRIDAY\":" + day + "},\"holidays\":[\"2026-12-25\"]}";
    }

    /** The example policy. */
    public static String goldP1()
    {
        return """
            {"name":"gold-p1","match":{"priorities":["P1"],"tiers":["gold"]},"responseTarget":"PT2H",
             "responseMilestone":"ON_SITE","resolutionTarget":"PT8H","calendar":"24x7",
             "reminders":[50,75,90],"pauseOn":["WAITING_CUSTOMER","WAITING_PARTS"],
             "escalation":[{"at":"BREACH","delay":"PT15M","action":"PAGE_SUPERVISOR","repeat":"PT30M"}]}
            """;
    }
}
