package io.cellwright.cli;

import java.io.PrintWriter;

import io.cellwright.cli.internal.CellwrightCommand;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the command line, independent of how it is started (the Equinox application, a
 * test, or a plain {@code main}). Parsing is picocli's; this class only wires output and exit codes.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs one command line.
     *
     * @return the process exit code, one of {@link ExitCode}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(commandLine(), args, out, err);
    }

    /** The {@code cellwright} command with all its subcommands, error handling and exit codes. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CellwrightCommand());
        commandLine.addSubcommand(new io.cellwright.cli.internal.RecommendCommand());
        commandLine.setExecutionExceptionHandler(new ReportingHandler());
        commandLine.setExitCodeExceptionMapper(Cli::exitCodeOf);
        return commandLine;
    }

    /** Runs {@code args} on a command line from {@link #commandLine()}, writing to {@code out} and {@code err}. */
    public static int run(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args == null ? new String[0] : args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int exitCodeOf(Throwable t) {
        if (t instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE;
        }
        return t instanceof CliException e ? e.exitCode() : ExitCode.INTERNAL;
    }

    /** Prints a user error as one clear line; a defect gets its stack trace as well. */
    private static final class ReportingHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            if (ex instanceof CliException cli) {
                err.println("cellwright " + cmd.getCommandName() + ": " + cli.getMessage());
                return cli.exitCode();
            }
            err.println("cellwright " + cmd.getCommandName() + ": internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a defect in Cellwright; please report it with the lines above.");
            return ExitCode.INTERNAL;
        }
    }
}
