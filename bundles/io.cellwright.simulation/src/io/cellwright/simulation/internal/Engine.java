package io.cellwright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationOutput;

/**
 * The step loop. Everything is compiled into flat arrays and a few small objects before the run
 * ({@link Compiler}); a step allocates nothing except when an event is reported, so a one-year run at
 * 1 s steps streams through in seconds with flat memory.
 *
 * <p>Order within a step at time t: apply the scenario's changes due at t, let the BMS decide from the
 * cell voltages of the previous step ({@link Bms}), propagate its output levels through the signal
 * wiring and cables, work out each device's current, then integrate every cell over the step.
 */
public final class Engine {

    // --- bus indices
    static final int BUS_NONE = 0;
    static final int BUS_BATTERY = 1;
    static final int BUS_SYSTEM = 2;
    static final int BUS_ALTERNATOR = 3;
    static final int FIRST_SWITCHED_BUS = 4;

    /**
     * Thermal time constant of a battery towards ambient temperature. Not in the sources: our estimate
     * for a 15–40 kg battery in a compartment; it only shapes how fast a cold night reaches the cells.
     */
    static final double THERMAL_TIME_CONSTANT_S = 3 * 3600;

    // --- compiled configuration (set by Compiler)
    double dt;
    long steps;
    long sampleEvery;
    Ocv ocv;
    int cellCount;
    double[] cellCapAs;
    /** 1 / cellCapAs, so the step multiplies instead of dividing. */
    double[] cellInvCapAs;
    private double[] batteryStep;
    double[] cellOhm;
    int[] cellBattery;
    int[] cellInBattery;
    int[] stringStart;
    int[] stringEnd;
    double[] stringShare;
    int batteryCount;
    String[] batteryLabel;
    /** Capacity vs temperature per battery: temperatures ascending, capacity factor relative to 25 °C. */
    double[][] capTemps;
    double[][] capFactors;
    double bankOhm;
    double chargeSetVolts;
    Device[] devices;
    int busCount;
    /** For switched buses: the name of the switch (BatteryProtect, Cyrix) that feeds it. */
    String[] busSwitch;
    Bms bms;
    final Signals signals = new Signals();
    Conditions conditions;
    String[] columns;

    // --- state
    final double[] soc;
    final double[] cellVolts;
    double[] batteryTemp;
    double[] batteryCapFactor;
    boolean[] busDischarge;
    boolean[] busCharge;
    double bankVolts;
    double bankOcv;
    double bankCurrent;
    double systemCurrent;
    double alternatorCurrent;
    double minCell;
    double maxCell;
    int minCellIndex;
    int maxCellIndex;
    double minTemp;
    double maxTemp;
    private double now;
    private SimulationOutput out;
    private double[] row;

    Engine(int cells) {
        soc = new double[cells];
        cellVolts = new double[cells];
    }

    public String[] columns() {
        return columns.clone();
    }

    /** Runs to the end (or until cancelled); returns the simulated seconds. */
    public double run(SimulationOutput output) {
        this.out = output;
        row = new double[columns.length];
        conditions.apply(0, this);
        conditions.advance(0);
        integrate(0);
        bms.initialise(this);
        double duration = steps * dt;
        long progressEvery = Math.max(1, (long) (3600 / dt));
        long toSample = 0;
        long toProgress = progressEvery;
        long k = 0;
        for (; k < steps; k++) {
            double t = k * dt;
            step(t);
            if (--toSample <= 0) {
                sample(t);
                toSample = sampleEvery;
            }
            if (--toProgress <= 0) {
                toProgress = progressEvery;
                out.progress(t, duration);
                if (out.isCancelled()) {
                    k++;
                    break;
                }
            }
        }
        return k * dt;
    }

    /** One step at time {@code t}; a method of its own so the JIT compiles it whole, not only as a loop body. */
    private void step(double t) {
        now = t;
        conditions.apply(t, this);
        bms.decide(t, this);
        if (signals.dirty) {
            signals.propagate();
        }
        devices(t);
        integrate(dt);
        conditions.advance(dt);
    }

    double time() {
        return now;
    }

    void emit(double t, String source, String signal, String value, String reason) {
        out.event(new SimulationEvent(t, source, signal, value, reason));
    }

    // ------------------------------------------------------------------------------------ devices

    private void devices(double t) {
        double vbus = bankVolts;
        double total = -bms.consumptionA;
        double system = 0;
        for (Device d : devices) {
            double i = current(d, t, vbus);
            if (i != d.current) {
                d.current = i;
            }
            total += i;
            if (d.bus == BUS_SYSTEM) {
                system -= i;
            }
        }
        alternatorCurrent = bms.alternatorPortCurrent(this);
        total += alternatorCurrent;
        systemCurrent = system;
        bankCurrent = total;
    }

    private double current(Device d, double t, double vbus) {
        boolean remote = d.remoteOn(signals.level);
        switch (d.kind) {
            case Device.LOAD -> {
                boolean on = busDischarge[d.bus] && remote && (!d.veBus || bms.loadOutputHigh());
                if (on != d.enabled) {
                    state(d, t, on, on ? "" : offReason(d, busDischarge[d.bus], remote, !d.veBus || bms.loadOutputHigh(), bms.loadName));
                }
                return on ? -d.demand(vbus) : 0;
            }
            case Device.INVERTER_CHARGER -> {
                return inverterCharger(d, t, vbus, remote);
            }
            case Device.SOLAR_CHARGER, Device.AC_CHARGER -> {
                boolean on = busCharge[d.bus] && remote && (!d.veBus || bms.chargeOutputHigh());
                if (on != d.enabled) {
                    state(d, t, on, on ? "" : offReason(d, busCharge[d.bus], remote, !d.veBus || bms.chargeOutputHigh(), bms.chargeName));
                }
                double source = d.kind == Device.SOLAR_CHARGER ? conditions.solar : conditions.shore ? 1 : 0;
                return on ? taper(d, d.chargeA * source) : 0;
            }
            case Device.ALTERNATOR -> {
                boolean on = busCharge[d.bus] && conditions.engine;
                double headroom = (conditions.alternatorVolts - bankOcv) / (bankOhm + d.pathOhm);
                return on ? Math.max(0, Math.min(d.chargeA, headroom)) : 0;
            }
            case Device.LOAD_SWITCH -> {
                loadSwitch(d, t, vbus, remote);
                return 0;
            }
            case Device.CHARGE_SWITCH -> {
                boolean closed = remote && busCharge[d.bus];
                if (closed != d.enabled) {
                    state(d, t, closed, closed ? "" : offReason(d, busCharge[d.bus], remote, true, ""));
                }
                busCharge[d.outBus] = closed;
                busDischarge[d.outBus] = false;
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private double inverterCharger(Device d, double t, double vbus, boolean remote) {
        boolean inverterAllowed = !d.veBus || bms.loadOutputHigh();
        boolean chargerAllowed = !d.veBus || bms.chargeOutputHigh();
        boolean charging = conditions.shore && remote && busCharge[d.bus] && chargerAllowed;
        boolean inverting = !conditions.shore && remote && busDischarge[d.bus] && inverterAllowed;
        boolean on = remote && (conditions.shore ? busCharge[d.bus] || busDischarge[d.bus] : busDischarge[d.bus] && inverterAllowed);
        if (on != d.enabled) {
            state(d, t, on, on ? "" : offReason(d, conditions.shore ? busCharge[d.bus] : busDischarge[d.bus], remote, inverterAllowed, bms.loadName));
        }
        if (charging) {
            return taper(d, d.chargeA);
        }
        return inverting ? -d.demand(vbus) : 0;
    }

    private void loadSwitch(Device d, double t, double vbus, boolean remote) {
        boolean input = busDischarge[d.bus];
        if (!Double.isNaN(d.cutoffV)) {
            if (!d.lowVoltageOff && vbus < d.cutoffV && vbus > 0) {
                d.lowVoltageOff = true;
            } else if (d.lowVoltageOff && vbus > d.restartV) {
                d.lowVoltageOff = false;
            }
        }
        boolean closed = input && remote && !d.lowVoltageOff;
        if (closed != d.enabled) {
            String reason = d.lowVoltageOff ? String.format(java.util.Locale.ROOT, "its own low-voltage cut-off (%.2f V below %.2f V)", vbus, d.cutoffV)
                    : offReason(d, input, remote, true, "");
            state(d, t, closed, closed ? "" : reason);
        }
        busDischarge[d.outBus] = closed;
        busCharge[d.outBus] = false;
    }

    /** Charge current limited by the charger's rating and, near the set voltage, by the voltage headroom. */
    private double taper(Device d, double rated) {
        double headroom = (chargeSetVolts - bankOcv) / (bankOhm + d.pathOhm);
        return Math.max(0, Math.min(rated, headroom));
    }

    private String offReason(Device d, boolean powered, boolean remote, boolean veBusAllows, String veBusSignal) {
        if (!powered) {
            return switch (d.bus) {
                case BUS_SYSTEM -> "System+ port off";
                case BUS_NONE -> "not connected to the battery";
                default -> d.bus >= FIRST_SWITCHED_BUS ? busSwitch[d.bus] + " off" : "no supply";
            };
        }
        if (!remote) {
            return remoteReason(d);
        }
        if (!veBusAllows) {
            return veBusSignal + " " + Level.name(Level.FLOATING) + " (VE.Bus)";
        }
        return "";
    }

    /** "Load disconnect free floating" or "Charge disconnect high via VE.Direct non-inverting remote on/off cable". */
    private String remoteReason(Device d) {
        Wiring.Driver driver = d.remoteDriver;
        if (driver == null) {
            return "remote on/off input";
        }
        byte level = switch (driver.output()) {
            case 0 -> signals.loadLevel;
            case 1 -> signals.chargeLevel;
            default -> signals.preAlarmLevel;
        };
        return driver.signal() + " " + Level.name(level) + (driver.via() == null ? "" : " via " + driver.via());
    }

    private void state(Device d, double t, boolean on, String reason) {
        if (on == d.enabled) {
            return;
        }
        d.enabled = on;
        String cause = on ? onReason(d) : reason;
        emit(t, d.name, "state", on ? "ON" : "OFF", cause);
    }

    private String onReason(Device d) {
        if (d.remoteDriver != null && d.remoteNets.length > 0) {
            return remoteReason(d);
        }
        if (d.bus >= FIRST_SWITCHED_BUS) {
            return busSwitch[d.bus] + " on";
        }
        return d.bus == BUS_SYSTEM ? "System+ port on" : "connected to the battery";
    }

    // ------------------------------------------------------------------------------------ cells

    /** Moves every cell by the bank current over {@code step} seconds and updates the bank figures. */
    void integrate(double step) {
        double ambient = conditions.ambient;
        double k = step / THERMAL_TIME_CONSTANT_S;
        double tmin = Double.MAX_VALUE;
        double tmax = -Double.MAX_VALUE;
        if (batteryStep == null) {
            batteryStep = new double[batteryCount];
            cellInvCapAs = new double[cellCount];
            for (int i = 0; i < cellCount; i++) {
                cellInvCapAs[i] = 1 / cellCapAs[i];
            }
        }
        for (int b = 0; b < batteryCount; b++) {
            double temp = batteryTemp[b] + (ambient - batteryTemp[b]) * k;
            batteryTemp[b] = temp;
            double factor = capacityFactor(b, temp);
            batteryCapFactor[b] = factor;
            batteryStep[b] = step / factor;
            tmin = Math.min(tmin, temp);
            tmax = Math.max(tmax, temp);
        }
        minTemp = tmin;
        maxTemp = tmax;
        double current = bankCurrent;
        double vmin = Double.MAX_VALUE;
        double vmax = -Double.MAX_VALUE;
        int imin = 0;
        int imax = 0;
        double volts = 0;
        double open = 0;
        for (int s = 0; s < stringStart.length; s++) {
            double is = current * stringShare[s];
            double sv = 0;
            double so = 0;
            for (int i = stringStart[s]; i < stringEnd[s]; i++) {
                double q = soc[i] + is * cellInvCapAs[i] * batteryStep[cellBattery[i]];
                q = q < 0 ? 0 : q > 1 ? 1 : q;
                soc[i] = q;
                double o = ocv.volts(q);
                double v = o + is * cellOhm[i];
                cellVolts[i] = v;
                sv += v;
                so += o;
                if (v < vmin) {
                    vmin = v;
                    imin = i;
                }
                if (v > vmax) {
                    vmax = v;
                    imax = i;
                }
            }
            volts += sv * stringShare[s];
            open += so * stringShare[s];
        }
        bankVolts = volts;
        bankOcv = open;
        minCell = vmin;
        maxCell = vmax;
        minCellIndex = imin;
        maxCellIndex = imax;
    }

    private double capacityFactor(int battery, double temp) {
        double[] ts = capTemps[battery];
        double[] fs = capFactors[battery];
        if (temp <= ts[0]) {
            return fs[0];
        }
        for (int i = 1; i < ts.length; i++) {
            if (temp <= ts[i]) {
                return fs[i - 1] + (fs[i] - fs[i - 1]) * (temp - ts[i - 1]) / (ts[i] - ts[i - 1]);
            }
        }
        return fs[ts.length - 1];
    }

    /** "cell 2 of battery 1 at 3.09 V" */
    String describeCell(int cell) {
        return String.format(java.util.Locale.ROOT, "cell %d of %s at %.2f V", cellInBattery[cell] + 1, batteryLabel[cellBattery[cell]], cellVolts[cell]);
    }

    double stateOfCharge() {
        double q = 0;
        double cap = 0;
        for (int i = 0; i < cellCount; i++) {
            double c = cellCapAs[i];
            q += soc[i] * c;
            cap += c;
        }
        return cap == 0 ? 0 : q / cap;
    }

    // ------------------------------------------------------------------------------------ output

    private void sample(double t) {
        double[] r = row;
        int c = 0;
        r[c++] = t;
        r[c++] = bankVolts;
        r[c++] = bankCurrent;
        r[c++] = stateOfCharge() * 100;
        r[c++] = minCell;
        r[c++] = maxCell;
        r[c++] = maxTemp;
        r[c++] = minTemp;
        r[c++] = conditions.ambient;
        c = bms.sample(r, c, this);
        for (int i = 0; i < cellCount; i++) {
            r[c++] = cellVolts[i];
        }
        for (Device d : devices) {
            if (d.kind != Device.LOAD_SWITCH && d.kind != Device.CHARGE_SWITCH) {
                r[c++] = d.current;
            } else {
                r[c++] = d.enabled ? 1 : 0;
            }
        }
        out.sample(t, r);
    }

    /** Column names in the order of {@link #sample}; the BMS adds its own in the middle. */
    void buildColumns() {
        List<String> names = new ArrayList<>(io.cellwright.simulation.Columns.ALWAYS);
        bms.columns(names);
        for (int i = 0; i < cellCount; i++) {
            names.add(batteryLabel[cellBattery[i]].replace("battery ", "b") + "_cell" + (cellInBattery[i] + 1) + "_V");
        }
        for (Device d : devices) {
            names.add(d.id + (d.kind == Device.LOAD_SWITCH || d.kind == Device.CHARGE_SWITCH ? "_on" : "_A"));
        }
        columns = names.toArray(String[]::new);
    }
}
