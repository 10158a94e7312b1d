package dev.kairos.benchmarks.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's results file: a header, then one row per solver and instance, appended and flushed
 * as each finishes, so a suite stopped part way resumes where it stopped. Only the last column,
 * free text, is quoted (RFC 4180 style).
 */
public final class ResultsCsv
{
    public static final String HEADER =
        "suite,instance,solver,vehicles,objective,best_vehicles,best_objective,feasible,seconds,detail";

    private ResultsCsv()
    {
    }

    /** The rows already in {@code file}; none when it does not exist. */
    public static List<ResultRow> read(final Path file) throws IOException
    {
        final List<ResultRow> rows = new ArrayList<>();
        if (!Files.exists(file))
        {
            return rows;
        }
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER))
        {
            throw new IOException(file + ": line 1 is not the header '" + HEADER + "'");
        }
        for (int i = 1; i < lines.size(); i++)
        {
            if (!lines.get(i).isBlank())
            {
                rows.add(parse(file, i + 1, lines.get(i)));
            }
        }
        return rows;
    }

    /** Appends one row, writing the header first when the file is new. */
    public static void append(final Path file, final ResultRow row) throws IOException
    {
        final boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND))
        {
            if (fresh)
            {
                out.write(HEADER + "\n");
            }
            out.write(format(row) + "\n");
        }
    }

    static String format(final ResultRow row)
    {
        for (final String field : List.of(row.suite(), row.instance(), row.solver()))
        {
            if (field.contains(",") || field.contains("\"") || field.contains("\n"))
            {
                throw new IllegalArgumentException("suite, instance and solver must not hold commas or quotes: " + field);
            }
        }
        return String.join(",", row.suite(), row.instance(), row.solver(), Integer.toString(row.vehicles()),
            number(row.objective()), Integer.toString(row.bestVehicles()), number(row.bestObjective()),
            Boolean.toString(row.feasible()), String.format(Locale.ROOT, "%.3f", row.seconds()),
            "\"" + row.detail().replace("\n", " ").replace("\"", "\"\"") + "\"");
    }

    private static String number(final double value)
    {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static ResultRow parse(final Path file, final int line, final String text) throws IOException
    {
        final String[] fields = text.split(",", 10);
        if (fields.length != 10 || !fields[9].startsWith("\"") || !fields[9].endsWith("\"") || fields[9].length() < 2)
        {
            throw new IOException(file + ": line " + line + " does not have 10 fields with a quoted detail");
        }
        try
        {
            return new ResultRow(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]), decimal(fields[4]),
                Integer.parseInt(fields[5]), decimal(fields[6]), Boolean.parseBoolean(fields[7]),
                Double.parseDouble(fields[8]), fields[9].substring(1, fields[9].length() - 1).replace("\"\"", "\""));
        }
        catch (final NumberFormatException ex)
        {
            throw new IOException(file + ": line " + line + ": " + ex.getMessage(), ex);
        }
    }

    private static double decimal(final String field)
    {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }
}
