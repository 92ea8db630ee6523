package io.cellwright.validation.rules;

import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/** CW-BANK-004: a series string no longer than the battery allows (4 × 12.8 V or 2 × 25.6 V). */
final class SeriesLimitRule extends AbstractRule {

    SeriesLimitRule() {
        super("CW-BANK-004", Severity.ERROR, "Battery count and chain", "No more batteries in series than the battery model allows",
                "batteries-and-wiring.md \"Series strings\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            for (BatteryString string : bank.getStrings()) {
                for (ComponentInstance battery : string.getBatteries()) {
                    if (battery.getType() instanceof LithiumBatteryModel model && model.getMaxInSeries() != null
                            && string.getBatteries().size() > model.getMaxInSeries().getValue()) {
                        findings.report(this, "A string of battery bank '" + MaxBatteriesRule.label(bank) + "' has " + string.getBatteries().size()
                                + " batteries in series, but the " + model.getName() + " allows at most " + model.getMaxInSeries().getValue()
                                + " in series (" + cite(model.getMaxInSeries()) + "). Use batteries of a higher voltage or fewer in series.",
                                bank, battery);
                        break;
                    }
                }
            }
        }
    }
}
