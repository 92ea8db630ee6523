package io.cellwright.simulation.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioParser;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationOutput;

/** A finished run kept in memory for assertions: every sample row and every event. */
final class Run implements SimulationOutput {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    final List<String> columns;
    final List<double[]> rows = new ArrayList<>();
    final List<SimulationEvent> events = new ArrayList<>();

    private Run(String[] columns) {
        this.columns = List.of(columns);
    }

    static SystemDesign example(String name) throws Exception {
        return DesignFiles.load(EXAMPLES.resolve(name + ".cwdesign"), CatalogRegistry.getDefault());
    }

    static Run of(SystemDesign design, String scenarioText) throws Exception {
        return of(design, ScenarioParser.parse("test", "test scenario", scenarioText));
    }

    static Run of(SystemDesign design, Scenario scenario) throws Exception {
        Simulation simulation = Simulation.of(design, scenario);
        Run run = new Run(simulation.columns());
        simulation.run(run);
        return run;
    }

    @Override
    public void sample(double t, double[] row) {
        rows.add(row.clone());
    }

    @Override
    public void event(SimulationEvent event) {
        events.add(event);
    }

    int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new AssertionError("no column " + name + " in " + columns);
        }
        return i;
    }

    double[] series(String name) {
        int c = column(name);
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    double max(String name) {
        return Arrays.stream(series(name)).max().orElseThrow();
    }

    List<SimulationEvent> events(Predicate<SimulationEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    SimulationEvent first(String source, String signal, String value) {
        return events.stream().filter(e -> (source == null || e.source().equals(source)) && e.signal().equals(signal) && e.value().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + signal + " " + value + " from " + source + " in\n" + log()));
    }

    String log() {
        StringBuilder b = new StringBuilder();
        events.forEach(e -> b.append(EventLog.line(e)).append('\n'));
        return b.toString();
    }

    /** The row at time t (samples every step). */
    double at(String name, double t) {
        int c = column(name);
        for (double[] r : rows) {
            if (Math.abs(r[0] - t) < 1e-6) {
                return r[c];
            }
        }
        throw new AssertionError("no sample at " + t);
    }
}
