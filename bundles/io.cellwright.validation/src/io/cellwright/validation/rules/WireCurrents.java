package io.cellwright.validation.rules;

import io.cellwright.model.catalog.AmpacityFact;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.catalog.VoltageDropLimitFact;
import io.cellwright.model.catalog.WiringReference;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.DesignFigures;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What a wire carries and what it may carry, for the CW-WIRE rules: the current of the device at one of
 * its ends (load, inverter power at the bank voltage, charger), the free-air ampacity of its
 * cross-section and the voltage-drop limit, all from the catalog's wiring reference
 * (domain/batteries-and-wiring.md).
 */
final class WireCurrents {

    final SystemDesign design;
    final double voltage;
    final WiringReference reference;

    WireCurrents(SystemDesign design) {
        this.design = design;
        this.voltage = DesignFigures.systemVoltage(design);
        this.reference = reference(design);
    }

    /**
     * The wiring reference of a catalog the design's resource set holds, else of the catalog of one of its
     * components' products (a copy of the design, as validated in the background, has no resource), or null.
     */
    static WiringReference reference(SystemDesign design) {
        if (design.eResource() != null && design.eResource().getResourceSet() != null) {
            for (Resource resource : design.eResource().getResourceSet().getResources()) {
                for (EObject root : resource.getContents()) {
                    if (root instanceof Catalog catalog && !catalog.getWiringReferences().isEmpty()) {
                        return catalog.getWiringReferences().get(0);
                    }
                }
            }
        }
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() != null && component.getType().eContainer() instanceof Catalog catalog
                    && !catalog.getWiringReferences().isEmpty()) {
                return catalog.getWiringReferences().get(0);
            }
        }
        return null;
    }

    /** The device current a power wire carries (A), NaN when neither end is a device with a known current. */
    double current(Wire wire) {
        double current = Double.NaN;
        for (TerminalInstance end : new TerminalInstance[] { wire.getFrom(), wire.getTo() }) {
            TerminalKind kind = end == null || end.getDefinition() == null ? null : end.getDefinition().getKind();
            if (kind == TerminalKind.DC_POSITIVE || kind == TerminalKind.DC_NEGATIVE) {
                ComponentInstance device = end.getComponent();
                double c = DesignFigures.current(device, voltage).cable();
                if (!Double.isNaN(c) && (Double.isNaN(current) || c > current)) {
                    current = c;
                }
            }
        }
        return current;
    }

    /** The ampacity row for the wire's cross-section: the largest tabled size not above it, or null. */
    AmpacityFact ampacity(Wire wire) {
        if (reference == null || !wire.isSetCrossSection()) {
            return null;
        }
        AmpacityFact best = null;
        for (AmpacityFact row : reference.getAmpacity()) {
            double size = row.getCrossSection().getValue();
            if (size <= wire.getCrossSection() + 1e-9 && (best == null || size > best.getCrossSection().getValue())) {
                best = row;
            }
        }
        return best;
    }

    /** The voltage-drop limit (%) for the system voltage, or null. */
    VoltageDropLimitFact dropLimit() {
        if (reference == null) {
            return null;
        }
        for (VoltageDropLimitFact limit : reference.getVoltageDropLimits()) {
            if (limit.getSystemVoltage() != null && Math.abs(nominal(voltage) - limit.getSystemVoltage().getValue()) < 0.5) {
                return limit;
            }
        }
        return null;
    }

    /** 12.8 → 12, 25.6 → 24, 51.2 → 48: the system voltage class of a lithium bank. */
    static double nominal(double bankVoltage) {
        return Math.round(bankVoltage / 12.8) * 12.0;
    }

    /** Drop over the run out and back, ΔV = 2·L·I·ρ/A (domain/batteries-and-wiring.md), in V. */
    double drop(Wire wire, double current) {
        double rho = reference.getConductorResistivity().getValue();
        return 2 * wire.getLength() * current * rho / wire.getCrossSection();
    }
}
