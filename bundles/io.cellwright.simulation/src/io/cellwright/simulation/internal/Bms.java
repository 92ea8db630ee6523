package io.cellwright.simulation.internal;

import java.util.List;
import java.util.Locale;

import io.cellwright.model.catalog.LedFunction;

/**
 * What the BMS does each step, from the cell voltages and temperatures of the previous step: pre-alarm,
 * Load disconnect, Charge disconnect, battery charge limit with its hysteresis, the System+ and
 * Alternator/Starter Batt+ ports, remote on/off with its function, short-circuit trip, alarm and warning
 * codes (001 Appendix B), LEDs (001 Appendix C) and its own consumption. Thresholds and ratings come from
 * the catalog and the design's settings ({@link Compiler}); the few numbers no source gives are the
 * constants below, each saying so.
 */
final class Bms {

    static final int FN_ALTERNATOR_AND_SYSTEM = 0;
    static final int FN_ALTERNATOR_ONLY = 1;
    static final int FN_EVERYTHING = 2;

    /**
     * How far above its threshold the lowest cell must recover before pre-alarm and Load disconnect
     * clear. Not published: our choice. 001 Appendix A item 6 only says that charging resets the system.
     */
    static final double UNDERVOLTAGE_RELEASE_V = 0.05;
    /** Cell over-voltage release below the charge-disconnect threshold. Not published (see model-notes §11 item 19). */
    static final double OVERVOLTAGE_RELEASE_V = 0.15;
    /** Temperature hysteresis of the charge-disconnect temperature limits. Not published: our choice. */
    static final double TEMPERATURE_RELEASE_C = 1.0;
    /**
     * How long System+ stays off after a short-circuit trip (A-A12) before it tries again. Not published:
     * our choice; 001 Appendix B only names the alarm and its causes.
     */
    static final double SHORT_CIRCUIT_RETRY_S = 30;
    /** Period of the intermittent pre-alarm signal (001 §3.5.1 offers "intermittent" without a period): 1 s on, 1 s off. */
    static final double INTERMITTENT_PERIOD_S = 2;

    // --- configuration
    String name;
    String loadName = "Load disconnect";
    String chargeName = "Charge disconnect";
    boolean hasSystemPlus;
    boolean hasAlternatorPort;
    boolean hasRemoteLH;
    boolean remoteLoop;
    double remoteLBelow = 5;
    double remoteHAbove = 3;
    int function = FN_EVERYTHING;
    String functionLabel = "";
    boolean preAlarmUsed = true;
    boolean preAlarmIntermittent;
    double preAlarmLead = 30;
    double[] cellPreAlarm;
    double[] cellLoadDisconnect;
    double chargeDisconnectVolts;
    double chargeHighTemp;
    double chargeLowTemp;
    double chargeLimit = Double.NaN;
    double chargeLimitHysteresis;
    double chargeLimitResume;
    double systemPeakA = Double.NaN;
    double alternatorLimitA;
    String alternatorLimitSource = "";
    double alternatorEnableVolts = 13;
    double alternatorRatedA = Double.POSITIVE_INFINITY;
    boolean alternatorPresent;
    boolean starterPresent;
    double alternatorPathOhm;
    double consumptionOnA;
    double consumptionRemoteOffA;
    double consumptionDisabledA;
    byte loadNormal = Level.HIGH;
    byte loadActive = Level.FLOATING;
    byte chargeNormal = Level.HIGH;
    byte chargeActive = Level.FLOATING;
    byte preNormal = Level.FLOATING;
    byte preActive = Level.HIGH;
    LedFunction[] leds = new LedFunction[0];
    /** True when every cell has the same thresholds, so the lowest cell is the one to compare. */
    boolean uniformThresholds;

    // --- state
    boolean remoteOn;
    boolean enabled;
    boolean preAlarm;
    double preAlarmSince;
    boolean loadDisconnect;
    boolean chargeDisconnect;
    String chargeCause = "";
    boolean overTemperature;
    boolean limited;
    double belowLimitFor;
    double shortCircuitUntil = -1;
    boolean shortCircuit;
    boolean systemDischarge;
    boolean systemCharge;
    boolean alternatorAllowed;
    boolean alternatorCharging;
    double consumptionA;

    void initialise(Engine e) {
        remoteOn = remoteInput(e.conditions);
        enabled = remoteOn || function != FN_EVERYTHING;
        systemDischarge = hasSystemPlus && enabled;
        systemCharge = systemDischarge;
        alternatorAllowed = hasAlternatorPort && remoteOn;
        e.busDischarge[Engine.BUS_BATTERY] = true;
        e.busCharge[Engine.BUS_BATTERY] = true;
    }

    boolean loadOutputHigh() {
        return enabled && !loadDisconnect;
    }

    boolean chargeOutputHigh() {
        return enabled && !chargeDisconnect;
    }

    void decide(double t, Engine e) {
        remote(t, e);
        undervoltage(t, e);
        overvoltageAndTemperature(t, e);
        chargeLimit(t, e);
        shortCircuit(t, e);
        ports(t, e);
        byte pre = preNormal;
        if (enabled && preAlarm) {
            pre = preAlarmIntermittent && (t % INTERMITTENT_PERIOD_S) >= INTERMITTENT_PERIOD_S / 2 ? preNormal : preActive;
        }
        e.signals.setBmsOutputs(loadOutputHigh() ? loadNormal : loadActive, chargeOutputHigh() ? chargeNormal : chargeActive, pre);
        consumptionA = enabled ? (remoteOn ? consumptionOnA : consumptionRemoteOffA) : consumptionDisabledA;
    }

    private boolean remoteInput(Conditions c) {
        if (!hasRemoteLH) {
            return c.remoteClosed;
        }
        boolean loop = remoteLoop && c.remoteClosed;
        boolean lLow = !Double.isNaN(c.remoteL) && c.remoteL < remoteLBelow;
        boolean hHigh = !Double.isNaN(c.remoteH) && c.remoteH > remoteHAbove;
        return loop || lLow || hHigh;
    }

    private void remote(double t, Engine e) {
        boolean on = remoteInput(e.conditions);
        if (on != remoteOn) {
            remoteOn = on;
            e.emit(t, name, "remote on/off", on ? "on" : "off", describeRemote(e.conditions) + (on ? "" : "; function: " + functionLabel));
        }
        boolean active = remoteOn || function != FN_EVERYTHING;
        if (active != enabled) {
            enabled = active;
            e.emit(t, name, "BMS", active ? "active" : "switched off", "remote on/off " + (active ? "on" : "off") + " (" + functionLabel + ")");
        }
    }

    private String describeRemote(Conditions c) {
        if (!hasRemoteLH) {
            return c.remoteClosed ? "remote switch closed" : "remote switch open";
        }
        StringBuilder b = new StringBuilder();
        b.append(remoteLoop ? (c.remoteClosed ? "L–H loop closed" : "L–H loop open") : "no L–H loop");
        if (!Double.isNaN(c.remoteL)) {
            b.append(String.format(Locale.ROOT, ", L at %.1f V (on below %s V)", c.remoteL, fmt(remoteLBelow)));
        }
        if (!Double.isNaN(c.remoteH)) {
            b.append(String.format(Locale.ROOT, ", H at %.1f V (on above %s V)", c.remoteH, fmt(remoteHAbove)));
        }
        return b.toString();
    }

    private void undervoltage(double t, Engine e) {
        int preCell = lowestAgainst(cellPreAlarm, e);
        double preMargin = e.cellVolts[preCell] - cellPreAlarm[preCell];
        int ldCell = lowestAgainst(cellLoadDisconnect, e);
        double ldMargin = e.cellVolts[ldCell] - cellLoadDisconnect[ldCell];
        if (!preAlarm && preMargin < 0) {
            preAlarm = true;
            preAlarmSince = t;
            if (preAlarmUsed) {
                e.emit(t, name, "pre-alarm", "ON", e.describeCell(preCell));
            }
            e.emit(t, name, "W-B12", "ON", "Undervoltage warning: " + e.describeCell(preCell));
        } else if (preAlarm && !loadDisconnect && preMargin > UNDERVOLTAGE_RELEASE_V) {
            preAlarm = false;
            if (preAlarmUsed) {
                e.emit(t, name, "pre-alarm", "OFF", e.describeCell(preCell));
            }
            e.emit(t, name, "W-B12", "OFF", e.describeCell(preCell));
        }
        // 001 §2.2: the pre-alarm trips at least 30 s before Load disconnect; the BMS holds the disconnect back until then.
        boolean leadDone = !preAlarmUsed || (preAlarm && t - preAlarmSince >= preAlarmLead);
        if (!loadDisconnect && ldMargin < 0 && leadDone) {
            loadDisconnect = true;
            e.emit(t, name, loadName, Level.name(loadActive), e.describeCell(ldCell));
            e.emit(t, name, "A-B11", "ON", "Undervoltage: " + e.describeCell(ldCell));
        } else if (loadDisconnect && preMargin > UNDERVOLTAGE_RELEASE_V) {
            loadDisconnect = false;
            e.emit(t, name, loadName, Level.name(loadNormal), "cells recharged: " + e.describeCell(preCell));
            e.emit(t, name, "A-B11", "OFF", e.describeCell(preCell));
        }
    }

    /** The cell closest to (or furthest below) its own threshold. */
    private int lowestAgainst(double[] threshold, Engine e) {
        int best = e.minCellIndex;
        if (uniformThresholds) {
            return best;
        }
        double margin = e.cellVolts[best] - threshold[best];
        for (int i = 0; i < threshold.length; i++) {
            double m = e.cellVolts[i] - threshold[i];
            if (m < margin) {
                margin = m;
                best = i;
            }
        }
        return best;
    }

    private void overvoltageAndTemperature(double t, Engine e) {
        String cause = null;
        if (e.maxCell > chargeDisconnectVolts) {
            cause = e.describeCell(e.maxCellIndex) + ", above " + fmt(chargeDisconnectVolts) + " V";
        } else if (e.maxTemp > chargeHighTemp) {
            cause = String.format(Locale.ROOT, "battery temperature %.1f °C, above %s °C", e.maxTemp, fmt(chargeHighTemp));
        } else if (e.minTemp < chargeLowTemp) {
            cause = String.format(Locale.ROOT, "battery temperature %.1f °C, below %s °C: charging blocked", e.minTemp, fmt(chargeLowTemp));
        }
        if (!chargeDisconnect && cause != null) {
            chargeDisconnect = true;
            chargeCause = cause;
            e.emit(t, name, chargeName, Level.name(chargeActive), cause);
        } else if (chargeDisconnect && e.maxCell < chargeDisconnectVolts - OVERVOLTAGE_RELEASE_V
                && e.maxTemp < chargeHighTemp - TEMPERATURE_RELEASE_C && e.minTemp > chargeLowTemp + TEMPERATURE_RELEASE_C) {
            chargeDisconnect = false;
            e.emit(t, name, chargeName, Level.name(chargeNormal),
                    String.format(Locale.ROOT, "cells at most %.2f V, battery %.1f–%.1f °C", e.maxCell, e.minTemp, e.maxTemp));
        }
        boolean hot = e.maxTemp > chargeHighTemp;
        if (hot != overTemperature) {
            overTemperature = hot;
            e.emit(t, name, "A-B15", hot ? "ON" : "OFF", String.format(Locale.ROOT, "Over temperature: battery at %.1f °C", e.maxTemp));
        }
    }

    private void chargeLimit(double t, Engine e) {
        if (Double.isNaN(chargeLimit)) {
            return;
        }
        if (!limited && e.bankVolts >= chargeLimit) {
            limited = true;
            belowLimitFor = 0;
            e.emit(t, name, "battery charge limit", "reached", String.format(Locale.ROOT, "battery at %.2f V, limit %.2f V", e.bankVolts, chargeLimit));
        } else if (limited) {
            belowLimitFor = e.bankVolts <= chargeLimit - chargeLimitHysteresis ? belowLimitFor + e.dt : 0;
            if (belowLimitFor >= chargeLimitResume) {
                limited = false;
                e.emit(t, name, "battery charge limit", "released", String.format(Locale.ROOT, "battery at %.2f V, %s V below the limit for %s s",
                        e.bankVolts, fmt(chargeLimitHysteresis), fmt(chargeLimitResume)));
            }
        }
    }

    private void shortCircuit(double t, Engine e) {
        if (!Double.isNaN(systemPeakA) && !shortCircuit && e.systemCurrent > systemPeakA) {
            shortCircuit = true;
            shortCircuitUntil = t + SHORT_CIRCUIT_RETRY_S;
            e.emit(t, name, "A-A12", "ON", String.format(Locale.ROOT, "Short circuit: System+ current %.0f A above the %s A peak", e.systemCurrent, fmt(systemPeakA)));
        } else if (shortCircuit && t >= shortCircuitUntil) {
            shortCircuit = false;
            e.emit(t, name, "A-A12", "OFF", "System+ tries again after " + fmt(SHORT_CIRCUIT_RETRY_S) + " s");
        }
    }

    private void ports(double t, Engine e) {
        boolean remoteBlocksSystem = !remoteOn && function == FN_ALTERNATOR_AND_SYSTEM;
        boolean base = enabled && !remoteBlocksSystem && !shortCircuit;
        boolean discharge = hasSystemPlus && base && !loadDisconnect;
        boolean charge = hasSystemPlus && base && !chargeDisconnect && !limited;
        boolean alternator = hasAlternatorPort && enabled && remoteOn && !chargeDisconnect && !limited;
        if (discharge != systemDischarge) {
            systemDischarge = discharge;
            e.emit(t, name, "System+ discharge", discharge ? "ON" : "OFF", discharge ? "allowed again" : portCause(false));
        }
        if (charge != systemCharge) {
            systemCharge = charge;
            e.emit(t, name, "System+ charge", charge ? "ON" : "OFF", charge ? "allowed again" : portCause(true));
        }
        if (alternator != alternatorAllowed) {
            alternatorAllowed = alternator;
            e.emit(t, name, "Alternator/Starter Batt+ port", alternator ? "enabled" : "disabled", alternator ? "allowed again" : portCause(true));
        }
        e.busDischarge[Engine.BUS_SYSTEM] = discharge;
        e.busCharge[Engine.BUS_SYSTEM] = charge;
    }

    private String portCause(boolean charging) {
        if (!enabled) {
            return "BMS switched off by remote on/off";
        }
        if (!remoteOn) {
            return "remote on/off off (" + functionLabel + ")";
        }
        if (shortCircuit) {
            return "A-A12 short circuit";
        }
        if (!charging && loadDisconnect) {
            return loadName + " (cell undervoltage)";
        }
        if (charging && chargeDisconnect) {
            return chargeName + ": " + chargeCause;
        }
        return charging && limited ? "battery charge limit reached" : "";
    }

    /** Current through the Alternator/Starter Batt+ port into the battery (A); zero when it does not conduct. */
    double alternatorPortCurrent(Engine e) {
        if (!hasAlternatorPort || !(alternatorPresent || starterPresent)) {
            return 0;
        }
        Conditions c = e.conditions;
        boolean running = c.engine && alternatorPresent;
        double vin = running ? c.alternatorVolts : starterPresent ? c.starterVolts : 0;
        boolean conducts = alternatorAllowed && vin > alternatorEnableVolts;
        double i = 0;
        if (conducts) {
            // One way only (001 §2.2): never back into the starter battery.
            double headroom = Math.max(0, (vin - e.bankOcv) / (e.bankOhm + alternatorPathOhm));
            i = Math.min(Math.min(alternatorLimitA, running ? alternatorRatedA : alternatorLimitA), headroom);
        }
        boolean charging = i > 0.01;
        if (charging != alternatorCharging) {
            alternatorCharging = charging;
            String reason;
            if (charging) {
                reason = String.format(Locale.ROOT, "input %.2f V above %s V; at most %s A (%s)", vin, fmt(alternatorEnableVolts), fmt(alternatorLimitA),
                        alternatorLimitSource);
            } else if (!alternatorAllowed) {
                reason = portCause(true);
            } else if (vin <= alternatorEnableVolts) {
                reason = String.format(Locale.ROOT, "input %.2f V, not above %s V", vin, fmt(alternatorEnableVolts));
            } else {
                reason = "battery voltage has reached the input voltage";
            }
            e.emit(e.time(), name, "alternator charging", charging ? "ON" : "OFF", reason);
        }
        return i;
    }

    // ------------------------------------------------------------------------------------ output

    void columns(List<String> names) {
        names.addAll(List.of("load_disconnect", "charge_disconnect", "pre_alarm", "system_discharge", "system_charge", "alternator_A",
                "charge_limit", "bms_mA", "A-B11", "W-B12", "A-B15", "A-A12"));
        for (int i = 0; i < leds.length; i++) {
            names.add("led" + (i + 1));
        }
    }

    int sample(double[] r, int c, Engine e) {
        r[c++] = e.signals.loadLevel == Level.HIGH ? 1 : 0;
        r[c++] = e.signals.chargeLevel == Level.HIGH ? 1 : 0;
        r[c++] = e.signals.preAlarmLevel == Level.HIGH ? 1 : 0;
        r[c++] = systemDischarge ? 1 : 0;
        r[c++] = systemCharge ? 1 : 0;
        r[c++] = e.alternatorCurrent;
        r[c++] = limited ? 1 : 0;
        r[c++] = consumptionA * 1000;
        r[c++] = loadDisconnect && enabled ? 1 : 0;
        r[c++] = preAlarm && enabled ? 1 : 0;
        r[c++] = overTemperature ? 1 : 0;
        r[c++] = shortCircuit ? 1 : 0;
        for (LedFunction led : leds) {
            r[c++] = led(led);
        }
        return c;
    }

    /** 0 off, 1 on, 2 blinking (001 Appendix C). */
    private int led(LedFunction function) {
        return switch (function) {
            case ALTERNATOR_CHARGING -> alternatorCharging ? 1 : 0;
            case OVER_TEMPERATURE -> overTemperature ? 1 : 0;
            case BMS_ACTIVE -> enabled ? 1 : 0;
            case BLUETOOTH -> enabled ? 2 : 0;
            case CHARGE_DISCONNECT_ENABLED -> chargeOutputHigh() ? 1 : 0;
            case LOAD_DISCONNECT_ENABLED -> loadOutputHigh() ? 1 : 0;
            case SYSTEM_CHARGING_ENABLED -> systemCharge ? 1 : 0;
            default -> 0;
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
