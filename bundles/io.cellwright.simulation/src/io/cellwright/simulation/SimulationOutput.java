package io.cellwright.simulation;

/**
 * Receives a run as it happens: the time series (one row per sample, the columns of
 * {@link Simulation#columns()}) and the events. Implementations stream to files or keep what they need;
 * the engine keeps nothing, so memory stays flat however long the run.
 */
public interface SimulationOutput {

    /** A sample at {@code t} seconds. {@code row} is reused by the engine: copy what you keep. */
    default void sample(double t, double[] row) {
    }

    default void event(SimulationEvent event) {
    }

    /** Progress: {@code t} of {@code duration} simulated seconds. Called about once per simulated hour. */
    default void progress(double t, double duration) {
    }

    /** Polled with progress; returning true stops the run early. */
    default boolean isCancelled() {
        return false;
    }
}
