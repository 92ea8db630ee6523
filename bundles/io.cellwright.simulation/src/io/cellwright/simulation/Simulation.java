package io.cellwright.simulation;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.internal.Compiler;
import io.cellwright.simulation.internal.Engine;

/**
 * A time-domain simulation of one design under one scenario: every cell of every battery of the
 * design's battery bank, the BMS's behaviour and the devices reacting through the wiring, with a fixed
 * step. Compile once ({@link #of}), then {@link #run} streams samples and events to an output.
 *
 * <pre>
 * Simulation sim = Simulation.of(design, Scenarios.builtIn("overnight"));
 * try (CsvSeriesWriter csv = new CsvSeriesWriter(path, sim.columns())) {
 *     sim.run(csv);
 * }
 * </pre>
 */
public final class Simulation {

    private final Engine engine;
    private final Scenario scenario;
    private final SystemDesign design;
    private boolean used;

    private Simulation(SystemDesign design, Scenario scenario, Engine engine) {
        this.design = design;
        this.scenario = scenario;
        this.engine = engine;
    }

    /**
     * Compiles {@code design} under {@code scenario}.
     *
     * @throws SimulationException when the design cannot be simulated (no bank, no BMS…)
     * @throws ScenarioException when the scenario names something the design lacks
     */
    public static Simulation of(SystemDesign design, Scenario scenario) throws SimulationException, ScenarioException {
        return new Simulation(design, scenario, Compiler.compile(design, scenario));
    }

    /** Names of the sample columns: time, bank, cells, BMS outputs, alarms, LEDs, device currents. */
    public String[] columns() {
        return engine.columns();
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * Runs the whole scenario (or until {@link SimulationOutput#isCancelled()}). A simulation runs once.
     *
     * @return the simulated seconds
     */
    public double run(SimulationOutput output) {
        if (used) {
            throw new IllegalStateException("a Simulation runs once; compile a new one with Simulation.of");
        }
        used = true;
        return engine.run(output);
    }

    /** The BMS's LEDs (001 Appendix C) in order, to show a sample's {@code ledN} columns. */
    public List<LedIndicator> leds() {
        if (design.getBatteryBanks().isEmpty() || !(design.getBatteryBanks().get(0).getBms().getType() instanceof BmsModel bms)) {
            return List.of();
        }
        List<LedIndicator> leds = new ArrayList<>(bms.getLeds());
        leds.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
        return leds;
    }
}
