package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.VoltageDropLimitFact;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-WIRE-002: the voltage drop over a power run, out and back (ΔV = 2·L·I·ρ/A), stays within the
 * design rule for the system voltage: 2 % at 12 V, 4 % at 24 V, 5 % at 48 V (domain/batteries-and-wiring.md).
 */
final class VoltageDropRule extends AbstractRule {

    VoltageDropRule() {
        super("CW-WIRE-002", Severity.WARNING, "Protection and wiring", "Voltage drop within the design rule for the system voltage",
                "batteries-and-wiring.md \"Cables, voltage drop and fuses\" (allowed drop)");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        WireCurrents currents = new WireCurrents(design);
        VoltageDropLimitFact limit = currents.dropLimit();
        if (limit == null || currents.reference.getConductorResistivity() == null) {
            return;
        }
        for (Wire wire : design.getWires()) {
            double current = currents.current(wire);
            if (Double.isNaN(current) || !wire.isSetCrossSection() || !wire.isSetLength() || wire.getCrossSection() <= 0) {
                continue;
            }
            double drop = currents.drop(wire, current);
            double percent = 100 * drop / currents.voltage;
            if (percent > limit.getValue() + 1e-9) {
                findings.report(this, "The drop over wire '" + wire.getId() + "' (" + CableRule.describe(wire) + ") is " + FactFormatter.number(Math.round(drop * 100) / 100.0, -1)
                        + " V (" + FactFormatter.number(Math.round(percent * 10) / 10.0, -1) + " % of " + FactFormatter.number(currents.voltage, -1) + " V) at "
                        + CableRule.amps(current) + " over " + FactFormatter.number(wire.getLength(), -1) + " m of " + FactFormatter.number(wire.getCrossSection(), -1)
                        + " mm², above the " + FactFormatter.number(limit.getValue(), -1) + " % rule (" + cite(limit) + "). Use a thicker or shorter cable.", wire);
            }
        }
    }
}
