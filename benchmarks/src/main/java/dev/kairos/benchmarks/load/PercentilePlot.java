package dev.kairos.benchmarks.load;

import org.HdrHistogram.Histogram;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PNG of latency by percentile, in the shape of HdrHistogram's plotter: the percentile axis
 * stretched toward the tail (each step right is ten times rarer), latency on a log scale so the
 * median and the maximum both show, and the p99 target drawn across. Headless AWT; any thread.
 */
final class PercentilePlot
{
    /** A line on the plot. */
    record Series(String label, Histogram histogram)
    {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    /** 99.999 %: beyond it a ten-second run at 20,000/s has too few requests to say anything. */
    private static final double MAX_NINES = 5;
    private static final Color[] COLOURS = {new Color(0x55, 0x55, 0x55), new Color(0x1f, 0x6f, 0xd0),
        new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd)};

    private PercentilePlot()
    {
    }

    static void write(final Path png, final String title, final List<Series> series, final double targetMicros) throws IOException
    {
        System.setProperty("java.awt.headless", "true");
        double lowest = targetMicros;
        double highest = targetMicros;
        for (final Series line : series)
        {
            lowest = Math.min(lowest, Math.max(1, line.histogram().getMinValue() / 1_000.0));
            highest = Math.max(highest, line.histogram().getMaxValue() / 1_000.0);
        }
        final int minDecade = (int)Math.floor(Math.log10(lowest));
        final int maxDecade = Math.max(minDecade + 1, (int)Math.ceil(Math.log10(highest)));

        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        final Frame frame = new Frame(minDecade, maxDecade);

        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        for (int nines = 0; nines <= MAX_NINES; nines++)
        {
            final int x = frame.x(nines);
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
        }
        for (int decade = minDecade; decade <= maxDecade; decade++)
        {
            final int y = frame.y(Math.pow(10, decade));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        final String[] percentiles = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
        for (int nines = 0; nines <= MAX_NINES; nines++)
        {
            final int width = g.getFontMetrics().stringWidth(percentiles[nines]);
            g.drawString(percentiles[nines], Math.min(WIDTH - width - 4, frame.x(nines) - width / 2), HEIGHT - BOTTOM + 18);
        }
        for (int decade = minDecade; decade <= maxDecade; decade++)
        {
            g.drawString(micros(Math.pow(10, decade)), 12, frame.y(Math.pow(10, decade)) + 4);
        }
        g.drawString("percentile", WIDTH / 2 - 30, HEIGHT - 22);
        g.drawString("latency from intended send time", 12, TOP - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 24);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(0xd6, 0x27, 0x28));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        final int targetY = frame.y(targetMicros);
        g.drawLine(LEFT, targetY, WIDTH - RIGHT, targetY);
        g.drawString("p99 target " + micros(targetMicros), frame.x(0.2), targetY - 4);

        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < series.size(); i++)
        {
            final Series line = series.get(i);
            g.setColor(COLOURS[i % COLOURS.length]);
            int lastX = -1;
            int lastY = -1;
            for (double nines = 0; nines <= MAX_NINES + 1e-9; nines += 0.01)
            {
                final double percentile = 100.0 * (1 - Math.pow(10, -nines));
                final double value = Math.max(1, line.histogram().getValueAtPercentile(percentile) / 1_000.0);
                final int x = frame.x(nines);
                final int y = frame.y(value);
                if (lastX >= 0)
                {
                    g.drawLine(lastX, lastY, x, y);
                }
                lastX = x;
                lastY = y;
            }
            g.fillRect(LEFT + 12, TOP + 12 + i * 18, 14, 4);
            g.drawString(line.label(), LEFT + 32, TOP + 18 + i * 18);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static String micros(final double micros)
    {
        if (micros >= 1_000_000)
        {
            return Math.round(micros / 1_000_000) + " s";
        }
        if (micros >= 1_000)
        {
            return Math.round(micros / 1_000) + " ms";
        }
        return Math.round(micros) + " µs";
    }

    /** Maps percentile nines and microseconds to pixels. */
    private record Frame(int minDecade, int maxDecade)
    {
        int x(final double nines)
        {
            return LEFT + (int)Math.round(nines / MAX_NINES * (WIDTH - LEFT - RIGHT));
        }

        int y(final double micros)
        {
            final double fraction = (Math.log10(micros) - minDecade) / (maxDecade - minDecade);
            return HEIGHT - BOTTOM - (int)Math.round(fraction * (HEIGHT - TOP - BOTTOM));
        }
    }
}
