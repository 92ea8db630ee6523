package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.WireFuse;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-GND-001: the BMS's GND wire is fused, within the range the manual gives (300 mA to 1.3 A) and at
 * least the BMS's consumption plus what its outputs deliver, times 1.25 (001 §3.4 step 8).
 */
final class GndFuseRule extends AbstractRule {

    GndFuseRule() {
        super("CW-GND-001", Severity.ERROR, "Protection and wiring", "GND wire fused as 001 §3.4 step 8 works it out", "001 §3.4 step 8");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (DesignFigures.BmsFigures figures : DesignFigures.bmsFigures(design)) {
            BmsModel model = (BmsModel) figures.bms().getType();
            TerminalInstance gnd = DesignFigures.terminal(figures.bms(), TerminalKind.GROUND);
            if (!figures.hasGndFuse() || model.getGndFuse() == null || gnd == null || !DesignFigures.isWired(design, gnd)) {
                continue;
            }
            double min = model.getGndFuse().getMinimum().valueInBaseUnit();
            double max = model.getGndFuse().getMaximum().valueInBaseUnit();
            double needed = Math.max(min, figures.gndFuseMinimum());
            String range = FactFormatter.quantity(model.getGndFuse().getMinimum()) + " to " + FactFormatter.quantity(model.getGndFuse().getMaximum());
            String working = "(" + figures.gndFuseWorking() + "; " + range + ", " + source() + ")";
            WireFuse fuse = DesignFigures.installedFuse(design, gnd);
            if (fuse == null) {
                findings.report(this, "The GND wire of " + name(figures.bms()) + " has no fuse; it must be protected: fit at least " + DesignFigures.amps(needed) + " " + working + ".",
                        figures.bms());
            } else if (fuse.getRating() + 1e-9 < needed) {
                findings.report(this, "The " + DesignFigures.amps(fuse.getRating()) + " fuse in the GND wire of " + name(figures.bms()) + " is below the " + DesignFigures.amps(needed)
                        + " it needs and would blow " + working + ".", figures.bms());
            } else if (fuse.getRating() > max + 1e-9) {
                findings.report(this, "The " + DesignFigures.amps(fuse.getRating()) + " fuse in the GND wire of " + name(figures.bms()) + " is above the " + DesignFigures.amps(max)
                        + " the manual allows, so it does not protect the thin GND cable " + working + ".", figures.bms());
            }
        }
    }
}
