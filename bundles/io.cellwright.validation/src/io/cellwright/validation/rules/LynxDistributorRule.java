package io.cellwright.validation.rules;

import java.util.List;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/** CW-COM-003: no more Lynx Distributors than the Lynx Smart BMS monitors (up to 4, 002 "Communication options"). */
final class LynxDistributorRule extends AbstractRule {

    LynxDistributorRule() {
        super("CW-COM-003", Severity.ERROR, "Communication", "No more Lynx Distributors than the BMS monitors", "002 \"Communication options\"; 004");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        List<ComponentInstance> distributors = design.getComponents().stream()
                .filter(c -> c.getType() != null && c.getType().getCategory() == ProductCategory.DC_DISTRIBUTION && "lynx-distributor".equals(c.getType().getId()))
                .toList();
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof BmsModel bms && bms.getMaxLynxDistributors() != null && distributors.size() > bms.getMaxLynxDistributors().getValue()) {
                findings.report(this, "The design has " + distributors.size() + " Lynx Distributors, but " + name(component) + " monitors at most "
                        + bms.getMaxLynxDistributors().getValue() + " (" + cite(bms.getMaxLynxDistributors()) + ").", component, distributors.get(distributors.size() - 1));
            }
        }
    }
}
