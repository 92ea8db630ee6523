package io.cellwright.simulation;

/** A design that cannot be simulated (no battery bank, no BMS, a scenario naming a missing component…). */
public class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }
}
