package dev.kairos.benchmarks.load;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;

/** {@code 10s}, {@code 500ms}, {@code 2m}, or bare seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration>
{
    @Override
    public Duration convert(final String value)
    {
        final String text = value.trim().toLowerCase(Locale.ROOT);
        try
        {
            if (text.endsWith("ms"))
            {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("us") || text.endsWith("µs"))
            {
                return Duration.ofNanos(1_000 * Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("m"))
            {
                return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            return Duration.ofMillis(Math.round(1_000 * Double.parseDouble(text.endsWith("s") ? text.substring(0, text.length() - 1) : text)));
        }
        catch (final NumberFormatException ex)
        {
            throw new CommandLine.TypeConversionException("expected a duration such as 10s, 500ms or 2m, was '" + value + "'");
        }
    }
}
