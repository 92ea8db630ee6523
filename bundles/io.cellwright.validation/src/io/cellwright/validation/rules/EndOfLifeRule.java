package io.cellwright.validation.rules;

import io.cellwright.model.catalog.LifecycleFact;
import io.cellwright.model.catalog.LifecycleStatus;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/** CW-LIFE-001: an end-of-life product, with its successor (VE.Bus BMS → V2, BMS 12/200 → Smart BMS 12/200). */
final class EndOfLifeRule extends AbstractRule {

    EndOfLifeRule() {
        super("CW-LIFE-001", Severity.WARNING, "Lifecycle", "No end-of-life products in a new design", "002 comparison table, row \"Remarks\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance component : design.getComponents()) {
            LifecycleFact lifecycle = component.getType() == null ? null : component.getType().getLifecycle();
            if (lifecycle != null && lifecycle.getStatus() == LifecycleStatus.END_OF_LIFE) {
                String successor = lifecycle.getSuccessor() == null ? "" : "; use a " + lifecycle.getSuccessor().getName() + " instead";
                findings.report(this, name(component) + " is end-of-life" + successor + " (" + cite(lifecycle) + ").", component);
            }
        }
    }
}
