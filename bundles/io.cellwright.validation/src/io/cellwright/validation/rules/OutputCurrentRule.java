package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-OUT-001: what a BMS output (Load disconnect, Charge disconnect, Pre-alarm, relay) powers stays
 * within its current: 10 mA, 1 A, 2 A or a 0.5 A relay depending on the model (002 table; 001 §4). Remote
 * on/off inputs draw next to nothing; a DC load or relay coil powered from the output draws its current.
 */
final class OutputCurrentRule extends AbstractRule {

    OutputCurrentRule() {
        super("CW-OUT-001", Severity.ERROR, "Terminal ratings", "What a BMS output powers is within its current rating",
                "002 comparison table, rows \"Allowed to discharge / charge terminal(s)\", \"Pre-alarm terminal(s)\"; 001 §4");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        Nets nets = new Nets(design);
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel)) {
                continue;
            }
            for (TerminalInstance output : bms.getTerminals()) {
                if (output.getDefinition() == null || output.getDefinition().getOutput() == null) {
                    continue;
                }
                QuantityFact limit = DesignFigures.outputCurrent(output.getDefinition().getOutput());
                if (limit == null) {
                    continue;
                }
                check(findings, nets, bms, output, limit);
            }
        }
    }

    private void check(Findings findings, Nets nets, ComponentInstance bms, TerminalInstance output, QuantityFact limit) {
        double drawn = 0;
        StringBuilder who = new StringBuilder();
        for (TerminalInstance other : nets.others(output)) {
            if (other.getDefinition() == null || other.getDefinition().getKind() != TerminalKind.DC_POSITIVE) {
                continue;
            }
            SettingValue current = other.getComponent().findSettingValue(SettingRole.LOAD_CURRENT);
            if (current instanceof NumberSettingValue number) {
                drawn += number.getValue();
                who.append(who.isEmpty() ? "" : ", ").append(name(other.getComponent())).append(' ').append(FactFormatter.number(number.getValue(), -1)).append(" A");
            }
        }
        if (drawn > limit.valueInBaseUnit() + 1e-9) {
            findings.report(this, "The " + output.getDefinition().getLabel() + " output of " + name(bms) + " can deliver " + FactFormatter.quantity(limit) + " ("
                    + cite(limit) + "), but it powers " + who + ". Let it switch a BatteryProtect, a Cyrix or the device's remote on/off input instead.",
                    bms, other(nets, output));
        }
    }

    private static ComponentInstance other(Nets nets, TerminalInstance output) {
        return nets.others(output).isEmpty() ? output.getComponent() : nets.others(output).get(0).getComponent();
    }
}
