package dev.kairos.scenarios.published;

import java.io.IOException;

/**
 * A published data file that does not have the shape its README describes. Checked, like the
 * I/O errors it travels with, and it names the file and line so a broken copy is found at once.
 */
public final class MalformedDataException extends IOException
{
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** {@code line} is 1-based; 0 when the problem is the file as a whole. */
    public MalformedDataException(final String file, final int line, final String problem)
    {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file()
    {
        return file;
    }

    public int line()
    {
        return line;
    }
}
