package io.cellwright.design;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.model.catalog.CapacityFact;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/**
 * What a design adds up to: per battery bank its arrangement, voltage (batteries in series), capacity
 * (parallel strings, each as strong as its weakest battery) and energy, from the catalog's nominal
 * voltages and rated capacities (at 25 °C where the catalog gives several temperatures).
 */
public final class DesignSummary {

    /** One bank: {@code series} batteries per string, {@code parallel} strings. */
    public record Bank(String name, int series, int parallel, double voltage, double capacityAh, double energyWh, List<String> missing) {
    }

    private DesignSummary() {
    }

    public static List<Bank> banks(SystemDesign design) {
        List<Bank> banks = new ArrayList<>();
        for (BatteryBank bank : design.getBatteryBanks()) {
            banks.add(bank(bank));
        }
        return banks;
    }

    static Bank bank(BatteryBank bank) {
        List<String> missing = new ArrayList<>();
        double voltage = 0;
        double capacity = 0;
        int series = 0;
        for (BatteryString string : bank.getStrings()) {
            double stringVoltage = 0;
            double stringCapacity = Double.MAX_VALUE;
            for (ComponentInstance battery : string.getBatteries()) {
                ProductType type = battery.getType();
                if (!(type instanceof LithiumBatteryModel model) || model.getNominalVoltage() == null) {
                    missing.add(DesignFiles.describe(battery) + " has no nominal voltage in the catalog");
                    continue;
                }
                stringVoltage += model.getNominalVoltage().getValue();
                QuantityFact rated = ratedCapacity(model);
                if (rated == null) {
                    missing.add(DesignFiles.describe(battery) + " has no rated capacity in the catalog");
                } else {
                    stringCapacity = Math.min(stringCapacity, rated.getValue());
                }
            }
            series = Math.max(series, string.getBatteries().size());
            voltage = Math.max(voltage, stringVoltage);
            capacity += stringCapacity == Double.MAX_VALUE ? 0 : stringCapacity;
        }
        return new Bank(bank.getName() == null ? bank.getId() : bank.getName(), series, bank.getStrings().size(), voltage, capacity,
                voltage * capacity, missing);
    }

    /** The rated capacity at 25 °C if the catalog lists several temperatures, else the first one. */
    static QuantityFact ratedCapacity(LithiumBatteryModel model) {
        CapacityFact first = null;
        for (CapacityFact capacity : model.getCapacities()) {
            if (first == null) {
                first = capacity;
            }
            if (capacity.getTemperature() != null && Math.abs(capacity.getTemperature().getValue() - 25) < 0.01) {
                return capacity;
            }
        }
        return first;
    }
}
