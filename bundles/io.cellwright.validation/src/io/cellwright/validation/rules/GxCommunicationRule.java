package io.cellwright.validation.rules;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.DataCommunicationFact;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-COM-001: a BMS that communicates, but not with a GX device (the VE.Bus BMS: "only direct with
 * inverter/charger(s), not with a GX device", 002), in a design with a GX device.
 */
final class GxCommunicationRule extends AbstractRule {

    GxCommunicationRule() {
        super("CW-COM-001", Severity.ERROR, "Communication", "The BMS can talk to the GX device the design has",
                "002 comparison table, row \"Data communication\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        ComponentInstance gx = design.getComponents().stream()
                .filter(c -> c.getType() != null && c.getType().getCategory() == ProductCategory.GX_DEVICE).findFirst().orElse(null);
        if (gx == null) {
            return;
        }
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof BmsModel bms && bms.getDataCommunication() != null) {
                DataCommunicationFact data = bms.getDataCommunication();
                if (!data.getProtocols().isEmpty() && !data.isWithGxDevice()) {
                    findings.report(this, name(component) + " cannot communicate with " + name(gx) + " ("
                            + (data.getDisplayText() == null ? "" : data.getDisplayText() + " ") + cite(data)
                            + "). Use a VE.Bus BMS V2, which talks to both the inverter/charger and the GX device.", component, gx);
                }
            }
        }
    }
}
