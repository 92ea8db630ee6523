package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-COM-002: a design where a GX device is wired to an inverter/charger or solar charger (VE.Bus,
 * VE.Can or VE.Direct) suggests control via the GX (DVCC); with a BMS that cannot do it (002 row
 * "Control via GX device (DVCC)": No) the GX gets no charge limits from the BMS, and the chargers must be
 * switched by the BMS's Charge disconnect output instead.
 */
final class DvccRule extends AbstractRule {

    DvccRule() {
        super("CW-COM-002", Severity.WARNING, "Communication", "GX control (DVCC) wanted with a BMS that cannot do it",
                "002 comparison table, row \"Control via GX device (DVCC)\"; 002 \"Communication options\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        Nets nets = new Nets(design);
        for (ComponentInstance gx : design.getComponents()) {
            if (gx.getType() == null || gx.getType().getCategory() != ProductCategory.GX_DEVICE) {
                continue;
            }
            ComponentInstance charger = controlledCharger(nets, gx);
            if (charger == null) {
                continue;
            }
            for (ComponentInstance component : design.getComponents()) {
                if (component.getType() instanceof BmsModel bms && bms.getDvccControl() != null && !bms.getDvccControl().isValue()) {
                    findings.report(this, name(gx) + " is connected to " + name(charger) + ", but " + name(component) + " cannot be used for control via a GX device (DVCC: "
                            + new FactFormatter(java.util.Map.of()).format(bms.getDvccControl(), null) + ", " + cite(bms.getDvccControl())
                            + "): the GX gets no charge limits from the BMS. Switch the chargers with Charge disconnect (001 Appendix A) or use a VE.Bus BMS V2 "
                            + "or Lynx Smart BMS.", gx, component);
                }
            }
        }
    }

    /** An inverter/charger or solar charger on a data link (VE.Bus, VE.Can, VE.Direct) with the GX device. */
    private static ComponentInstance controlledCharger(Nets nets, ComponentInstance gx) {
        for (TerminalInstance port : gx.getTerminals()) {
            TerminalKind kind = port.getDefinition() == null ? null : port.getDefinition().getKind();
            if (kind != TerminalKind.VE_BUS && kind != TerminalKind.VE_CAN && kind != TerminalKind.VE_DIRECT) {
                continue;
            }
            for (TerminalInstance other : nets.others(port)) {
                ProductCategory category = other.getComponent().getType().getCategory();
                if (category == ProductCategory.INVERTER_CHARGER || category == ProductCategory.SOLAR_CHARGER || category == ProductCategory.BATTERY_CHARGER) {
                    return other.getComponent();
                }
            }
        }
        return null;
    }
}
