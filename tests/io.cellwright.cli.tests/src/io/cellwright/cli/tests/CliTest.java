package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.cellwright.cli.Cli;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertEquals(ExitCode.OK, run("--help"));
        String help = out.toString();
        assertTrue(help.startsWith("Usage: cellwright"), help);
        assertTrue(help.contains("doctor"), help);
        assertTrue(help.contains("Exit codes:"), help);
        assertEquals("", err.toString());
    }

    @Test
    void theExitCodesAreTheDocumentedNumbers() {
        // Pipelines depend on these numbers: 0 clean, 1 could not run, 2 errors found (issue 4), 64 usage, 70 defect.
        assertEquals(List.of(0, 1, 2, 64, 70), List.of(ExitCode.OK, ExitCode.INPUT, ExitCode.FINDINGS, ExitCode.USAGE, ExitCode.INTERNAL));
        run("--help");
        assertTrue(out.toString().contains("  64  wrong command line"), out.toString());
    }

    @Test
    void noArgumentsInTheHeadlessApplicationShowsUsage() {
        assertEquals(ExitCode.OK, run());
        assertTrue(out.toString().startsWith("Usage: cellwright"), out.toString());
    }

    @Test
    void versionIsTheInstalledBundleVersion() {
        assertEquals(ExitCode.OK, run("--version"));
        String bundleVersion = FrameworkUtil.getBundle(Cli.class).getVersion().toString();
        assertTrue(out.toString().startsWith("Cellwright " + bundleVersion), out.toString());
        assertTrue(out.toString().contains("Java " + Runtime.version()), out.toString());
    }

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void helpOfASubcommandThroughTheHelpCommand() {
        assertEquals(ExitCode.OK, run("help", "doctor"));
        assertTrue(out.toString().startsWith("Usage: cellwright doctor"), out.toString());
    }

    @Command(name = "failing")
    static class FailingCommand implements Runnable {
        @Override
        public void run() {
            throw new CliException(ExitCode.INPUT, "design.cwd line 3: unknown product 'XYZ'; use `cellwright catalog` to list products");
        }
    }

    @Command(name = "broken")
    static class BrokenCommand implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aUserErrorPrintsOnlyItsMessageAndItsExitCode() {
        CommandLine commandLine = Cli.commandLine().addSubcommand(new FailingCommand());
        int code = Cli.run(commandLine, new String[] { "failing" }, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCode.INPUT, code);
        assertEquals("cellwright failing: design.cwd line 3: unknown product 'XYZ'; use `cellwright catalog` to list products"
                + System.lineSeparator(), err.toString());
        assertFalse(err.toString().contains("at io.cellwright"), "no stack trace for a user error");
    }

    @Test
    void aDefectIsReportedAsInternalWithItsStackTrace() {
        CommandLine commandLine = Cli.commandLine().addSubcommand(new BrokenCommand());
        int code = Cli.run(commandLine, new String[] { "broken" }, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCode.INTERNAL, code);
        assertTrue(err.toString().contains("internal error: java.lang.IllegalStateException: boom"), err.toString());
        assertTrue(err.toString().contains("at io.cellwright.cli.tests.CliTest$BrokenCommand.run"), err.toString());
    }
}
