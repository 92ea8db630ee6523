package io.cellwright.validation.selector;

import java.util.Set;

import io.cellwright.design.DesignSummary;
import io.cellwright.design.Nets;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

/** Reads {@link SystemNeeds} off a design: its components, its battery bank and what is wired to a BMS's System+. */
final class DesignNeeds {

    /**
     * Nominal voltage of one 12 V-class LiFePO4 battery (4 cells × 3.2 V, the Lithium Battery 12,8V Smart):
     * a bank of n × 12.8 V in series is an n × 12 V system, as in CW-VOLT-001.
     */
    private static final double BATTERY_VOLTS_PER_SYSTEM_12V = 12.8;

    /** Parts that pass current unchanged, so a load behind them is still on the same net (fuses, busbars, distributors). */
    private static final Set<ProductCategory> PASS_THROUGH = Set.of(ProductCategory.FUSE, ProductCategory.FUSE_HOLDER, ProductCategory.DC_DISTRIBUTION);

    /** What 002's Lynx recommendation wants disconnected: "DC loads and/or inverters or inverter/chargers". */
    private static final Set<ProductCategory> DISCONNECTED_BY_SAFETY_RELAY = Set.of(ProductCategory.DC_LOAD, ProductCategory.BATTERY_PROTECT,
            ProductCategory.INVERTER, ProductCategory.INVERTER_CHARGER);

    private DesignNeeds() {
    }

    /** The first bank with a BMS, else the first bank, else null. */
    static BatteryBank mainBank(SystemDesign design) {
        return design.getBatteryBanks().stream().filter(b -> b.getBms() != null).findFirst()
                .orElse(design.getBatteryBanks().isEmpty() ? null : design.getBatteryBanks().get(0));
    }

    static SystemNeeds.Builder derive(SystemDesign design, BatteryBank bank) {
        SystemNeeds.Builder needs = SystemNeeds.builder().systemVoltage(systemVoltage(design, bank));
        if (bank != null) {
            needs.batteries(batteries(bank));
        }
        needs.alternator(has(design, ProductCategory.ALTERNATOR)).inverter(has(design, ProductCategory.INVERTER))
                .inverterCharger(has(design, ProductCategory.INVERTER_CHARGER)).gxDevice(has(design, ProductCategory.GX_DEVICE))
                .dcLoads(has(design, ProductCategory.DC_LOAD) || has(design, ProductCategory.BATTERY_PROTECT))
                .safetyRelay(loadOnSystemConnection(design));
        return needs;
    }

    /** 12 V per 12.8 V of the bank's batteries in series; the design's nominal voltage when the bank says nothing; 0 when unknown. */
    static int systemVoltage(SystemDesign design, BatteryBank bank) {
        if (bank != null) {
            int index = design.getBatteryBanks().indexOf(bank);
            double volts = index < 0 ? 0 : DesignSummary.banks(design).get(index).voltage();
            if (volts > 0) {
                return 12 * (int) Math.round(volts / BATTERY_VOLTS_PER_SYSTEM_12V);
            }
        }
        return design.isSetNominalVoltage() ? (int) Math.round(design.getNominalVoltage()) : 0;
    }

    private static boolean has(SystemDesign design, ProductCategory category) {
        return design.getComponents().stream().anyMatch(c -> c.getType() != null && c.getType().getCategory() == category);
    }

    /** Whether a DC load, BatteryProtect, inverter or inverter/charger is on the net of a BMS's System+ terminal. */
    static boolean loadOnSystemConnection(SystemDesign design) {
        Nets nets = new Nets(design, PASS_THROUGH);
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel)) {
                continue;
            }
            for (TerminalInstance system : bms.getTerminals()) {
                if (system.getDefinition() == null || system.getDefinition().getKind() != TerminalKind.SYSTEM_POSITIVE) {
                    continue;
                }
                for (ComponentInstance device : design.getComponents()) {
                    if (device.getType() != null && DISCONNECTED_BY_SAFETY_RELAY.contains(device.getType().getCategory())
                            && device.getTerminals().stream().anyMatch(t -> nets.connected(t, system))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static int batteries(BatteryBank bank) {
        int count = 0;
        for (BatteryString string : bank.getStrings()) {
            count += string.getBatteries().size();
        }
        return count;
    }
}
