package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import java.util.ArrayList;
import java.util.List;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-SYS-001 and CW-SYS-002: what is connected to the System+ port stays within its continuous rating
 * (discharge: loads and inverters at the bank voltage; charge: chargers) and within its peak rating.
 */
final class SystemPortRule extends AbstractRule {

    private final boolean peak;

    private SystemPortRule(String id, boolean peak, String title, String source) {
        super(id, Severity.ERROR, "System connection (System+)", title, source);
        this.peak = peak;
    }

    static SystemPortRule continuous() {
        return new SystemPortRule("CW-SYS-001", false, "System+ continuous current within its rating",
                "002 comparison table, row \"System connection\"; 001 §4 \"System+ port - max charge and discharge current\"");
    }

    static SystemPortRule peak() {
        return new SystemPortRule("CW-SYS-002", true, "System+ peak current within its peak rating", "000 \"Peak discharge current\"; 001 §4");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        double voltage = DesignFigures.systemVoltage(design);
        Nets nets = new Nets(design);
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel)) {
                continue;
            }
            TerminalInstance port = DesignFigures.terminal(bms, TerminalKind.SYSTEM_POSITIVE);
            PowerPortSpec spec = port == null ? null : port.getDefinition().getPower();
            QuantityFact rating = spec == null ? null : peak ? spec.getPeakCurrent() : spec.getContinuousCurrent();
            if (rating != null) {
                check(findings, bms, devices(nets, port), voltage, rating);
            }
        }
    }

    private void check(Findings findings, ComponentInstance bms, List<ComponentInstance> devices, double voltage, QuantityFact rating) {
        double discharge = 0;
        double charge = 0;
        StringBuilder who = new StringBuilder();
        for (ComponentInstance device : devices) {
            DesignFigures.DeviceCurrent current = DesignFigures.current(device, voltage);
            double out = peak ? current.peak() : current.continuous();
            if (!Double.isNaN(out)) {
                discharge += out;
                who.append(who.isEmpty() ? "" : " + ").append(device.getId()).append(' ').append(FactFormatter.number(Math.round(out * 10) / 10.0, -1)).append(" A");
            }
            if (!peak && !Double.isNaN(current.charge())) {
                charge += current.charge();
            }
        }
        double limit = rating.valueInBaseUnit();
        if (discharge > limit + 1e-6) {
            findings.report(this, "The devices on the System+ port of " + name(bms) + " draw " + FactFormatter.number(Math.round(discharge * 10) / 10.0, -1)
                    + " A " + (peak ? "at peak" : "continuously") + " (" + who + " at " + FactFormatter.number(voltage, -1) + " V), more than its "
                    + FactFormatter.quantity(rating) + " (" + cite(rating) + "). Move loads to a BatteryProtect or choose a BMS with a stronger port.",
                    devices.isEmpty() ? new ComponentInstance[] { bms } : new ComponentInstance[] { bms, devices.get(0) });
        }
        if (!peak && charge > limit + 1e-6) {
            findings.report(this, "The chargers on the System+ port of " + name(bms) + " deliver " + FactFormatter.number(charge, -1) + " A, more than its "
                    + FactFormatter.quantity(rating) + " (" + cite(rating) + ").", bms);
        }
    }

    /** The devices whose DC+ is in the System+ net. */
    private static List<ComponentInstance> devices(Nets nets, TerminalInstance port) {
        List<ComponentInstance> devices = new ArrayList<>();
        for (TerminalInstance other : nets.others(port)) {
            if (other.getDefinition() != null && other.getDefinition().getKind() == TerminalKind.DC_POSITIVE && !devices.contains(other.getComponent())) {
                devices.add(other.getComponent());
            }
        }
        return devices;
    }
}
