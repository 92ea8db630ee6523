package io.cellwright.simulation;

/**
 * Something that switched during a run: at {@code t} seconds, {@code source} (a component's name) set
 * {@code signal} to {@code value} because of {@code reason}. For example the Smart BMS sets "pre-alarm"
 * to "ON" because "cell 2 of battery 1 at 3.09 V", or the Phoenix inverter sets "state" to "OFF"
 * because "Load disconnect free floating".
 */
public record SimulationEvent(double t, String source, String signal, String value, String reason) {

    /** True for a component's own on/off state (the reaction), false for a BMS signal or alarm. */
    public boolean isDeviceState() {
        return "state".equals(signal);
    }
}
