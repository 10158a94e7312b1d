package dev.kairos.scenarios.published;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each request of a Pillac instance becomes known, for replaying a day against the live
 * engine: {@value #KNOWN_AT_START} for requests known before the day starts, otherwise the
 * release time in the instance's time units.
 *
 * @param instance       the authors' instance name, e.g. {@code C101.100_25-5-5-5}
 * @param dynamicPercent the variant, from the file name ({@code rd_10} … {@code rd_90})
 * @param releases       release time by request id, ordered by id
 */
public record ReleaseDates(String instance, int dynamicPercent, Map<Integer, Double> releases)
{
    /** The file's marker for a request known at the start of the day. */
    public static final double KNOWN_AT_START = -1;

    public ReleaseDates
    {
        releases = Collections.unmodifiableMap(new TreeMap<>(releases));
    }

    public boolean knownAtStart(final int requestId)
    {
        return release(requestId) == KNOWN_AT_START;
    }

    /** The release time, or {@value #KNOWN_AT_START}. */
    public double release(final int requestId)
    {
        final Double release = releases.get(requestId);
        if (release == null)
        {
            throw new IllegalArgumentException("no release date for request " + requestId + " in " + instance);
        }
        return release;
    }

    /** Requests released during the day, by release time then id. */
    public List<Integer> dynamicRequests()
    {
        return releases.entrySet().stream()
            .filter(entry -> entry.getValue() != KNOWN_AT_START)
            .sorted(Map.Entry.<Integer, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    }
}
