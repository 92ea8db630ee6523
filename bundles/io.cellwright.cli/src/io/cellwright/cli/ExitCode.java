package io.cellwright.cli;

/**
 * Exit codes of the {@code cellwright} command line. Scripts and CI pipelines branch on these, so they
 * never change meaning once released.
 */
public final class ExitCode {
    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;
    /** The command ran, and what it checked has findings (validation errors, failed checks). */
    public static final int FINDINGS = 1;
    /** The command line itself is wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** An input the user named cannot be used: missing or malformed file, unreachable broker. */
    public static final int INPUT = 3;
    /** A defect in Cellwright; the message and the log say what happened. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
