package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-OUT-002: an output the documents say is not suitable for an inductive load (the Charge disconnect
 * output, 001 §2.2) never powers a relay coil. A relay is a component with relay contacts whose coil
 * (DC+) is in the output's net.
 */
final class InductiveLoadRule extends AbstractRule {

    InductiveLoadRule() {
        super("CW-OUT-002", Severity.ERROR, "Terminal ratings", "No relay coil on the Charge disconnect output", "001 §2.2 \"Charge disconnect\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        Nets nets = new Nets(design);
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel)) {
                continue;
            }
            for (TerminalInstance output : bms.getTerminals()) {
                OutputBehaviour behaviour = output.getDefinition() == null ? null : output.getDefinition().getOutput();
                if (behaviour == null || behaviour.getInductiveLoadAllowed() == null || behaviour.getInductiveLoadAllowed().isValue()) {
                    continue;
                }
                for (TerminalInstance other : nets.others(output)) {
                    if (other.getDefinition() != null && other.getDefinition().getKind() == TerminalKind.DC_POSITIVE && isRelay(other.getComponent())) {
                        findings.report(this, "The " + output.getDefinition().getLabel() + " output of " + name(bms) + " powers the coil of " + name(other.getComponent())
                                + ", an inductive load it is not suitable for (" + cite(behaviour.getInductiveLoadAllowed())
                                + "). Switch the relay with the Pre-alarm or Load disconnect output, or use a Cyrix-Li-Charge or a charger's remote input.",
                                bms, other.getComponent());
                    }
                }
            }
        }
    }

    static boolean isRelay(ComponentInstance component) {
        return component.getType() != null
                && component.getType().getTerminals().stream().anyMatch(t -> t.getKind() == TerminalKind.RELAY_CONTACT)
                && component.getType().getTerminals().stream().noneMatch(t -> t.getKind() == TerminalKind.BATTERY_POSITIVE);
    }
}
