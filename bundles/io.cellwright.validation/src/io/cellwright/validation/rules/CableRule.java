package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.AmpacityFact;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-WIRE-001: a cable's cross-section carries the current of the device it feeds, and the fuse that
 * protects it is not above what the cable carries (domain/batteries-and-wiring.md: "A fuse protects the
 * cable: rating ≤ cable ampacity and ≥ 125 % of the device current"). The 125 % margin is a warning.
 */
final class CableRule extends AbstractRule {

    CableRule() {
        super("CW-WIRE-001", Severity.ERROR, "Protection and wiring", "Cable cross-section for the current, fuse protecting the cable",
                "batteries-and-wiring.md \"Cables, voltage drop and fuses\" (ampacity table, fuse rule)");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        WireCurrents currents = new WireCurrents(design);
        QuantityFact margin = currents.reference == null ? null : currents.reference.getFuseMinimumOfDeviceCurrent();
        for (Wire wire : design.getWires()) {
            AmpacityFact ampacity = currents.ampacity(wire);
            if (ampacity == null) {
                continue;
            }
            double carries = ampacity.getCurrent().getValue();
            String cable = FactFormatter.number(wire.getCrossSection(), -1) + " mm² wire '" + wire.getId() + "' (" + describe(wire) + ")";
            double current = currents.current(wire);
            if (!Double.isNaN(current) && current > carries + 1e-6) {
                findings.report(this, "The " + cable + " carries " + amps(current) + ", more than the " + FactFormatter.quantity(ampacity.getCurrent()) + " a "
                        + FactFormatter.quantity(ampacity.getCrossSection()) + " cable carries in free air (" + cite(ampacity) + "). Use a thicker cable.", wire);
            }
            if (wire.getFuse() != null && wire.getFuse().getRating() > carries + 1e-6) {
                findings.report(this, "The " + FactFormatter.number(wire.getFuse().getRating(), -1) + " A fuse of the " + cable + " is above the "
                        + FactFormatter.quantity(ampacity.getCurrent()) + " the cable carries, so the cable could burn before the fuse blows (" + cite(ampacity) + ").", wire);
            } else if (wire.getFuse() != null && !Double.isNaN(current) && margin != null && wire.getFuse().getRating() < margin.getValue() / 100 * current - 1e-6) {
                findings.report(this, Severity.WARNING, "The " + FactFormatter.number(wire.getFuse().getRating(), -1) + " A fuse of the " + cable
                        + " is below " + FactFormatter.quantity(margin) + " of the " + amps(current) + " it carries (" + amps(margin.getValue() / 100 * current)
                        + ") and may blow in normal use (" + cite(margin) + ").", wire);
            }
        }
    }

    static String describe(Wire wire) {
        return io.cellwright.design.DesignFiles.terminalName(wire.getFrom()) + " to " + io.cellwright.design.DesignFiles.terminalName(wire.getTo());
    }

    static String amps(double current) {
        return FactFormatter.number(Math.round(current * 10) / 10.0, -1) + " A";
    }
}
