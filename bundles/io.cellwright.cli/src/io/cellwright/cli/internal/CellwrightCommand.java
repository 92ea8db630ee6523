package io.cellwright.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code cellwright} command; each later area adds its subcommand here. */
@Command(name = "cellwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Cellwright: design, check, simulate and monitor lithium battery systems built around Victron BMS units.",
            "Run without arguments to open the workbench; with a command to run it headless." },
        subcommands = { HelpCommand.class, CatalogCommand.class, ShowCommand.class, ValidateCommand.class, RulesCommand.class, SimulateCommand.class, DoctorCommand.class, BenchmarkValidateCommand.class,
            DiagramCommand.class,
            MonitorCommand.class, BleDecodeCommand.class, FakeGxCommand.class, LiveBenchCommand.class, GxSimCommand.class },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   done, no error found (warnings alone exit 0)",
            "  1   the run failed: an input cannot be used (file, value, broker)",
            "  2   done, errors found (for example validation errors in a design)",
            "  64  wrong command line",
            "  70  internal error in Cellwright" },
        usageHelpAutoWidth = true,
        sortOptions = false)
public class CellwrightCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // `cellwright` with no command inside the headless application: show what it can do.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
