package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-ALT-001: an alternator's output in the same net as a lithium battery's positive (or the BMS's
 * Li-ion+ port) has no protection: it must reach the bank through a BMS alternator port, a Lynx Smart
 * BMS in ATC mode, or a DC-DC charger.
 */
final class AlternatorProtectionRule extends AbstractRule {

    AlternatorProtectionRule() {
        super("CW-ALT-001", Severity.ERROR, "Alternator", "No alternator wired straight to the lithium bank",
                "001 §2.2 Alternator/Starter Batt+ port; 002 \"System design recommendations\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        Nets nets = new Nets(design);
        for (ComponentInstance alternator : design.getComponents()) {
            if (alternator.getType() == null || alternator.getType().getCategory() != ProductCategory.ALTERNATOR) {
                continue;
            }
            for (TerminalInstance output : alternator.getTerminals()) {
                if (output.getDefinition() == null || output.getDefinition().getKind() != TerminalKind.DC_POSITIVE) {
                    continue;
                }
                ComponentInstance bank = lithiumPositiveIn(design, nets, output);
                if (bank != null) {
                    findings.report(this, name(alternator) + " is wired straight to " + name(bank)
                            + ": nothing limits its current or stops it when a cell is full. Connect it through the Alternator/Starter Batt+ port of a Smart BMS, "
                            + "a Lynx Smart BMS in ATC mode, or a DC-DC charger (" + source() + ").", alternator, bank);
                    break;
                }
            }
        }
    }

    /** A lithium battery in the net of {@code output}, else a BMS whose Li-ion+ port is in it, else null. */
    private static ComponentInstance lithiumPositiveIn(SystemDesign design, Nets nets, TerminalInstance output) {
        ComponentInstance bms = null;
        for (ComponentInstance component : design.getComponents()) {
            for (TerminalInstance terminal : component.getTerminals()) {
                if (terminal.getDefinition() == null || !nets.connected(output, terminal)) {
                    continue;
                }
                TerminalKind kind = terminal.getDefinition().getKind();
                if (component.getType() instanceof LithiumBatteryModel && kind == TerminalKind.BATTERY_POSITIVE) {
                    return component;
                }
                if (bms == null && component.getType() instanceof BmsModel && kind == TerminalKind.LI_ION_POSITIVE) {
                    bms = component;
                }
            }
        }
        return bms;
    }
}
