package io.cellwright.validation.rules;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-SET-001: a device setting within the range the product documents allow (for example the Smart BMS
 * battery charge limit 13.0–15.3 V, 001 §3.5.1). The range is the catalog's, with its source.
 */
final class SettingRangeRule extends AbstractRule {

    SettingRangeRule() {
        super("CW-SET-001", Severity.ERROR, "Settings", "Numeric settings within the documented range", "001 §3.5.1 (and each setting's own source)");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance component : design.getComponents()) {
            for (SettingValue value : component.getSettings()) {
                SettingDefinition definition = value.getDefinition();
                if (value instanceof NumberSettingValue number && definition instanceof NumberSettingDefinition numeric && numeric.getRange() != null) {
                    RangeFact range = numeric.getRange();
                    double min = range.getMinimum() == null ? Double.NEGATIVE_INFINITY : range.getMinimum().getValue();
                    double max = range.getMaximum() == null ? Double.POSITIVE_INFINITY : range.getMaximum().getValue();
                    if (number.getValue() < min || number.getValue() > max) {
                        String unit = numeric.getUnit() == null ? "" : " " + FactFormatter.symbol(numeric.getUnit());
                        double nearest = number.getValue() < min ? min : max;
                        findings.report(this, severity(), "The " + label(definition) + " of " + name(component) + " is " + FactFormatter.number(number.getValue(), -1)
                                + unit + ", outside " + FactFormatter.quantity(range.getMinimum()) + " to " + FactFormatter.quantity(range.getMaximum())
                                + " (" + cite(range) + ").", java.util.Map.of(io.cellwright.validation.Finding.HINT_SETTING, value,
                                        io.cellwright.validation.Finding.HINT_VALUE, nearest), component);
                    }
                }
            }
        }
    }

    static String label(SettingDefinition definition) {
        String label = definition.getLabel() == null ? definition.getKey() : definition.getLabel();
        return label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }
}
