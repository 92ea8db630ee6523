package io.cellwright.validation;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.BooleanSettingDefinition;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.PowerState;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.BooleanSettingValue;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.model.design.WireFuse;

/**
 * The figures a designer derives from a design and the catalog: per BMS the charge limit in force, the
 * alternator fuse and the current limit it gives (001 §3.4 fuse table), and the GND wire fuse (001 §3.4
 * step 8); per component the settings to enter. Rules, reports and the workbench all read them from here,
 * so the report never shows a figure the validator computed differently.
 */
public final class DesignFigures {

    /**
     * One BMS: its charge limit (the design's or the catalog default, V), the alternator fuse entry chosen
     * with the fuse-type setting (null when the setting is not made or the model has no table), the
     * current the port limits to with it (A, NaN without a fuse), and the GND fuse: the minimum rating
     * (A, NaN when the model has no GND fuse rule) with how it was worked out.
     */
    public record BmsFigures(ComponentInstance bms, double chargeLimit, FuseTableEntry alternatorFuse, double alternatorCurrentLimit,
            double gndFuseMinimum, String gndFuseWorking) {

        public boolean hasGndFuse() {
            return !Double.isNaN(gndFuseMinimum);
        }
    }

    /** One setting of a component as the installer enters it: label, value text, whether it is the catalog default. */
    public record SettingLine(ComponentInstance component, SettingDefinition definition, String value, boolean isDefault) {
    }

    private DesignFigures() {
    }

    public static List<DesignSummary.Bank> banks(SystemDesign design) {
        return DesignSummary.banks(design);
    }

    public static List<BmsFigures> bmsFigures(SystemDesign design) {
        List<BmsFigures> figures = new ArrayList<>();
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof BmsModel) {
                figures.add(bmsFigures(design, component));
            }
        }
        return figures;
    }

    public static BmsFigures bmsFigures(SystemDesign design, ComponentInstance bms) {
        BmsModel model = (BmsModel) bms.getType();
        FuseTableEntry fuse = alternatorFuse(bms);
        double limit = fuse == null || fuse.getMaxChargeCurrent() == null ? Double.NaN : fuse.getMaxChargeCurrent().valueInBaseUnit();
        if (fuse == null && model.getAlternatorFuseTable().isEmpty()) {
            limit = fuseRatioLimit(design, bms);
        }
        double gnd = Double.NaN;
        String working = null;
        if (model.getGndFuseFactor() != null) {
            StringBuilder text = new StringBuilder();
            double sum = 0;
            QuantityFact consumption = consumption(bms, PowerState.ON);
            if (consumption != null) {
                sum += consumption.valueInBaseUnit();
                text.append("consumption ").append(FactFormatter.quantity(consumption));
            }
            for (TerminalInstance terminal : bms.getTerminals()) {
                if (terminal.getDefinition() == null || terminal.getDefinition().getOutput() == null || !isWired(design, terminal)) {
                    continue;
                }
                QuantityFact current = outputCurrent(terminal.getDefinition().getOutput());
                if (current != null) {
                    sum += current.valueInBaseUnit();
                    text.append(text.isEmpty() ? "" : " + ").append(terminal.getDefinition().getLabel()).append(' ').append(FactFormatter.quantity(current));
                }
            }
            double factor = model.getGndFuseFactor().getValue();
            gnd = sum * factor;
            working = text + " = " + amps(sum) + " × " + FactFormatter.number(factor, -1) + " = " + amps(gnd);
        }
        return new BmsFigures(bms, chargeLimit(bms), fuse, limit, gnd, working);
    }

    /**
     * For a port without a fuse table whose current is limited to a share of the installed fuse (the
     * Smart BMS CL 12/100: about 90 %, 003): that share of the installed fuse, NaN without either.
     */
    static double fuseRatioLimit(SystemDesign design, ComponentInstance bms) {
        TerminalInstance port = terminal(bms, TerminalKind.ALTERNATOR_STARTER_POSITIVE);
        WireFuse fuse = port == null ? null : installedFuse(design, port);
        if (fuse == null || port.getDefinition().getPower() == null || port.getDefinition().getPower().getCurrentLimitOfFuseRating() == null) {
            return Double.NaN;
        }
        QuantityFact share = port.getDefinition().getPower().getCurrentLimitOfFuseRating();
        double ratio = share.getUnit() == io.cellwright.model.catalog.Unit.PERCENT ? share.getValue() / 100 : share.valueInBaseUnit();
        return fuse.getRating() * ratio;
    }

    /** The fuse on a wire that ends on {@code terminal}, or null. */
    public static WireFuse installedFuse(SystemDesign design, TerminalInstance terminal) {
        for (Wire wire : design.getWires()) {
            if ((wire.getFrom() == terminal || wire.getTo() == terminal) && wire.getFuse() != null) {
                return wire.getFuse();
            }
        }
        return null;
    }

    /**
     * What a device takes from or gives to the bank, in A (NaN when the design does not say): the
     * continuous discharge current (its load current, or its continuous power at the bank voltage), the
     * peak (peak current, peak power at the bank voltage, else the continuous current) and the charge
     * current it delivers.
     */
    public record DeviceCurrent(double continuous, double peak, double charge) {
        public boolean isKnown() {
            return !Double.isNaN(continuous) || !Double.isNaN(charge);
        }

        /** The larger of discharge and charge current, what a cable to the device carries. */
        public double cable() {
            return Double.isNaN(continuous) ? charge : Double.isNaN(charge) ? continuous : Math.max(continuous, charge);
        }
    }

    public static DeviceCurrent current(ComponentInstance device, double voltage) {
        double continuous = number(device, SettingRole.LOAD_CURRENT);
        if (Double.isNaN(continuous)) {
            continuous = number(device, SettingRole.CONTINUOUS_POWER) / voltage;
        }
        double peak = number(device, SettingRole.PEAK_CURRENT);
        if (Double.isNaN(peak)) {
            peak = number(device, SettingRole.PEAK_POWER) / voltage;
        }
        if (Double.isNaN(peak)) {
            peak = continuous;
        }
        return new DeviceCurrent(continuous, peak, number(device, SettingRole.CHARGE_CURRENT));
    }

    /** The design's value of a number setting, NaN when it has none. */
    public static double number(ComponentInstance component, SettingRole role) {
        SettingValue value = component.findSettingValue(role);
        return value instanceof NumberSettingValue number ? number.getValue() : Double.NaN;
    }

    /** The voltage of the design's first bank, else its nominal voltage, else NaN. */
    public static double systemVoltage(SystemDesign design) {
        for (DesignSummary.Bank bank : DesignSummary.banks(design)) {
            if (bank.voltage() > 0) {
                return bank.voltage();
            }
        }
        return design.isSetNominalVoltage() ? design.getNominalVoltage() : Double.NaN;
    }

    /** The alternator fuse chosen with the BMS's fuse-type setting, or null. */
    public static FuseTableEntry alternatorFuse(ComponentInstance bms) {
        SettingValue value = bms.findSettingValue(SettingRole.FUSE_TYPE);
        if (value instanceof ChoiceSettingValue choice && choice.getOption() != null) {
            return choice.getOption().getFuse();
        }
        SettingDefinition definition = bms.getType().findSetting(SettingRole.FUSE_TYPE);
        if (definition instanceof ChoiceSettingDefinition choice && choice.getDefaultOption() != null) {
            return choice.getDefaultOption().getFuse();
        }
        return null;
    }

    /** The battery charge limit in force (the design's value, else the catalog default), NaN when the model has none. */
    public static double chargeLimit(ComponentInstance bms) {
        SettingValue value = bms.findSettingValue(SettingRole.BATTERY_CHARGE_LIMIT);
        if (value instanceof NumberSettingValue number) {
            return number.getValue();
        }
        SettingDefinition definition = bms.getType() == null ? null : bms.getType().findSetting(SettingRole.BATTERY_CHARGE_LIMIT);
        if (definition instanceof NumberSettingDefinition number && number.getDefaultValue() != null) {
            return number.getDefaultValue().getValue();
        }
        return Double.NaN;
    }

    /** The chosen option of a choice setting (the design's, else the catalog default), or null. */
    public static SettingOption option(ComponentInstance component, SettingRole role) {
        SettingValue value = component.findSettingValue(role);
        if (value instanceof ChoiceSettingValue choice && choice.getOption() != null) {
            return choice.getOption();
        }
        SettingDefinition definition = component.getType() == null ? null : component.getType().findSetting(role);
        return definition instanceof ChoiceSettingDefinition choice ? choice.getDefaultOption() : null;
    }

    /** Every setting the component's product defines, with the design's value or the catalog default. */
    public static List<SettingLine> settings(ComponentInstance component) {
        List<SettingLine> lines = new ArrayList<>();
        if (component.getType() == null) {
            return lines;
        }
        for (SettingDefinition definition : component.getType().getSettings()) {
            SettingValue value = null;
            for (SettingValue candidate : component.getSettings()) {
                if (candidate.getDefinition() == definition) {
                    value = candidate;
                }
            }
            lines.add(new SettingLine(component, definition, text(definition, value), value == null));
        }
        return lines;
    }

    /** The catalog default of a setting as {@link #settings} prints values ("14.2 V", "not set" when it has none). */
    public static String defaultText(SettingDefinition definition) {
        return text(definition, null);
    }

    /**
     * The GND fuse rating to install: the worked minimum, raised to the lower end of the model's GND fuse range
     * (001 §3.4 step 8: "a fuse between 300mA and 1.3A"); NaN when the model has no GND fuse rule.
     */
    public static double gndFuseToInstall(BmsFigures figures) {
        if (!figures.hasGndFuse()) {
            return Double.NaN;
        }
        BmsModel model = (BmsModel) figures.bms().getType();
        double floor = model.getGndFuse() == null || model.getGndFuse().getMinimum() == null ? 0 : model.getGndFuse().getMinimum().valueInBaseUnit();
        return Math.max(figures.gndFuseMinimum(), floor);
    }

    private static String text(SettingDefinition definition, SettingValue value) {
        if (definition instanceof NumberSettingDefinition number) {
            String unit = number.getUnit() == null ? "" : " " + FactFormatter.symbol(number.getUnit());
            if (value instanceof NumberSettingValue set) {
                return FactFormatter.number(set.getValue(), -1) + unit;
            }
            return number.getDefaultValue() == null ? "not set" : FactFormatter.quantity(number.getDefaultValue());
        }
        if (definition instanceof ChoiceSettingDefinition choice) {
            SettingOption option = value instanceof ChoiceSettingValue set ? set.getOption() : choice.getDefaultOption();
            return option == null ? "not set" : option.getLabel();
        }
        if (definition instanceof BooleanSettingDefinition flag) {
            boolean on = value instanceof BooleanSettingValue set ? set.isValue() : flag.getDefaultValue() != null && flag.getDefaultValue().isValue();
            return on ? "on" : "off";
        }
        return "not set";
    }

    /** The catalog's consumption of the component in {@code state}, or null. */
    public static ConsumptionFact consumption(ComponentInstance component, PowerState state) {
        for (ConsumptionFact fact : component.getType().getConsumption()) {
            if (fact.getState() == state) {
                return fact;
            }
        }
        return null;
    }

    /** The most an output can deliver: its source current limit, else its contact rating. */
    public static QuantityFact outputCurrent(OutputBehaviour output) {
        return output.getSourceCurrentLimit() != null ? output.getSourceCurrentLimit() : output.getContactRating();
    }

    /** Whether a wire ends on {@code terminal}. */
    public static boolean isWired(SystemDesign design, TerminalInstance terminal) {
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() == terminal || wire.getTo() == terminal) {
                return true;
            }
        }
        return false;
    }

    /** The BMS's terminal of {@code kind}, or null. */
    public static TerminalInstance terminal(ComponentInstance component, TerminalKind kind) {
        for (TerminalInstance terminal : component.getTerminals()) {
            if (terminal.getDefinition() != null && terminal.getDefinition().getKind() == kind) {
                return terminal;
            }
        }
        return null;
    }

    /** "34.4 mA", "1.284 A": a current as the GND fuse working prints it. */
    public static String amps(double value) {
        return value < 1 ? FactFormatter.number(Math.round(value * 10000) / 10.0, -1) + " mA" : FactFormatter.number(Math.round(value * 1000) / 1000.0, -1) + " A";
    }
}
