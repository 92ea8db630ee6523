package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-ALT-004: the current the BMS lets the alternator deliver (set by the port fuse) is not above what
 * the alternator is rated for; otherwise it runs at full output for as long as the bank takes charge and
 * overheats (001 §3.4 steps 2–3: "Choosing the right fuse will prevent overheating of the alternator").
 */
final class AlternatorRatingRule extends AbstractRule {

    AlternatorRatingRule() {
        super("CW-ALT-004", Severity.ERROR, "Alternator", "Alternator current limit within the alternator's rating", "001 §3.4 steps 2–3 and fuse table");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (DesignFigures.BmsFigures figures : DesignFigures.bmsFigures(design)) {
            if (Double.isNaN(figures.alternatorCurrentLimit())) {
                continue;
            }
            for (ComponentInstance alternator : design.getComponents()) {
                if (alternator.getType() == null || alternator.getType().getCategory() != ProductCategory.ALTERNATOR) {
                    continue;
                }
                SettingValue rating = alternator.findSettingValue(SettingRole.CHARGE_CURRENT);
                if (rating instanceof NumberSettingValue number && figures.alternatorCurrentLimit() > number.getValue() + 1e-6) {
                    findings.report(this, name(figures.bms()) + " lets the alternator deliver up to " + FactFormatter.number(figures.alternatorCurrentLimit(), -1)
                            + " A, more than the " + FactFormatter.number(number.getValue(), -1) + " A " + name(alternator) + " is rated for: it would run flat out and overheat. "
                            + advice((BmsModel) figures.bms().getType(), number.getValue()) + " (" + source() + ").", alternator, figures.bms());
                }
            }
        }
    }

    /** The largest fuse-table row whose current limit the alternator can deliver. */
    private static String advice(BmsModel model, double rating) {
        FuseTableEntry best = null;
        for (FuseTableEntry entry : model.getAlternatorFuseTable()) {
            double max = entry.getMaxChargeCurrent() == null ? Double.NaN : entry.getMaxChargeCurrent().valueInBaseUnit();
            if (max <= rating && (best == null || max > best.getMaxChargeCurrent().valueInBaseUnit())) {
                best = entry;
            }
        }
        return best == null ? "Use a smaller port fuse." : "Fit a " + AlternatorFuseRule.label(best) + " fuse (max " + FactFormatter.quantity(best.getMaxChargeCurrent())
                + ") and set the fuse type to match.";
    }
}
