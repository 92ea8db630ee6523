package io.cellwright.validation.rules;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-COM-004: a BMS without a remote on/off terminal (the VE.Bus BMS: 002 table, 004) cannot switch the
 * system on and off; the designer must plan another switch. 002's prose says every model has one; the
 * message names that disagreement and the ruling.
 */
final class RemoteTerminalRule extends AbstractRule {

    RemoteTerminalRule() {
        super("CW-COM-004", Severity.WARNING, "Communication", "Remote on/off only on a BMS that has the terminal",
                "002 comparison table, row \"Remote on/off terminal\"; 004 \"Opties aan/uit op afstand\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof BmsModel bms && bms.getRemoteOnOffTerminal() != null && !bms.getRemoteOnOffTerminal().isValue()) {
                BooleanFact fact = bms.getRemoteOnOffTerminal();
                findings.report(this, name(component) + " has no remote on/off terminal (" + cite(fact) + ")" + dispute(fact)
                        + ": the system cannot be switched on and off through the BMS. Plan the inverter/charger's own remote switch or a battery switch, "
                        + "or use a VE.Bus BMS V2, which has one.", component);
            }
        }
    }

    private static String dispute(BooleanFact fact) {
        if (!fact.isDisputed()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Fact alternative : fact.getAlternatives()) {
            text.append("; ").append(cite(alternative)).append(" says every model has one");
        }
        return text + ", Cellwright follows the table";
    }
}
