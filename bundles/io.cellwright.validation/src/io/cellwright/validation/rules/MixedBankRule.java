package io.cellwright.validation.rules;

import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-BANK-005: one bank, one battery model. Parallel strings of different voltage push current into each
 * other (error); different capacities in one bank age unevenly and the smallest limits every string
 * (warning). The seeds state no mixing rule; this follows from the series/parallel arrangement they
 * describe (001 §3.2.4, batteries-and-wiring.md "Series strings").
 */
final class MixedBankRule extends AbstractRule {

    MixedBankRule() {
        super("CW-BANK-005", Severity.ERROR, "System voltage", "No mixed battery voltages or capacities in one bank",
                "engineering judgement on 001 §3.2.4 and batteries-and-wiring.md (the seeds state no mixing rule)");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            ComponentInstance first = null;
            double firstStringVoltage = Double.NaN;
            for (BatteryString string : bank.getStrings()) {
                double voltage = 0;
                for (ComponentInstance battery : string.getBatteries()) {
                    voltage += nominal(battery.getType());
                    if (first == null) {
                        first = battery;
                    } else if (battery.getType() != first.getType() && Math.abs(nominal(battery.getType()) - nominal(first.getType())) < 1e-6) {
                        findings.report(this, Severity.WARNING, "Battery bank '" + MaxBatteriesRule.label(bank) + "' mixes " + DesignFiles.describe(first) + " and "
                                + DesignFiles.describe(battery) + ": different capacities age unevenly and the weakest limits the bank. Use one battery model per bank.",
                                bank, battery);
                        first = battery;
                    }
                }
                if (!Double.isNaN(firstStringVoltage) && Math.abs(voltage - firstStringVoltage) > 1e-6) {
                    findings.report(this, "The strings of battery bank '" + MaxBatteriesRule.label(bank) + "' have different voltages ("
                            + io.cellwright.catalog.FactFormatter.number(Math.round(firstStringVoltage * 100) / 100.0, -1) + " V and " + io.cellwright.catalog.FactFormatter.number(Math.round(voltage * 100) / 100.0, -1)
                            + " V): in parallel the higher one would discharge into the lower. Give every string the same batteries in series.", bank);
                }
                if (Double.isNaN(firstStringVoltage)) {
                    firstStringVoltage = voltage;
                }
            }
        }
    }

    private static double nominal(ProductType type) {
        return type instanceof io.cellwright.model.catalog.LithiumBatteryModel model && model.getNominalVoltage() != null ? model.getNominalVoltage().getValue() : 0;
    }
}
