package io.cellwright.cli;

/**
 * A failure the user can act on (bad file, wrong value, unreachable service). The command line prints
 * only the message, which must name the thing and what to do, and exits with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
