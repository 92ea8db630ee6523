package io.cellwright.simulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.PowerState;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.RemoteUseMode;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/** Reads the BMS's behaviour from the catalog and the design's settings into a {@link Bms}. */
final class BmsSetup {

    /** 001 §2.2: the pre-alarm trips at least 30 s before Load disconnect (used when the catalog has no lead time). */
    static final double PRE_ALARM_LEAD_S = 30;
    /** 001 §2.2 and §3.5.1: charging resumes 0.5 V below the charge limit after 10 consecutive seconds (when the catalog lacks them). */
    static final double CHARGE_LIMIT_HYSTERESIS_V = 0.5;
    static final double CHARGE_LIMIT_RESUME_S = 10;

    private BmsSetup() {
    }

    static void configure(Engine e, ComponentInstance c, LithiumBatteryModel battery, List<ComponentInstance> batteries, Wiring wiring,
            SystemDesign design, String remoteFunctionOverride) {
        BmsModel type = (BmsModel) c.getType();
        Bms bms = new Bms();
        e.bms = bms;
        bms.name = Compiler.label(c.getName(), type.getName());
        for (ComponentInstance b : batteries) {
            for (TerminalInstance t : b.getTerminals()) {
                if (t.getDefinition() != null && t.getDefinition().getKind() == TerminalKind.BATTERY_POSITIVE) {
                    wiring.markBus(t, Engine.BUS_BATTERY);
                }
            }
        }
        TerminalInstance liIon = Wiring.firstOfKind(c, TerminalKind.LI_ION_POSITIVE);
        if (liIon != null) {
            wiring.markBus(liIon, Engine.BUS_BATTERY);
        }
        TerminalInstance system = Wiring.firstOfKind(c, TerminalKind.SYSTEM_POSITIVE);
        bms.hasSystemPlus = system != null && wiring.wired(system);
        if (bms.hasSystemPlus) {
            wiring.markBus(system, Engine.BUS_SYSTEM);
            PowerPortSpec power = system.getDefinition().getPower();
            if (power != null && power.getPeakCurrent() != null) {
                bms.systemPeakA = power.getPeakCurrent().valueInBaseUnit();
            }
        }
        outputs(bms, c, wiring);
        remote(bms, c, type, wiring, remoteFunctionOverride);
        thresholds(bms, c, type, battery, batteries);
        alternatorPort(bms, c, type, wiring, design);
        consumption(bms, type);
        List<LedIndicator> leds = new ArrayList<>(type.getLeds());
        leds.sort(Comparator.comparingInt(LedIndicator::getPosition));
        bms.leds = leds.stream().map(LedIndicator::getFunction).toArray(io.cellwright.model.catalog.LedFunction[]::new);
    }

    private static void outputs(Bms bms, ComponentInstance c, Wiring wiring) {
        TerminalInstance load = Wiring.firstOfKind(c, TerminalKind.LOAD_DISCONNECT);
        TerminalInstance charge = Wiring.firstOfKind(c, TerminalKind.CHARGE_DISCONNECT);
        TerminalInstance pre = Wiring.firstOfKind(c, TerminalKind.PRE_ALARM);
        if (load != null) {
            bms.loadName = labelOf(load, "Load disconnect");
            OutputBehaviour o = load.getDefinition().getOutput();
            bms.loadNormal = Level.of(o == null || o.getNormalState() == null ? null : o.getNormalState().getState(), Level.HIGH);
            bms.loadActive = Level.of(o == null || o.getActiveState() == null ? null : o.getActiveState().getState(), Level.FLOATING);
            e(wiring, load, bms.loadName, 0);
        }
        if (charge != null) {
            bms.chargeName = labelOf(charge, "Charge disconnect");
            OutputBehaviour o = charge.getDefinition().getOutput();
            bms.chargeNormal = Level.of(o == null || o.getNormalState() == null ? null : o.getNormalState().getState(), Level.HIGH);
            bms.chargeActive = Level.of(o == null || o.getActiveState() == null ? null : o.getActiveState().getState(), Level.FLOATING);
            e(wiring, charge, bms.chargeName, 1);
        }
        if (pre != null) {
            OutputBehaviour o = pre.getDefinition().getOutput();
            bms.preNormal = Level.of(o == null || o.getNormalState() == null ? null : o.getNormalState().getState(), Level.FLOATING);
            bms.preActive = Level.of(o == null || o.getActiveState() == null ? null : o.getActiveState().getState(), Level.HIGH);
            bms.preAlarmLead = o != null && o.getLeadTime() != null ? o.getLeadTime().valueInBaseUnit() : PRE_ALARM_LEAD_S;
            e(wiring, pre, "pre-alarm", 2);
        } else {
            bms.preAlarmUsed = false;
        }
    }

    private static void e(Wiring wiring, TerminalInstance terminal, String name, int output) {
        wiring.drive(terminal, name, output);
    }

    static void bindNets(Engine e, ComponentInstance c, Wiring wiring) {
        TerminalInstance load = Wiring.firstOfKind(c, TerminalKind.LOAD_DISCONNECT);
        TerminalInstance charge = Wiring.firstOfKind(c, TerminalKind.CHARGE_DISCONNECT);
        TerminalInstance pre = Wiring.firstOfKind(c, TerminalKind.PRE_ALARM);
        e.signals.loadNet = load == null ? -1 : wiring.net(load);
        e.signals.chargeNet = charge == null ? -1 : wiring.net(charge);
        e.signals.preAlarmNet = pre == null ? -1 : wiring.net(pre);
    }

    private static String labelOf(TerminalInstance t, String fallback) {
        String label = t.getDefinition().getLabel();
        return label == null || label.isBlank() ? fallback : label;
    }

    private static void remote(Bms bms, ComponentInstance c, BmsModel type, Wiring wiring, String override) {
        TerminalInstance l = Wiring.firstOfKind(c, TerminalKind.REMOTE_L);
        TerminalInstance h = Wiring.firstOfKind(c, TerminalKind.REMOTE_H);
        bms.hasRemoteLH = l != null && h != null;
        bms.remoteLoop = bms.hasRemoteLH && wiring.wired(l) && wiring.net(l) == wiring.net(h);
        for (RemoteUseMode mode : type.getRemoteUseModes()) {
            if (mode.getThreshold() == null) {
                continue;
            }
            if (mode.getCondition() == io.cellwright.model.catalog.RemoteCondition.LPULLED_TO_MINUS) {
                bms.remoteLBelow = mode.getThreshold().valueInBaseUnit();
            } else if (mode.getCondition() == io.cellwright.model.catalog.RemoteCondition.HPULLED_HIGH) {
                bms.remoteHAbove = mode.getThreshold().valueInBaseUnit();
            }
        }
        SettingOption option = Compiler.option(c, SettingRole.REMOTE_ON_OFF_FUNCTION);
        OptionRole role = option == null ? null : option.getRole();
        if (override != null && !override.equals("design")) {
            role = switch (override) {
                case "disable-alternator-and-system" -> OptionRole.DISABLE_ALTERNATOR_AND_SYSTEM;
                case "disable-alternator-only" -> OptionRole.DISABLE_ALTERNATOR_ONLY;
                default -> OptionRole.SWITCH_EVERYTHING_OFF;
            };
            option = null;
        }
        if (role == null) {
            // Without the setting, the remote input switches the BMS and its outputs off (a system on/off).
            bms.function = Bms.FN_EVERYTHING;
            bms.functionLabel = "system on/off";
            return;
        }
        bms.function = switch (role) {
            case DISABLE_ALTERNATOR_AND_SYSTEM -> Bms.FN_ALTERNATOR_AND_SYSTEM;
            case DISABLE_ALTERNATOR_ONLY -> Bms.FN_ALTERNATOR_ONLY;
            default -> Bms.FN_EVERYTHING;
        };
        bms.functionLabel = option != null && option.getLabel() != null ? option.getLabel() : switch (bms.function) {
            case Bms.FN_ALTERNATOR_AND_SYSTEM -> "Disable alternator & system+";
            case Bms.FN_ALTERNATOR_ONLY -> "Disable alternator only";
            default -> "Switch everything off";
        };
    }

    private static void thresholds(Bms bms, ComponentInstance c, BmsModel type, LithiumBatteryModel battery, List<ComponentInstance> batteries) {
        int cells = 0;
        for (ComponentInstance b : batteries) {
            cells += Compiler.cellsOf((LithiumBatteryModel) b.getType());
        }
        bms.cellPreAlarm = new double[cells];
        bms.cellLoadDisconnect = new double[cells];
        int i = 0;
        for (ComponentInstance b : batteries) {
            double pre = orDefault(Compiler.number(b, SettingRole.PRE_ALARM_CELL_VOLTAGE), 3.1);
            double ld = orDefault(Compiler.number(b, SettingRole.LOAD_DISCONNECT_CELL_VOLTAGE), 2.8);
            for (int k = 0; k < Compiler.cellsOf((LithiumBatteryModel) b.getType()); k++, i++) {
                bms.cellPreAlarm[i] = pre;
                bms.cellLoadDisconnect[i] = ld;
            }
        }
        bms.uniformThresholds = java.util.Arrays.stream(bms.cellPreAlarm).distinct().count() <= 1
                && java.util.Arrays.stream(bms.cellLoadDisconnect).distinct().count() <= 1;
        bms.chargeDisconnectVolts = battery.getChargeDisconnectCellVoltage() == null ? 3.75 : battery.getChargeDisconnectCellVoltage().getValue();
        bms.chargeHighTemp = battery.getChargeDisconnectHighTemperature() == null ? 50 : battery.getChargeDisconnectHighTemperature().getValue();
        bms.chargeLowTemp = battery.getChargeDisconnectLowTemperature() == null ? 5 : battery.getChargeDisconnectLowTemperature().getValue();
        if (Compiler.optionRole(c, SettingRole.PRE_ALARM_USAGE) == OptionRole.PRE_ALARM_NOT_AVAILABLE) {
            bms.preAlarmUsed = false;
        }
        bms.preAlarmIntermittent = Compiler.optionRole(c, SettingRole.PRE_ALARM_SIGNAL) == OptionRole.INTERMITTENT;
        if (type.findSetting(SettingRole.BATTERY_CHARGE_LIMIT) != null) {
            bms.chargeLimit = Compiler.number(c, SettingRole.BATTERY_CHARGE_LIMIT);
            bms.chargeLimitHysteresis = type.getChargeLimitHysteresis() == null ? CHARGE_LIMIT_HYSTERESIS_V : type.getChargeLimitHysteresis().valueInBaseUnit();
            bms.chargeLimitResume = type.getChargeLimitResumeDelay() == null ? CHARGE_LIMIT_RESUME_S : type.getChargeLimitResumeDelay().valueInBaseUnit();
        }
    }

    private static double orDefault(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static void alternatorPort(Bms bms, ComponentInstance c, BmsModel type, Wiring wiring, SystemDesign design) {
        TerminalInstance port = Wiring.firstOfKind(c, TerminalKind.ALTERNATOR_STARTER_POSITIVE);
        if (port == null || !wiring.wired(port)) {
            return;
        }
        bms.hasAlternatorPort = true;
        wiring.markBus(port, Engine.BUS_ALTERNATOR);
        PowerPortSpec power = port.getDefinition().getPower();
        if (power != null && power.getEnableVoltage() != null) {
            bms.alternatorEnableVolts = power.getEnableVoltage().valueInBaseUnit();
        }
        bms.alternatorPathOhm = wiring.ohmAt(port);
        for (ComponentInstance other : design.getComponents()) {
            ProductCategory category = other.getType() == null ? null : other.getType().getCategory();
            TerminalInstance plus = Wiring.firstOfKind(other, TerminalKind.DC_POSITIVE, TerminalKind.BATTERY_POSITIVE);
            if (plus == null || wiring.net(plus) != wiring.net(port)) {
                continue;
            }
            if (category == ProductCategory.ALTERNATOR) {
                bms.alternatorPresent = true;
                double rated = Compiler.number(other, SettingRole.CHARGE_CURRENT);
                bms.alternatorRatedA = Double.isNaN(rated) ? Double.POSITIVE_INFINITY : rated;
                bms.alternatorPathOhm += wiring.ohmAt(plus);
            } else if (category == ProductCategory.STARTER_BATTERY) {
                bms.starterPresent = true;
            }
        }
        alternatorLimit(bms, c, power, port, design);
    }

    /** The port's current limit: the fuse table entry of the fuse-type setting, else ≈90 % of the port fuse, else the port rating. */
    private static void alternatorLimit(Bms bms, ComponentInstance c, PowerPortSpec power, TerminalInstance port, SystemDesign design) {
        SettingOption fuse = Compiler.option(c, SettingRole.FUSE_TYPE);
        if (fuse != null && fuse.getFuse() != null && fuse.getFuse().getMaxChargeCurrent() != null) {
            bms.alternatorLimitA = fuse.getFuse().getMaxChargeCurrent().valueInBaseUnit();
            bms.alternatorLimitSource = "fuse table, fuse type " + fuse.getLabel() + ", 001 §3.4";
            return;
        }
        for (Wire wire : design.getWires()) {
            if ((wire.getFrom() == port || wire.getTo() == port) && wire.getFuse() != null && power != null && power.getCurrentLimitOfFuseRating() != null) {
                double pct = power.getCurrentLimitOfFuseRating().getValue();
                bms.alternatorLimitA = wire.getFuse().getRating() * pct / 100;
                bms.alternatorLimitSource = Bms.fmt(pct) + " % of the " + Bms.fmt(wire.getFuse().getRating()) + " A port fuse, 001 §2.2";
                return;
            }
        }
        bms.alternatorLimitA = power != null && power.getContinuousCurrent() != null ? power.getContinuousCurrent().valueInBaseUnit() : 100;
        bms.alternatorLimitSource = "port rating";
    }

    private static void consumption(Bms bms, BmsModel type) {
        for (ConsumptionFact f : type.getConsumption()) {
            double a = f.valueInBaseUnit();
            if (f.getState() == PowerState.ON) {
                bms.consumptionOnA = a;
            } else if (f.getState() == PowerState.REMOTE_OFF_BMS_ACTIVE) {
                bms.consumptionRemoteOffA = a;
            } else if (f.getState() == PowerState.REMOTE_OFF_BMS_DISABLED) {
                bms.consumptionDisabledA = a;
            }
        }
        if (bms.consumptionRemoteOffA == 0) {
            bms.consumptionRemoteOffA = bms.consumptionOnA;
        }
        if (bms.consumptionDisabledA == 0) {
            bms.consumptionDisabledA = bms.consumptionRemoteOffA;
        }
    }
}
