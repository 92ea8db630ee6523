package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.catalog.FactFormatter;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cellwright show DESIGN}: the system in a design file, as text. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a design: its components, wires and battery banks with their voltage, capacity and energy.")
public class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", description = "The design file (.cwdesign).")
    Path file;

    @Override
    public Integer call() {
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, spec.commandLine().getErr());
        SystemDesign design;
        try {
            design = DesignFiles.load(file, catalogs);
        } catch (DesignFileException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        }
        print(design, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    void print(SystemDesign design, PrintWriter out) {
        out.printf("Design:   %s (%s, format %s)%n", design.getName(), file, design.getFormatVersion());
        if (design.isSetNominalVoltage()) {
            out.printf("System:   %s V nominal%n", FactFormatter.number(design.getNominalVoltage(), -1));
        }
        if (design.getNotes() != null) {
            out.printf("Notes:    %s%n", design.getNotes().replace("\n", "\n          "));
        }
        out.printf("%nComponents (%d):%n", design.getComponents().size());
        for (ComponentInstance component : design.getComponents()) {
            out.printf("  %-12s %-48s %s%n", component.getId(), component.getName() == null ? component.getType().getName() : component.getName(),
                    component.getType().getId());
        }
        out.printf("%nWires (%d):%n", design.getWires().size());
        for (Wire wire : design.getWires()) {
            out.printf("  %-36s -> %-36s %s%s%s%s%n", DesignFiles.terminalName(wire.getFrom()), DesignFiles.terminalName(wire.getTo()),
                    wire.isSetCrossSection() ? FactFormatter.number(wire.getCrossSection(), -1) + " mm²" : "? mm²",
                    wire.isSetLength() ? "  " + FactFormatter.number(wire.getLength(), -1) + " m" : "",
                    wire.getColour() == null || wire.getColour().getValue() == 0 ? "" : "  " + wire.getColour().getLiteral().toLowerCase(java.util.Locale.ROOT),
                    wire.getFuse() == null ? "" : "  fuse " + FactFormatter.number(wire.getFuse().getRating(), -1) + " A");
        }
        for (DesignSummary.Bank bank : DesignSummary.banks(design)) {
            out.printf("%nBattery bank %s: %d in series x %d in parallel, %s V, %s Ah, %s Wh%n", bank.name(), bank.series(), bank.parallel(),
                    FactFormatter.number(bank.voltage(), -1), FactFormatter.number(bank.capacityAh(), -1),
                    FactFormatter.number(Math.round(bank.energyWh() * 10) / 10.0, -1));
            bank.missing().forEach(m -> out.printf("  (%s)%n", m));
        }
    }
}
