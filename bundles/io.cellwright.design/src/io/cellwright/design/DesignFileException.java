package io.cellwright.design;

import java.nio.file.Path;

/**
 * A design file that cannot be read or written. The message names the file, the line where known,
 * the element involved, and what to do.
 */
public class DesignFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public DesignFileException(Path file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public DesignFileException(Path file, String message) {
        this(file, 0, message, null);
    }

    public Path file() {
        return file;
    }

    /** The line in the file, or 0 when the problem is not tied to one. */
    public int line() {
        return line;
    }
}
