package dev.kairos.benchmarks.load;

/** What a request does; the ordinal indexes the per-kind pools and histograms. */
enum Kind
{
    CREATE("create"),
    PING("ping"),
    READ("read");

    private final String label;

    Kind(final String label)
    {
        this.label = label;
    }

    String label()
    {
        return label;
    }

    static Kind ofLabel(final String label)
    {
        for (final Kind kind : values())
        {
            if (kind.label.equals(label))
            {
                return kind;
            }
        }
        return null;
    }
}
