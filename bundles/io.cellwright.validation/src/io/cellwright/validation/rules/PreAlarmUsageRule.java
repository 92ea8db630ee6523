package io.cellwright.validation.rules;

import java.util.Map;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-SET-003: "Use pre-alarm" with a battery that has no pre-alarm feature makes the Smart BMS report
 * E-B32 (battery BMS cable not connected or defect); set "Pre-alarm not available" (001 §3.5.1, Appendix B).
 */
final class PreAlarmUsageRule extends AbstractRule {

    PreAlarmUsageRule() {
        super("CW-SET-003", Severity.ERROR, "Settings", "Pre-alarm usage matches the batteries", "001 §3.5.1 \"Battery Pre-alarm usage\"; Appendix B E-B32");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            ComponentInstance bms = bank.getBms();
            if (bms == null || !(bms.getType() instanceof BmsModel)) {
                continue;
            }
            SettingOption usage = DesignFigures.option(bms, SettingRole.PRE_ALARM_USAGE);
            if (usage == null || usage.getRole() != OptionRole.USE_PRE_ALARM) {
                continue;
            }
            ComponentInstance without = withoutPreAlarm(bank);
            if (without != null) {
                SettingDefinition definition = bms.getType().findSetting(SettingRole.PRE_ALARM_USAGE);
                SettingOption fix = ((ChoiceSettingDefinition) definition).getOptions().stream().filter(o -> o.getRole() == OptionRole.PRE_ALARM_NOT_AVAILABLE)
                        .findFirst().orElse(null);
                findings.report(this, severity(), name(bms) + " is set to 'Use pre-alarm', but " + name(without)
                        + " has no pre-alarm feature: the BMS would report E-B32 (battery BMS cable not connected or defect). Set Battery Pre-alarm usage to "
                        + "'Pre-alarm not available' (" + source() + ").",
                        fix == null ? Map.of() : Map.of(Finding.HINT_SETTING, definition, Finding.HINT_OPTION, fix), bms, without);
            }
        }
    }

    private static ComponentInstance withoutPreAlarm(BatteryBank bank) {
        for (BatteryString string : bank.getStrings()) {
            for (ComponentInstance battery : string.getBatteries()) {
                if (battery.getType() instanceof LithiumBatteryModel model && model.getPreAlarmSupport() != null && !model.getPreAlarmSupport().isValue()) {
                    return battery;
                }
            }
        }
        return null;
    }
}
