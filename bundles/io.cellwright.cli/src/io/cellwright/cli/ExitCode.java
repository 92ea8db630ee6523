package io.cellwright.cli;

/**
 * Exit codes of the {@code cellwright} command line. Scripts and CI pipelines branch on these, so they
 * never change meaning once released. 0, 1 and 2 follow what a validation run means to a pipeline
 * (clean, could not run, found errors); usage and internal errors use the BSD sysexits numbers.
 */
public final class ExitCode {
    /** The command did what was asked and found nothing wrong (warnings alone still exit 0). */
    public static final int OK = 0;
    /** The run itself failed: an input the user named cannot be used (missing or malformed file, unreachable broker). */
    public static final int INPUT = 1;
    /** The command ran and what it checked has errors (for example validation errors in a design). */
    public static final int FINDINGS = 2;
    /** The command line itself is wrong: unknown command or option, missing argument (EX_USAGE). */
    public static final int USAGE = 64;
    /** A defect in Cellwright; the message and the log say what happened (EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
