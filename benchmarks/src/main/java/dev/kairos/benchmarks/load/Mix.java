package dev.kairos.benchmarks.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The share of each kind of request, as weights ({@code create=5,ping=90,read=5}). The default
 * is the picture of a working day: devices ping far more often than tickets arrive.
 */
record Mix(int create, int ping, int read)
{
    static final String DEFAULT = "create=5,ping=90,read=5";
    /** Long enough that a seeded sequence repeats far less often than any pattern in the server. */
    static final int SEQUENCE_LENGTH = 1 << 16;

    Mix
    {
        if (create < 0 || ping < 0 || read < 0 || create + ping + read == 0)
        {
            throw new IllegalArgumentException("--mix: weights must be 0 or more and not all 0, was " + describe(create, ping, read));
        }
    }

    /** {@code create=5,ping=90,read=5}; a kind left out has weight 0. */
    static Mix parse(final String text)
    {
        final Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
        for (final String part : text.split(","))
        {
            final String[] pair = part.trim().split("=", 2);
            final Kind kind = Kind.ofLabel(pair[0].trim());
            if (kind == null || pair.length != 2)
            {
                throw new IllegalArgumentException("--mix: expected kind=weight with kind one of create, ping, read; was '" + part + "'");
            }
            try
            {
                weights.put(kind, Integer.parseInt(pair[1].trim()));
            }
            catch (final NumberFormatException ex)
            {
                throw new IllegalArgumentException("--mix: the weight of " + kind.label() + " must be a whole number, was '" + pair[1] + "'");
            }
        }
        return new Mix(weights.getOrDefault(Kind.CREATE, 0), weights.getOrDefault(Kind.PING, 0), weights.getOrDefault(Kind.READ, 0));
    }

    int weight(final Kind kind)
    {
        return switch (kind)
        {
            case CREATE -> create;
            case PING -> ping;
            case READ -> read;
        };
    }

    /**
     * The kind of request {@code i} is {@code sequence[i & (SEQUENCE_LENGTH - 1)]}: drawn once from
     * the seed, so two runs with one seed send the same requests and the hot path only indexes.
     */
    byte[] sequence(final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final int total = create + ping + read;
        final byte[] kinds = new byte[SEQUENCE_LENGTH];
        for (int i = 0; i < kinds.length; i++)
        {
            final int roll = random.nextInt(total);
            kinds[i] = (byte)(roll < create ? Kind.CREATE.ordinal() : roll < create + ping ? Kind.PING.ordinal() : Kind.READ.ordinal());
        }
        return kinds;
    }

    @Override
    public String toString()
    {
        return describe(create, ping, read);
    }

    private static String describe(final int create, final int ping, final int read)
    {
        final Map<Kind, Integer> weights = new EnumMap<>(Map.of(Kind.CREATE, create, Kind.PING, ping, Kind.READ, read));
        return weights.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
