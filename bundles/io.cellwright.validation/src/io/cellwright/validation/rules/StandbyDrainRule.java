package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.PowerState;
import io.cellwright.model.catalog.ReserveFact;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-DRAIN-001: after a low-voltage shutdown only a small reserve is left in the cells (about 1 Ah per
 * 100 Ah, 001 §3.1); what the BMS itself still draws empties it. The rule gives the days until damage
 * (info), and warns when "Switch everything off" is used as the system switch, which the manual says can
 * drain the battery completely in the long run (001 §3.5.1).
 */
final class StandbyDrainRule extends AbstractRule {

    StandbyDrainRule() {
        super("CW-DRAIN-001", Severity.INFO, "Standby drain", "Days until residual loads damage the battery after a low-voltage shutdown",
                "001 §3.1; §3.5.1 \"Remote on/off function\"; batteries-and-wiring.md \"BMS thresholds\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            ComponentInstance bms = bank.getBms();
            if (bms == null || bank.getStrings().isEmpty() || bank.getStrings().get(0).getBatteries().isEmpty()
                    || !(bank.getStrings().get(0).getBatteries().get(0).getType() instanceof LithiumBatteryModel battery)) {
                continue;
            }
            double threshold = cellThreshold(bank.getStrings().get(0).getBatteries().get(0));
            ReserveFact reserve = reserve(battery, threshold);
            SettingOption function = DesignFigures.option(bms, SettingRole.REMOTE_ON_OFF_FUNCTION);
            boolean everythingOff = function != null && function.getRole() == OptionRole.SWITCH_EVERYTHING_OFF;
            ConsumptionFact draw = DesignFigures.consumption(bms, everythingOff ? PowerState.REMOTE_OFF_BMS_DISABLED : PowerState.ON);
            if (reserve == null || draw == null || draw.valueInBaseUnit() <= 0) {
                continue;
            }
            double capacity = DesignSummary.banks(design).stream().filter(b -> b.name().equals(MaxBatteriesRule.label(bank))).mapToDouble(DesignSummary.Bank::capacityAh)
                    .findFirst().orElse(0);
            double reserveAh = capacity * reserve.getValue() / 100;
            double days = reserveAh / draw.valueInBaseUnit() / 24;
            String text = "After a low-voltage shutdown bank '" + MaxBatteriesRule.label(bank) + "' keeps about " + FactFormatter.number(Math.round(reserveAh * 10) / 10.0, -1)
                    + " Ah (" + FactFormatter.quantity(reserve) + " of " + FactFormatter.number(capacity, -1) + " Ah at " + FactFormatter.number(threshold, -1)
                    + " V per cell, " + cite(reserve) + "); " + name(bms) + " draws " + FactFormatter.quantity(draw) + " (" + cite(draw) + "), so the cells are damaged after about "
                    + FactFormatter.number(Math.round(days * 10) / 10.0, -1) + " days without charging, sooner with other standby loads. ";
            if (everythingOff) {
                findings.report(this, Severity.WARNING, text + "Its remote function is 'Switch everything off', which the manual warns can drain the battery completely "
                        + "in the long run: disconnect the battery (battery switch or fuses) when the system is left alone (001 §3.5.1).", bms);
            } else {
                findings.report(this, text + "Open the battery switch when the system is not in use (001 §3.1).", bms);
            }
        }
    }

    /** The load-disconnect cell voltage set in the battery, else its catalog default, else 2.8 V's reserve row is used. */
    private static double cellThreshold(ComponentInstance battery) {
        double set = DesignFigures.number(battery, SettingRole.LOAD_DISCONNECT_CELL_VOLTAGE);
        if (!Double.isNaN(set)) {
            return set;
        }
        if (battery.getType().findSetting(SettingRole.LOAD_DISCONNECT_CELL_VOLTAGE) instanceof io.cellwright.model.catalog.NumberSettingDefinition number
                && number.getDefaultValue() != null) {
            return number.getDefaultValue().getValue();
        }
        return Double.NaN;
    }

    /** The reserve row for the cell threshold: the row with the nearest cell voltage. */
    private static ReserveFact reserve(LithiumBatteryModel battery, double threshold) {
        ReserveFact best = null;
        for (ReserveFact row : battery.getReserveAfterDisconnect()) {
            if (row.getCellVoltage() == null) {
                continue;
            }
            if (best == null || Double.isNaN(threshold)
                    || Math.abs(row.getCellVoltage().getValue() - threshold) < Math.abs(best.getCellVoltage().getValue() - threshold)) {
                best = row;
            }
        }
        return best;
    }
}
