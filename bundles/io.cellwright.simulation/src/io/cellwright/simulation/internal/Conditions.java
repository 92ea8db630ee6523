package io.cellwright.simulation.internal;

/**
 * The scenario's conditions during a run and its timed changes, compiled to parallel arrays so that
 * applying them is an index comparison per step.
 */
final class Conditions {

    static final int AMBIENT = 0;
    static final int ENGINE = 1;
    static final int ALTERNATOR_VOLTS = 2;
    static final int STARTER_VOLTS = 3;
    static final int SHORE = 4;
    static final int REMOTE = 5;
    static final int REMOTE_H = 6;
    static final int REMOTE_L = 7;
    static final int SOLAR_PEAK = 8;
    static final int SUNRISE = 9;
    static final int SUNSET = 10;
    static final int LOAD_W = 11;
    static final int LOAD_A = 12;
    static final int CHARGER_A = 13;
    static final int CHARGE_VOLTS = 14;
    /** Target of a "load *" change: every load without a load current in the design. */
    static final int ALL = -1;

    /**
     * Alternator output voltage while the engine runs, unless the scenario says otherwise. Not in the
     * sources: a typical 12 V alternator regulator setting; scale with the bank for other voltages.
     */
    static final double DEFAULT_ALTERNATOR_VOLTS_PER_12V = 14.4;
    /** Resting voltage of a charged 12 V lead-acid starter battery. Not in the sources: a common figure. */
    static final double DEFAULT_STARTER_VOLTS_PER_12V = 12.7;

    // current values
    double ambient = 20;
    boolean engine;
    double alternatorVolts;
    double starterVolts;
    boolean shore;
    boolean remoteClosed = true;
    double remoteH = Double.NaN;
    double remoteL = Double.NaN;
    double solarPeak = 1;
    double sunrise = 6 * 3600;
    double sunset = 20 * 3600;

    /** Time of day (s) and the solar fraction at it, advanced each step without a modulo or a sine at night. */
    double timeOfDay;
    double solar;
    double dayLength = -1;

    // compiled changes
    double[] time = new double[0];
    int[] key = new int[0];
    double[] value = new double[0];
    int[] target = new int[0];
    private int next;

    /** Applies every change due at or before {@code t}. */
    void apply(double t, Engine engine) {
        while (next < time.length && time[next] <= t) {
            set(key[next], value[next], target[next], engine);
            next++;
        }
    }

    private void set(int k, double v, int device, Engine e) {
        switch (k) {
            case AMBIENT -> ambient = v;
            case ENGINE -> engine = v != 0;
            case ALTERNATOR_VOLTS -> alternatorVolts = v;
            case STARTER_VOLTS -> starterVolts = v;
            case SHORE -> shore = v != 0;
            case REMOTE -> remoteClosed = v != 0;
            case REMOTE_H -> remoteH = v;
            case REMOTE_L -> remoteL = v;
            case SOLAR_PEAK -> solarPeak = v;
            case SUNRISE -> sunrise = v;
            case SUNSET -> sunset = v;
            case LOAD_W, LOAD_A -> setLoad(k, v, device, e);
            case CHARGER_A -> e.devices[device].chargeA = v;
            case CHARGE_VOLTS -> e.chargeSetVolts = v;
            default -> throw new IllegalStateException("unknown condition " + k);
        }
    }

    private static void setLoad(int k, double v, int device, Engine e) {
        if (device == ALL) {
            for (Device d : e.devices) {
                if (d.isLoad() && Double.isNaN(d.designLoadA)) {
                    setLoad(d, k, v);
                }
            }
        } else {
            setLoad(e.devices[device], k, v);
        }
    }

    private static void setLoad(Device d, int k, double v) {
        d.loadW = k == LOAD_W ? v : Double.NaN;
        d.loadA = k == LOAD_A ? v : Double.NaN;
    }

    /**
     * Moves the time of day on by one step and updates the solar fraction: a clear-sky half sine
     * between sunrise and sunset with the scenario's peak at midday, zero at night.
     */
    void advance(double dt) {
        double tod = timeOfDay + dt;
        if (tod >= 86400) {
            tod -= 86400;
        }
        timeOfDay = tod;
        solar = tod <= sunrise || tod >= sunset ? 0 : solarPeak * Math.sin(Math.PI * (tod - sunrise) / (sunset - sunrise));
    }

}
