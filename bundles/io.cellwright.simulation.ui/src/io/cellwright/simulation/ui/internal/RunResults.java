package io.cellwright.simulation.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationOutput;

/**
 * What the Simulation view keeps of a run, with memory bounded however long the run: the analogue
 * columns (voltages, currents, state of charge, temperatures) decimated to at most {@code 2 × maxPoints}
 * points per column (when full, every other point is dropped and the stride doubles), the on/off
 * columns (BMS outputs, alarms, LEDs, switches) as exact change lists, and the events.
 *
 * <p>Filled by the simulation job's thread and read by the display thread: every method is
 * synchronized, and readers get copies.
 */
public final class RunResults implements SimulationOutput {

    /** Engine columns that are states (0/1, LEDs 0/1/2), not measurements. */
    private static final Set<String> STATE_COLUMNS = Set.of("load_disconnect", "charge_disconnect", "pre_alarm", "system_discharge", "system_charge",
            "charge_limit", "A-B11", "W-B12", "A-B15", "A-A12");

    /** More events than this are counted but not kept (a run that toggles something every few seconds). */
    static final int MAX_EVENTS = 50_000;
    /** More changes of one state column than this are not kept (the chart then ends at the last kept one). */
    static final int MAX_CHANGES = 20_000;

    private final String[] columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean[] state;
    private final int capacity;
    private final double duration;

    private final double[] times;
    private final double[][] values;
    private int count;
    private long stride = 1;
    private long sampleNumber;

    private final List<List<double[]>> changes = new ArrayList<>();
    private final double[] lastState;

    private final List<SimulationEvent> events = new ArrayList<>();
    private long eventCount;
    private double progress;
    private double lastSampleTime;
    private boolean finished;
    private boolean cancelled;

    public RunResults(String[] columns, double duration, int maxPoints) {
        this.columns = columns.clone();
        this.duration = duration;
        this.capacity = Math.max(4, 2 * maxPoints);
        this.state = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            index.put(columns[i], i);
            state[i] = isState(columns[i]);
            changes.add(state[i] ? new ArrayList<>() : null);
        }
        times = new double[capacity];
        values = new double[columns.length][capacity];
        lastState = new double[columns.length];
        Arrays.fill(lastState, Double.NaN);
    }

    static boolean isState(String column) {
        return STATE_COLUMNS.contains(column) || column.matches("led\\d+") || column.endsWith("_on");
    }

    @Override
    public synchronized void sample(double t, double[] row) {
        for (int c = 0; c < row.length; c++) {
            if (state[c] && row[c] != lastState[c]) {
                lastState[c] = row[c];
                List<double[]> list = changes.get(c);
                if (list.size() < MAX_CHANGES) {
                    list.add(new double[] { t, row[c] });
                }
            }
        }
        lastSampleTime = t;
        if (sampleNumber++ % stride != 0) {
            return;
        }
        if (count == capacity) {
            halve();
        }
        times[count] = t;
        for (int c = 0; c < row.length; c++) {
            values[c][count] = row[c];
        }
        count++;
    }

    /** Keeps every other point and doubles the stride, so the kept points stay evenly spaced. */
    private void halve() {
        int kept = 0;
        for (int i = 0; i < count; i += 2) {
            times[kept] = times[i];
            for (double[] column : values) {
                column[kept] = column[i];
            }
            kept++;
        }
        count = kept;
        stride *= 2;
    }

    @Override
    public synchronized void event(SimulationEvent event) {
        eventCount++;
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        }
    }

    @Override
    public synchronized void progress(double t, double total) {
        progress = t;
    }

    synchronized void finish(double simulated, boolean wasCancelled) {
        progress = simulated;
        finished = true;
        cancelled = wasCancelled;
    }

    public String[] columns() {
        return columns.clone();
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The kept times in seconds. */
    public synchronized double[] times() {
        return Arrays.copyOf(times, count);
    }

    /** The kept values of an analogue column (same length as {@link #times()}), or an empty array. */
    public synchronized double[] values(String column) {
        Integer c = index.get(column);
        return c == null ? new double[0] : Arrays.copyOf(values[c], count);
    }

    /** The changes of a state column as {@code {t, value}} pairs, in time order. */
    public synchronized List<double[]> changes(String column) {
        Integer c = index.get(column);
        return c == null || changes.get(c) == null ? List.of() : List.copyOf(changes.get(c));
    }

    /** A state column's value at {@code t} seconds (its last change at or before t), or -1 before the first sample. */
    public synchronized double stateAt(String column, double t) {
        Integer c = index.get(column);
        if (c == null || changes.get(c) == null) {
            return -1;
        }
        double value = -1;
        for (double[] change : changes.get(c)) {
            if (change[0] > t) {
                break;
            }
            value = change[1];
        }
        return value;
    }

    public synchronized List<SimulationEvent> events() {
        return List.copyOf(events);
    }

    /** Every event of the run, also those past {@link #MAX_EVENTS}. */
    public synchronized long eventCount() {
        return eventCount;
    }

    /** Simulated seconds so far. */
    public synchronized double progress() {
        return Math.max(progress, lastSampleTime);
    }

    public double duration() {
        return duration;
    }

    /** The time the charts end at: the end of the run, or the last sample while it runs. */
    public synchronized double end() {
        return finished ? progress : lastSampleTime;
    }

    public synchronized boolean isFinished() {
        return finished;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Samples between two kept points (1 until the run outgrows the point budget). */
    public synchronized long stride() {
        return stride;
    }
}
