package io.cellwright.simulation.internal;

/**
 * One component that draws or delivers current, or switches a bus, compiled from the design: its kind,
 * the bus its DC+ is on, its remote on/off inputs (signal nets and the level that means "on") and its
 * ratings. The mutable part is its state during a run.
 */
final class Device {
    static final int LOAD = 1;
    static final int INVERTER_CHARGER = 2;
    static final int SOLAR_CHARGER = 3;
    static final int AC_CHARGER = 4;
    static final int ALTERNATOR = 5;
    /** BatteryProtect or Cyrix-Li-Load: passes discharge current from its bus to its output bus. */
    static final int LOAD_SWITCH = 6;
    /** Cyrix-Li-Charge: passes charge current from its charger-side bus to the battery. */
    static final int CHARGE_SWITCH = 7;

    final String id;
    final String name;
    final int kind;
    int bus;
    int outBus = -1;
    int[] remoteNets = new int[0];
    byte[] remoteOnLevel = new byte[0];
    /** What drives the remote input (a BMS output, maybe through cables), for event reasons; null when not driven. */
    Wiring.Driver remoteDriver;
    /** Controlled by the BMS over VE.Bus: the inverter follows Load disconnect, the charger Charge disconnect. */
    boolean veBus;
    /** Demand in W or A (one of them NaN); NaN both: not set. */
    double loadW = Double.NaN;
    double loadA = Double.NaN;
    /** Load current from the design's LOAD_CURRENT setting (NaN when none), which "load *" does not override. */
    double designLoadA = Double.NaN;
    double chargeA;
    /** Extra series resistance of its DC wiring (Ω), which makes a charger taper smoothly near its set voltage. */
    double pathOhm;
    /** BatteryProtect own low-voltage cut-off and restart (V); NaN for other switches. */
    double cutoffV = Double.NaN;
    double restartV = Double.NaN;

    // state
    boolean enabled;
    boolean lowVoltageOff;
    double current;
    String offReason = "";

    Device(String id, String name, int kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    boolean isLoad() {
        return kind == LOAD || kind == INVERTER_CHARGER;
    }

    boolean isCharger() {
        return kind == INVERTER_CHARGER || kind == SOLAR_CHARGER || kind == AC_CHARGER || kind == ALTERNATOR;
    }

    boolean remoteOn(byte[] netLevel) {
        for (int i = 0; i < remoteNets.length; i++) {
            if (netLevel[remoteNets[i]] != remoteOnLevel[i]) {
                return false;
            }
        }
        return true;
    }

    double demand(double volts) {
        if (!Double.isNaN(loadA)) {
            return loadA;
        }
        if (!Double.isNaN(loadW)) {
            return volts > 1 ? loadW / volts : 0;
        }
        return Double.isNaN(designLoadA) ? 0 : designLoadA;
    }
}
