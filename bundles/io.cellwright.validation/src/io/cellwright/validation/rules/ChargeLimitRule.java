package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/** CW-SET-002: a battery charge limit away from the value the manual gives for Lithium Battery Smart (14.2 V). */
final class ChargeLimitRule extends AbstractRule {

    ChargeLimitRule() {
        super("CW-SET-002", Severity.WARNING, "Settings", "Battery charge limit at the manual's value for Lithium Battery Smart", "001 §3.5.1");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance component : design.getComponents()) {
            SettingValue value = component.findSettingValue(SettingRole.BATTERY_CHARGE_LIMIT);
            if (value instanceof NumberSettingValue number && value.getDefinition() instanceof NumberSettingDefinition definition
                    && definition.getDefaultValue() != null && Math.abs(number.getValue() - definition.getDefaultValue().getValue()) > 1e-6) {
                findings.report(this, severity(), "The battery charge limit of " + name(component) + " is " + FactFormatter.number(number.getValue(), -1)
                        + " V; for Lithium Battery Smart batteries it should normally be " + FactFormatter.quantity(definition.getDefaultValue())
                        + " (" + cite(definition.getDefaultValue()) + ").", java.util.Map.of(io.cellwright.validation.Finding.HINT_SETTING, value,
                                io.cellwright.validation.Finding.HINT_VALUE, definition.getDefaultValue().getValue()), component);
            }
        }
    }
}
