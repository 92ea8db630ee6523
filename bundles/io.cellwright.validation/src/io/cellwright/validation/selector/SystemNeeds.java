package io.cellwright.validation.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.SystemDesign;

/**
 * What a system has and needs, in the terms of 002's "System design recommendations" and comparison
 * table: its system voltage (12, 24 or 48 V), whether it has an alternator, inverters, inverter/chargers,
 * a GX device and DC loads, and what the designer asks of the BMS (control via DVCC, a safety relay that
 * disconnects DC loads and inverters), optionally with the number of batteries and the current that has
 * to flow through the BMS's system connection.
 *
 * @param systemVoltage   12, 24 or 48 (V)
 * @param alternator      an alternator charges the lithium battery
 * @param inverter        an inverter (without charger)
 * @param inverterCharger an inverter/charger (MultiPlus, Quattro)
 * @param gxDevice        a GX device: the BMS should be part of the system's digital integration
 * @param dvcc            the GX device should control chargers through DVCC (implies a GX device)
 * @param safetyRelay     the BMS itself must disconnect DC loads and/or inverters (002: "a safety relay";
 *                        the comparison table's row "System connection")
 * @param dcLoads         DC loads
 * @param batteries       how many batteries the BMS manages, if known
 * @param systemCurrent   the current (A) that flows through the BMS's system connection, if known
 */
public record SystemNeeds(int systemVoltage, boolean alternator, boolean inverter, boolean inverterCharger, boolean gxDevice, boolean dvcc,
        boolean safetyRelay, boolean dcLoads, OptionalInt batteries, OptionalDouble systemCurrent) {

    /** The system voltages 002 designs for ("12, 24 or 48 V systems", System design recommendations). */
    public static final List<Integer> SYSTEM_VOLTAGES = List.of(12, 24, 48);

    public SystemNeeds {
        if (!SYSTEM_VOLTAGES.contains(systemVoltage)) {
            throw new IllegalArgumentException(systemVoltage == 0 ? "the system voltage is not known; give it: 12, 24 or 48 V"
                    : "the system voltage must be 12, 24 or 48 V (the system voltages of 002), not " + systemVoltage + " V");
        }
        if (batteries.isPresent() && batteries.getAsInt() < 0) {
            throw new IllegalArgumentException("the number of batteries cannot be negative: " + batteries.getAsInt());
        }
        if (systemCurrent.isPresent() && !(systemCurrent.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("the system current must be 0 A or more, not " + systemCurrent.getAsDouble());
        }
    }

    /** The system takes part in digital integration: it has a GX device or wants DVCC (002's Lynx Smart BMS recommendation). */
    public boolean digitalIntegration() {
        return gxDevice || dvcc;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().systemVoltage(systemVoltage).alternator(alternator).inverter(inverter).inverterCharger(inverterCharger)
                .gxDevice(gxDevice).dvcc(dvcc).safetyRelay(safetyRelay).dcLoads(dcLoads);
        batteries.ifPresent(builder::batteries);
        systemCurrent.ifPresent(builder::systemCurrent);
        return builder;
    }

    /**
     * The needs a design shows (see {@link #from(SystemDesign, BatteryBank)}) for its first battery bank
     * with a BMS, else its first bank, else its nominal voltage.
     *
     * @throws IllegalArgumentException when the design's system voltage cannot be told or is not 12, 24 or 48 V
     */
    public static SystemNeeds of(SystemDesign design) {
        return from(design).build();
    }

    /** The needs a design shows for one of its battery banks. */
    public static SystemNeeds of(SystemDesign design, BatteryBank bank) {
        return from(design, bank).build();
    }

    /** A builder filled from the design, to which wishes a design file cannot hold (DVCC, a system current) can be added. */
    public static Builder from(SystemDesign design) {
        return DesignNeeds.derive(design, DesignNeeds.mainBank(design));
    }

    /**
     * A builder filled from {@code design}: the system voltage from {@code bank}'s batteries in series (else
     * the design's nominal voltage), the batteries it holds, and from the design's components whether it
     * has an alternator, inverters, inverter/chargers, a GX device and DC loads (BatteryProtects count as
     * DC loads). It wants a safety relay when a DC load or an inverter is wired to a BMS's system
     * connection (System+): the design relies on the BMS to disconnect them. DVCC and the system current
     * are not in a design and stay unset.
     */
    public static Builder from(SystemDesign design, BatteryBank bank) {
        return DesignNeeds.derive(design, bank);
    }

    /** "a 12 V system with an alternator, an inverter/charger and DC loads; the BMS must disconnect them (safety relay); 3 batteries". */
    public String describe() {
        List<String> has = new ArrayList<>();
        if (alternator) {
            has.add("an alternator");
        }
        if (inverter) {
            has.add("an inverter");
        }
        if (inverterCharger) {
            has.add("an inverter/charger");
        }
        if (gxDevice) {
            has.add("a GX device");
        }
        if (dcLoads) {
            has.add("DC loads");
        }
        StringBuilder text = new StringBuilder("a " + systemVoltage + " V system");
        text.append(has.isEmpty() ? " without alternator, inverter, inverter/charger, GX device or DC loads" : " with " + and(has));
        List<String> wants = new ArrayList<>();
        if (dvcc) {
            wants.add("control via the GX device (DVCC)");
        }
        if (safetyRelay) {
            wants.add("a safety relay that disconnects DC loads and inverters");
        }
        if (!wants.isEmpty()) {
            text.append("; wanted: ").append(and(wants));
        }
        batteries.ifPresent(n -> text.append("; ").append(n).append(n == 1 ? " battery" : " batteries"));
        systemCurrent.ifPresent(a -> text.append("; ").append(FactFormatter.number(a, -1)).append(" A through the BMS"));
        return text.toString();
    }

    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Builds {@link SystemNeeds}; everything is "no" and unknown until set. */
    public static final class Builder {
        private int systemVoltage;
        private boolean alternator;
        private boolean inverter;
        private boolean inverterCharger;
        private boolean gxDevice;
        private boolean dvcc;
        private boolean safetyRelay;
        private boolean dcLoads;
        private OptionalInt batteries = OptionalInt.empty();
        private OptionalDouble systemCurrent = OptionalDouble.empty();

        Builder() {
        }

        public Builder systemVoltage(int volts) {
            this.systemVoltage = volts;
            return this;
        }

        public int systemVoltage() {
            return systemVoltage;
        }

        public Builder alternator(boolean value) {
            this.alternator = value;
            return this;
        }

        public Builder inverter(boolean value) {
            this.inverter = value;
            return this;
        }

        public Builder inverterCharger(boolean value) {
            this.inverterCharger = value;
            return this;
        }

        public Builder gxDevice(boolean value) {
            this.gxDevice = value;
            return this;
        }

        /** DVCC needs a GX device, so wanting it also sets {@link #gxDevice(boolean)}. */
        public Builder dvcc(boolean value) {
            this.dvcc = value;
            if (value) {
                this.gxDevice = true;
            }
            return this;
        }

        public Builder safetyRelay(boolean value) {
            this.safetyRelay = value;
            return this;
        }

        public Builder dcLoads(boolean value) {
            this.dcLoads = value;
            return this;
        }

        public Builder batteries(int count) {
            this.batteries = OptionalInt.of(count);
            return this;
        }

        public Builder systemCurrent(double amps) {
            this.systemCurrent = OptionalDouble.of(amps);
            return this;
        }

        /** @throws IllegalArgumentException when the system voltage is not 12, 24 or 48 V or a count is negative */
        public SystemNeeds build() {
            return new SystemNeeds(systemVoltage, alternator, inverter, inverterCharger, gxDevice, dvcc, safetyRelay, dcLoads, batteries,
                    systemCurrent);
        }
    }
}
