package dev.kairos.scenarios.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Reads the Pillac TRSP instance files, the authors' best-results table and their routes file.
 * Our own code rather than a CSV or properties library, so every failure can name its line.
 */
public final class PillacReader
{
    private static final String BEST_HEADER =
        "instance,technicians_used,total_working_time,proved_optimal,independently_rechecked,source";
    private static final String ROW_FIELDS = "ID X Y TWS TWE Serv SKILLS TOOLS SPARE_PARTS";

    private PillacReader()
    {
    }

    public static PillacInstance read(final Path file) throws IOException
    {
        final TextLines text = TextLines.read(file);
        if (text.count() == 0 || text.isBlank(1))
        {
            throw new MalformedDataException(text.file(), 1, "expected the instance name on the first line");
        }
        final String name = text.line(1).strip();

        final int infoLine = text.nextFilled(text.find(1, "CREW COUNT") + 1);
        final String[] info = text.tokens(infoLine, 4, "CREW COUNT SKILLS TOOLS SPARE PARTS");
        final int crew = text.integer(infoLine, info[0], "crew count");
        final int skillCount = text.integer(infoLine, info[1], "skill count");
        final int toolCount = text.integer(infoLine, info[2], "tool count");
        final int partCount = text.integer(infoLine, info[3], "spare part count");
        if (crew < 0 || skillCount < 0 || toolCount < 0 || partCount < 0)
        {
            throw text.error(infoLine, "counts must not be negative");
        }

        PillacDepot depot = null;
        final List<PillacTechnician> technicians = new ArrayList<>();
        final List<PillacRequest> requests = new ArrayList<>();
        int id = 0;
        for (int number = text.find(infoLine, "ID") + 1; number <= text.count(); number++)
        {
            if (text.isBlank(number))
            {
                continue;
            }
            final Row row = row(text, number, id, skillCount, toolCount, partCount);
            if (id == 0)
            {
                depot = new PillacDepot(row.x, row.y, row.start, row.end, row.service);
            }
            else if (id <= crew)
            {
                technicians.add(new PillacTechnician(id, row.x, row.y, row.start, row.end, row.skills, row.tools,
                    row.parts));
            }
            else
            {
                requests.add(new PillacRequest(id, row.x, row.y, row.start, row.end, row.service, row.skills,
                    row.tools, row.parts));
            }
            id++;
        }
        if (depot == null || technicians.size() < crew)
        {
            throw new MalformedDataException(text.file(), 0,
                "found " + id + " rows, fewer than the depot and " + crew + " technicians");
        }
        return new PillacInstance(name, skillCount, toolCount, partCount, depot, technicians, requests);
    }

    /** Rows of {@code pillac-crew25-best.csv} in file order. */
    public static List<PillacBest> readBest(final Path file) throws IOException
    {
        final TextLines text = TextLines.read(file);
        if (text.count() == 0 || !text.line(1).strip().equals(BEST_HEADER))
        {
            throw new MalformedDataException(text.file(), 1, "expected the header '" + BEST_HEADER + "'");
        }
        final List<PillacBest> rows = new ArrayList<>();
        for (int number = 2; number <= text.count(); number++)
        {
            if (text.isBlank(number))
            {
                continue;
            }
            // The source is free text and is the last column, so only the first five commas split.
            final String[] fields = text.line(number).strip().split(",", 6);
            if (fields.length != 6)
            {
                throw text.error(number, "expected 6 comma-separated fields, found " + fields.length);
            }
            rows.add(new PillacBest(fields[0].strip(), text.integer(number, fields[1], "technicians used"),
                text.decimal(number, fields[2], "total working time"), text.bool(number, fields[3], "proved optimal"),
                fields[4].strip(), fields[5].strip()));
        }
        return List.copyOf(rows);
    }

    /**
     * The authors' solutions in file order. The file is a Java properties file holding, per
     * instance {@code NAME}, the working time under {@code NAME}, the technicians used under
     * {@code NAME-K}, the routes under {@code NAME-S} ({@code <route|route|...>}) and optionally
     * the author ({@code NAME-A}) and whether it is proved optimal ({@code NAME-Opt}).
     */
    public static List<PillacSolution> readBestRoutes(final Path file) throws IOException
    {
        final TextLines text = TextLines.read(file);
        final Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        final Map<String, String> values = new LinkedHashMap<>();
        for (int number = 1; number <= text.count(); number++)
        {
            final String line = text.line(number).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!"))
            {
                continue;
            }
            final int split = line.indexOf('=');
            if (split <= 0 || line.endsWith("\\"))
            {
                throw text.error(number, "expected a single-line 'key=value' entry");
            }
            final String key = line.substring(0, split).strip();
            if (lineOfKey.putIfAbsent(key, number) != null)
            {
                throw text.error(number, "key " + key + " already given on line " + lineOfKey.get(key));
            }
            values.put(key, line.substring(split + 1).strip());
        }

        final List<PillacSolution> solutions = new ArrayList<>();
        for (final String key : values.keySet())
        {
            if (!key.endsWith("-S"))
            {
                continue;
            }
            final String instance = key.substring(0, key.length() - 2);
            final int routesLine = lineOfKey.get(key);
            final double workingTime = text.decimal(required(text, lineOfKey, instance, routesLine),
                values.get(instance), "working time of " + instance);
            final String countKey = instance + "-K";
            final int used = text.integer(required(text, lineOfKey, countKey, routesLine), values.get(countKey),
                "technicians used by " + instance);
            final String optimalKey = instance + "-Opt";
            final boolean optimal = values.containsKey(optimalKey)
                && text.bool(lineOfKey.get(optimalKey), values.get(optimalKey), "proved optimal");
            solutions.add(new PillacSolution(instance, workingTime, used, values.getOrDefault(instance + "-A", ""),
                optimal, routes(text, routesLine, values.get(key))));
        }
        return List.copyOf(solutions);
    }

    private static int required(final TextLines text, final Map<String, Integer> lineOfKey, final String key,
        final int routesLine) throws MalformedDataException
    {
        final Integer number = lineOfKey.get(key);
        if (number == null)
        {
            throw text.error(routesLine, "routes given but no entry '" + key + "'");
        }
        return number;
    }

    private static List<List<Integer>> routes(final TextLines text, final int number, final String value)
        throws MalformedDataException
    {
        if (value.length() < 2 || value.charAt(0) != '<' || value.charAt(value.length() - 1) != '>')
        {
            throw text.error(number, "routes are not enclosed in <...>");
        }
        final List<List<Integer>> routes = new ArrayList<>();
        for (final String route : value.substring(1, value.length() - 1).split("\\|", -1))
        {
            final List<Integer> nodes = new ArrayList<>();
            if (!route.isBlank())
            {
                for (final String node : route.split(",", -1))
                {
                    nodes.add(text.integer(number, node, "node id in route " + (routes.size() + 1)));
                }
            }
            routes.add(nodes);
        }
        return routes;
    }

    private static Row row(final TextLines text, final int number, final int expectedId, final int skillCount,
        final int toolCount, final int partCount) throws MalformedDataException
    {
        final String[] fields = text.tokens(number, 9, ROW_FIELDS);
        final int id = text.integer(number, fields[0], "ID");
        if (id != expectedId)
        {
            throw text.error(number, "ID " + id + " where " + expectedId + " was expected (rows run 0, 1, 2...)");
        }
        final double start = text.decimal(number, fields[3], "TWS");
        final double end = text.decimal(number, fields[4], "TWE");
        final double service = text.decimal(number, fields[5], "Serv");
        if (end < start || service < 0)
        {
            throw text.error(number, "TWE before TWS or negative service time");
        }
        // The depot row lists no skills, tools or parts: it has every tool and unlimited parts.
        final List<Integer> parts = id == 0 && fields[8].strip().equals("[]")
            ? List.of()
            : text.counts(number, fields[8], "SPARE_PARTS", partCount);
        return new Row(text.decimal(number, fields[1], "X"), text.decimal(number, fields[2], "Y"), start, end, service,
            text.indexSet(number, fields[6], "SKILLS", skillCount), text.indexSet(number, fields[7], "TOOLS", toolCount),
            parts);
    }

    private record Row(double x, double y, double start, double end, double service, SortedSet<Integer> skills,
        SortedSet<Integer> tools, List<Integer> parts)
    {
    }
}
