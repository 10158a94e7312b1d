package dev.kairos.benchmarks.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bar chart of the gap to the best known per instance, one bar per solver, drawn with Java2D
 * and written with ImageIO: the JDK draws it headless, so the report needs no charting library.
 * Infeasible results are drawn hatched-grey; bars are clipped at {@link #CAP} percent and labelled.
 */
public final class GapChart
{
    static final double CAP = 100;
    private static final Color[] COLOURS = {new Color(0x2b6cb0), new Color(0xdd6b20), new Color(0x38a169), new Color(0x805ad5)};
    private static final int LEFT = 60;
    private static final int TOP = 56;
    private static final int BOTTOM = 90;
    private static final int PLOT_HEIGHT = 300;

    private GapChart()
    {
    }

    /** Writes the chart of {@code rows} that have a best known result; returns false when none has. */
    public static boolean write(final String title, final List<ResultRow> rows, final Path png) throws IOException
    {
        final Set<String> solvers = new LinkedHashSet<>();
        final Map<String, Map<String, ResultRow>> byInstance = new LinkedHashMap<>();
        for (final ResultRow row : rows)
        {
            if (row.hasBest())
            {
                solvers.add(row.solver());
                byInstance.computeIfAbsent(row.instance(), i -> new LinkedHashMap<>()).put(row.solver(), row);
            }
        }
        if (byInstance.isEmpty())
        {
            return false;
        }
        final List<String> names = new ArrayList<>(solvers);
        final int group = Math.max(8, names.size() * 7 + 4);
        final int width = LEFT + 20 + group * byInstance.size() + 20;
        final int height = TOP + PLOT_HEIGHT + BOTTOM;
        final BufferedImage image = new BufferedImage(Math.max(width, 500), height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 22);
        axes(g, image.getWidth());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        int x = LEFT + 10;
        for (final Map.Entry<String, Map<String, ResultRow>> entry : byInstance.entrySet())
        {
            for (int s = 0; s < names.size(); s++)
            {
                final ResultRow row = entry.getValue().get(names.get(s));
                if (row != null)
                {
                    bar(g, x + s * 7, row, COLOURS[s % COLOURS.length]);
                }
            }
            label(g, entry.getKey(), x + group / 2 - 2);
            x += group;
        }
        legend(g, names, image.getWidth());
        g.dispose();
        return ImageIO.write(image, "png", png.toFile());
    }

    private static int y(final double gap)
    {
        return TOP + PLOT_HEIGHT - (int)Math.round(Math.min(Math.max(gap, 0), CAP) / CAP * PLOT_HEIGHT);
    }

    private static void axes(final Graphics2D g, final int width)
    {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int gap = 0; gap <= CAP; gap += (int)CAP / 5)
        {
            g.setColor(gap == 0 ? Color.BLACK : new Color(0xdddddd));
            g.drawLine(LEFT, y(gap), width - 10, y(gap));
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%d %%", gap), 20, y(gap) + 4);
        }
        g.drawLine(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT);
    }

    private static void bar(final Graphics2D g, final int x, final ResultRow row, final Color colour)
    {
        final double gap = row.gapPercent();
        final int top = y(gap);
        final int height = Math.max(1, TOP + PLOT_HEIGHT - top);
        g.setColor(row.feasible() ? colour : Color.LIGHT_GRAY);
        g.fillRect(x, top, 6, height);
        if (!row.feasible())
        {
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(1));
            g.drawRect(x, top, 6, height);
        }
        if (gap > CAP)
        {
            g.setColor(Color.BLACK);
            g.drawString("^", x, top - 2);
        }
    }

    private static void label(final Graphics2D g, final String instance, final int x)
    {
        final AffineTransform saved = g.getTransform();
        g.setColor(Color.BLACK);
        g.translate(x, TOP + PLOT_HEIGHT + 6);
        g.rotate(Math.PI / 2);
        // Pillac names repeat the crew suffix after the dot: the Solomon part names the instance.
        final String name = instance.contains(".") ? instance.substring(0, instance.indexOf('.')) : instance;
        g.drawString(name.length() > 12 ? name.substring(0, 12) : name, 0, 0);
        g.setTransform(saved);
    }

    private static void legend(final Graphics2D g, final List<String> names, final int width)
    {
        // Under the title, so a narrow chart never draws one over the other.
        int x = LEFT;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int s = 0; s < names.size(); s++)
        {
            g.setColor(COLOURS[s % COLOURS.length]);
            g.fillRect(x, 30, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(names.get(s), x + 14, 39);
            x += 110;
        }
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(x, 30, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString("infeasible; ^ over " + (int)CAP + " %", x + 14, 39);
    }
}
