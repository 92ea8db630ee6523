package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.QuantitySetFact;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-VOLT-001: the bank's voltage (its batteries in series) must be a system voltage the BMS model
 * supports. A 12.8 V battery makes a 12 V system; the system voltage is 12 V per 12.8 V in series.
 */
final class SystemVoltageRule extends AbstractRule {

    /** Nominal voltage of one LiFePO4 12 V-class battery per 12 V of system voltage (4 cells × 3.2 V). */
    private static final double BATTERY_VOLTS_PER_SYSTEM_12V = 12.8;

    SystemVoltageRule() {
        super("CW-VOLT-001", Severity.ERROR, "System voltage", "The bank voltage is one the BMS model supports",
                "002 comparison table, row \"System voltage\"; 002 \"System Voltages\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        java.util.List<DesignSummary.Bank> summaries = DesignSummary.banks(design);
        for (BatteryBank bank : design.getBatteryBanks()) {
            if (bank.getBms() == null || !(bank.getBms().getType() instanceof BmsModel bms) || bms.getSystemVoltages() == null) {
                continue;
            }
            DesignSummary.Bank summary = summaries.get(design.getBatteryBanks().indexOf(bank));
            if (summary.voltage() <= 0) {
                continue;
            }
            double system = 12 * Math.round(summary.voltage() / BATTERY_VOLTS_PER_SYSTEM_12V);
            QuantitySetFact supported = bms.getSystemVoltages();
            if (supported.getValues().stream().noneMatch(v -> Math.abs(v - system) < 0.5)) {
                findings.report(this, "Battery bank '" + summary.name() + "' is " + FactFormatter.number(summary.voltage(), -1) + " V (a "
                        + FactFormatter.number(system, -1) + " V system), but " + name(bank.getBms()) + " connects to "
                        + FactFormatter.joinOr(supported.getValues()) + " " + FactFormatter.symbol(supported.getUnit()) + " systems only ("
                        + cite(supported) + "). Choose a BMS for " + FactFormatter.number(system, -1) + " V or change the batteries' arrangement.",
                        bank, bank.getBms());
            }
        }
    }
}
