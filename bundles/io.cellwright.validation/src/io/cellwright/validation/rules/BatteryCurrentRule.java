package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-BAT-001: each battery's share of the bank's discharge and charge current (the design's loads,
 * inverters and chargers on the lithium bank, shared by the parallel strings) within the battery
 * table's maximum (error) and recommended (warning) currents.
 */
final class BatteryCurrentRule extends AbstractRule {

    BatteryCurrentRule() {
        super("CW-BAT-001", Severity.ERROR, "Protection and wiring", "Battery discharge and charge currents within the battery table",
                "batteries-and-wiring.md \"Lithium Battery Smart\" table (Victron technical data)");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        RemoteControl control = new RemoteControl(design);
        double voltage = DesignFigures.systemVoltage(design);
        double discharge = 0;
        double charge = 0;
        for (ComponentInstance device : control.controlledDevices()) {
            DesignFigures.DeviceCurrent current = DesignFigures.current(device, voltage);
            discharge += Double.isNaN(current.continuous()) ? 0 : current.continuous();
            charge += Double.isNaN(current.charge()) ? 0 : current.charge();
        }
        for (BatteryBank bank : design.getBatteryBanks()) {
            int strings = Math.max(1, bank.getStrings().size());
            if (bank.getStrings().isEmpty() || bank.getStrings().get(0).getBatteries().isEmpty()
                    || !(bank.getStrings().get(0).getBatteries().get(0).getType() instanceof LithiumBatteryModel battery)) {
                continue;
            }
            String label = MaxBatteriesRule.label(bank);
            check(findings, bank, label, "discharge", discharge / strings, battery.getMaxContinuousDischargeCurrent(), battery.getRecommendedDischargeCurrent());
            check(findings, bank, label, "charge", charge / strings, battery.getMaxChargeCurrent(), battery.getRecommendedChargeCurrent());
        }
    }

    private void check(Findings findings, BatteryBank bank, String label, String what, double perBattery, QuantityFact max, QuantityFact recommended) {
        String share = "Each battery of bank '" + label + "' takes " + CableRule.amps(perBattery) + " of " + what + " current";
        if (max != null && perBattery > max.getValue() + 1e-6) {
            findings.report(this, share + ", more than its maximum " + FactFormatter.quantity(max) + " (" + cite(max) + "). Add batteries in parallel or reduce the "
                    + what + " current.", bank);
        } else if (recommended != null && perBattery > recommended.getValue() + 1e-6) {
            findings.report(this, Severity.WARNING, share + ", more than the recommended " + FactFormatter.quantity(recommended) + " (" + cite(recommended)
                    + "); it shortens the battery's life.", bank);
        }
    }
}
