package dev.kairos.scenarios.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Solomon VRPTW text files and the best-known table. Column spacing differs from file
 * to file, so rows are read as whitespace-separated fields, not by position.
 */
public final class SolomonReader
{
    private static final String BKS_HEADER = "instance,vehicles,distance,source";

    private SolomonReader()
    {
    }

    public static SolomonInstance read(final Path file) throws IOException
    {
        final TextLines text = TextLines.read(file);
        if (text.count() == 0 || text.isBlank(1))
        {
            throw new MalformedDataException(text.file(), 1, "expected the instance name on the first line");
        }
        final String name = text.line(1).strip();

        final int fleetLine = text.nextFilled(text.find(1, "NUMBER") + 1);
        final String[] fleet = text.tokens(fleetLine, 2, "vehicle number and capacity");
        final int vehicles = positive(text, fleetLine, text.integer(fleetLine, fleet[0], "vehicle number"), "vehicle number");
        final int capacity = positive(text, fleetLine, text.integer(fleetLine, fleet[1], "capacity"), "capacity");

        final List<SolomonNode> nodes = new ArrayList<>();
        for (int number = text.find(fleetLine, "CUST NO.") + 1; number <= text.count(); number++)
        {
            if (!text.isBlank(number))
            {
                nodes.add(node(text, number, nodes.size()));
            }
        }
        if (nodes.isEmpty())
        {
            throw new MalformedDataException(text.file(), 0, "no node rows after the CUSTOMER header");
        }
        return new SolomonInstance(name, vehicles, capacity, nodes);
    }

    /** Rows of {@code bks.csv} in file order. */
    public static List<SolomonBestKnown> readBestKnown(final Path file) throws IOException
    {
        final TextLines text = TextLines.read(file);
        if (text.count() == 0 || !text.line(1).strip().equals(BKS_HEADER))
        {
            throw new MalformedDataException(text.file(), 1, "expected the header '" + BKS_HEADER + "'");
        }
        final List<SolomonBestKnown> rows = new ArrayList<>();
        for (int number = 2; number <= text.count(); number++)
        {
            if (text.isBlank(number))
            {
                continue;
            }
            // The source is free text and is the last column, so only the first three commas split.
            final String[] fields = text.line(number).strip().split(",", 4);
            if (fields.length != 4)
            {
                throw text.error(number, "expected 4 comma-separated fields, found " + fields.length);
            }
            rows.add(new SolomonBestKnown(fields[0].strip(), text.integer(number, fields[1], "vehicles"),
                text.decimal(number, fields[2], "distance"), fields[3].strip()));
        }
        return List.copyOf(rows);
    }

    private static SolomonNode node(final TextLines text, final int number, final int expectedId)
        throws MalformedDataException
    {
        final String[] fields = text.tokens(number, 7, "CUST NO. XCOORD. YCOORD. DEMAND READY_TIME DUE_DATE SERVICE_TIME");
        final int id = text.integer(number, fields[0], "customer number");
        if (id != expectedId)
        {
            throw text.error(number, "customer number " + id + " where " + expectedId + " was expected (ids run 0, 1, 2...)");
        }
        final int demand = text.integer(number, fields[3], "demand");
        final double ready = text.decimal(number, fields[4], "ready time");
        final double due = text.decimal(number, fields[5], "due date");
        final double service = text.decimal(number, fields[6], "service time");
        if (demand < 0 || service < 0)
        {
            throw text.error(number, "negative demand or service time");
        }
        if (due < ready)
        {
            throw text.error(number, "due date " + due + " before ready time " + ready);
        }
        return new SolomonNode(id, text.decimal(number, fields[1], "x"), text.decimal(number, fields[2], "y"),
            demand, ready, due, service);
    }

    private static int positive(final TextLines text, final int number, final int value, final String what)
        throws MalformedDataException
    {
        if (value <= 0)
        {
            throw text.error(number, what + " must be positive");
        }
        return value;
    }
}
