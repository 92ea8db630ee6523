package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import io.cellwright.model.catalog.AlternatorPortMode;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-ALT-002: with a BMS model that has no alternator port (002 table, row "Alternator port": No), an
 * alternator charges the lithium bank only through a DC-DC charger; the design has an alternator and no
 * DC-DC converter that its output reaches.
 */
final class AlternatorPortRule extends AbstractRule {

    AlternatorPortRule() {
        super("CW-ALT-002", Severity.WARNING, "Alternator", "An alternator with a BMS without alternator port goes through a DC-DC charger",
                "002 comparison table, row \"Alternator port\"; 002 \"System design recommendations\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        Nets nets = new Nets(design);
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel model) || model.getAlternatorPort() == null || model.getAlternatorPort().getMode() != AlternatorPortMode.NONE) {
                continue;
            }
            for (ComponentInstance alternator : design.getComponents()) {
                if (alternator.getType() != null && alternator.getType().getCategory() == ProductCategory.ALTERNATOR && !reachesDcDc(nets, alternator)) {
                    findings.report(this, name(bms) + " has no alternator port (" + cite(model.getAlternatorPort()) + "), and " + name(alternator)
                            + " reaches no DC-DC charger: charge the lithium bank from it through a DC-DC charger (Orion-Tr Smart), or choose a BMS with an "
                            + "alternator port (Smart BMS CL 12/100, Smart BMS 12/200, Lynx Smart BMS in ATC mode).", alternator, bms);
                }
            }
        }
    }

    private static boolean reachesDcDc(Nets nets, ComponentInstance alternator) {
        for (TerminalInstance terminal : alternator.getTerminals()) {
            if (terminal.getDefinition() != null && terminal.getDefinition().getKind() == TerminalKind.DC_POSITIVE) {
                for (TerminalInstance other : nets.others(terminal)) {
                    if (other.getComponent().getType().getCategory() == ProductCategory.DC_DC_CONVERTER) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
