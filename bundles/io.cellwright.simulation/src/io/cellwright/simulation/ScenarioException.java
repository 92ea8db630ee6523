package io.cellwright.simulation;

/** A scenario that cannot be used: names the file (or built-in scenario), the line and what to do. */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    public ScenarioException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file or built-in scenario. */
    public String source() {
        return source;
    }

    /** The line (1-based), 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
