package io.cellwright.live.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cellwright.live.ble.Readout.Field;

/**
 * The record layouts (start bit / bits, scale) of shared/domain/instant-readout.md, "Layouts". Each
 * field also names the Venus OS path it feeds, so decoded values land in the same live model as
 * values from a GX device.
 */
final class Layouts {

    /**
     * Device states (VE.Direct protocol, register "CS"; the names the test vectors expect: 4 absorption,
     * 5 float, 0 off). 0xF9 is what a Smart BatteryProtect sends when its output is active.
     */
    static final Map<Long, String> DEVICE_STATES = Map.ofEntries(Map.entry(0L, "off"), Map.entry(1L, "low power"),
            Map.entry(2L, "fault"), Map.entry(3L, "bulk"), Map.entry(4L, "absorption"), Map.entry(5L, "float"),
            Map.entry(6L, "storage"), Map.entry(7L, "equalize"), Map.entry(9L, "inverting"), Map.entry(11L, "power supply"),
            Map.entry(245L, "starting up"), Map.entry(246L, "repeated absorption"), Map.entry(247L, "recondition"),
            Map.entry(248L, "battery safe"), Map.entry(249L, "active"), Map.entry(252L, "external control"));

    /** Off reasons, a bit mask (VE.Direct protocol, register "OR"). */
    static final String[] OFF_REASONS = { "no input power", "switched off (power switch)", "switched off (device mode)",
        "remote input", "protection active", "pay-as-you-go", "BMS", "engine shutdown", "analysing input voltage" };

    static final Map<Long, String> AUX_MODES = Map.of(0L, "starter voltage", 1L, "midpoint voltage", 2L, "temperature", 3L, "none");
    static final Map<Long, String> BALANCER = Map.of(0L, "unknown", 1L, "balanced", 2L, "balancing", 3L, "imbalance");
    static final Map<Long, String> AC_INPUT = Map.of(0L, "AC in 1", 1L, "AC in 2", 2L, "not connected", 3L, "n/a");
    static final Map<Long, String> OUTPUT_STATE = Map.of(1L, "on", 4L, "off");

    private Layouts() {
    }

    /** Fills {@code b} for {@code recordType}; returns the Venus service type, or {@code null} when the layout is unknown. */
    static String decode(int recordType, Builder b) {
        switch (recordType) {
            case 0x01 -> solarCharger(b);
            case 0x02 -> batteryMonitor(b);
            case 0x04 -> dcdc(b);
            case 0x05 -> smartLithium(b);
            case 0x09 -> batteryProtect(b);
            case 0x0A -> lynxSmartBms(b);
            case 0x0C -> veBus(b);
            default -> {
                return null;
            }
        }
        return switch (recordType) {
            case 0x01 -> "solarcharger";
            case 0x04 -> "dcdc";
            case 0x09 -> "batteryprotect";
            case 0x0C -> "vebus";
            default -> "battery";
        };
    }

    private static void solarCharger(Builder b) {
        b.state("state", "State", 32, 8, DEVICE_STATES);
        b.number("error", "ErrorCode", 40, 8, 1, "", Na.NONE);
        b.number("battery voltage", "Dc/0/Voltage", 48, 16, 0.01, "V", Na.SIGNED_MAX, true);
        b.number("battery current", "Dc/0/Current", 64, 16, 0.1, "A", Na.SIGNED_MAX, true);
        b.number("yield today", "History/Daily/0/Yield", 80, 16, 0.01, "kWh", Na.ALL_ONES);
        b.number("PV power", "Yield/Power", 96, 16, 1, "W", Na.ALL_ONES);
        b.number("load current", "Load/I", 112, 9, 0.1, "A", Na.ALL_ONES);
    }

    private static void batteryMonitor(Builder b) {
        b.number("time to go", "TimeToGo", 32, 16, 1, "min", Na.ALL_ONES);
        b.number("battery voltage", "Dc/0/Voltage", 48, 16, 0.01, "V", Na.SIGNED_MAX, true);
        b.number("alarm", null, 64, 16, 1, "", Na.NONE);
        long auxMode = b.bits.unsigned(96, 2);
        switch ((int) auxMode) {
            // Aux scaling as victron-ble decodes it: voltages in 0.01 V, temperature in 0.01 K.
            case 0 -> b.number("starter voltage", "Dc/1/Voltage", 80, 16, 0.01, "V", Na.SIGNED_MAX, true);
            case 1 -> b.number("midpoint voltage", "Dc/0/MidVoltage", 80, 16, 0.01, "V", Na.ALL_ONES);
            case 2 -> b.add("temperature", "Dc/0/Temperature", b.bits.notAvailable(80, 16) ? null : b.bits.unsigned(80, 16) * 0.01 - 273.15, "°C",
                    b.bits.unsigned(80, 16));
            default -> {
                // aux none: nothing to show
            }
        }
        b.state("aux input", null, 96, 2, AUX_MODES);
        b.number("battery current", "Dc/0/Current", 98, 22, 0.001, "A", Na.SIGNED_MAX, true);
        b.number("consumed", "ConsumedAmphours", 120, 20, -0.1, "Ah", Na.ALL_ONES);
        b.number("state of charge", "Soc", 140, 10, 0.1, "%", Na.ALL_ONES);
    }

    private static void dcdc(Builder b) {
        b.state("state", "State", 32, 8, DEVICE_STATES);
        b.number("error", "ErrorCode", 40, 8, 1, "", Na.NONE);
        b.number("input voltage", "Dc/In/V", 48, 16, 0.01, "V", Na.ALL_ONES);
        b.number("output voltage", "Dc/0/Voltage", 64, 16, 0.01, "V", Na.SIGNED_MAX, true);
        b.offReason("off reason", "DeviceOffReason", 80, 32);
    }

    private static void smartLithium(Builder b) {
        long flags = b.bits.unsigned(32, 32);
        b.add("BMS flags", null, String.format("0x%08X", flags), "", flags);
        b.add("allowed to charge", "Io/AllowToCharge", bit(flags, 25), "", flags >> 25 & 1);
        b.add("allowed to discharge", "Io/AllowToDischarge", bit(flags, 26), "", flags >> 26 & 1);
        b.add("over-voltage", "Alarms/HighVoltage", alarm(flags, 9, 10), "", flags);
        b.add("under-voltage", "Alarms/LowVoltage", alarm(flags, 11, 12), "", flags);
        b.add("over-temperature", "Alarms/HighTemperature", alarm(flags, 15, 16), "", flags);
        b.add("hardware failure", "Alarms/InternalFailure", (flags >> 24 & 1) == 1 ? 2.0 : 0.0, "", flags >> 24 & 1);
        b.number("error", "ErrorCode", 64, 16, 1, "", Na.NONE);
        for (int n = 0; n < 8; n++) {
            long raw = b.bits.unsigned(80 + 7 * n, 7);
            // 0x7F: no such cell; 0x7E: above 3.85 V; else 2.60 V + raw × 0.01 V.
            Object volts = raw == 0x7F ? null : raw == 0x7E ? "above 3.85 V" : 2.60 + raw * 0.01;
            b.add("cell " + (n + 1) + " voltage", "Cell/" + n + "/Voltage", volts, "V", raw);
        }
        b.number("battery voltage", "Dc/0/Voltage", 136, 12, 0.01, "V", Na.ALL_ONES);
        b.state("balancer", null, 148, 4, BALANCER);
        b.number("temperature", "Dc/0/Temperature", 152, 7, 1, "°C", Na.ALL_ONES, -40);
    }

    private static void batteryProtect(Builder b) {
        b.state("device state", "State", 32, 8, DEVICE_STATES);
        b.state("output state", "OutputState", 40, 8, OUTPUT_STATE);
        b.number("error", "ErrorCode", 48, 8, 1, "", Na.NONE);
        b.number("alarm reason", "AlarmReason", 56, 16, 1, "", Na.NONE);
        b.number("warning reason", "WarningReason", 72, 16, 1, "", Na.NONE);
        b.number("input voltage", "Dc/In/V", 88, 16, 0.01, "V", Na.SIGNED_MAX, true);
        b.number("output voltage", "Dc/0/Voltage", 104, 16, 0.01, "V", Na.ALL_ONES);
        b.offReason("off reason", "DeviceOffReason", 120, 32);
    }

    private static void lynxSmartBms(Builder b) {
        b.number("error", "ErrorCode", 32, 8, 1, "", Na.NONE);
        long ttg = b.bits.unsigned(40, 16);
        b.add("time to go", "TimeToGo", ttg == 0xFFFF ? null : (double) ttg * 60, "s", ttg);
        b.number("battery voltage", "Dc/0/Voltage", 56, 16, 0.01, "V", Na.SIGNED_MAX, true);
        b.number("battery current", "Dc/0/Current", 72, 16, 0.1, "A", Na.SIGNED_MAX, true);
        long io = b.bits.unsigned(88, 16);
        b.add("IO status", null, String.format("0x%04X", io), "", io);
        // Bit pairs: 1 = allowed, 0 = unknown, 2/3 = not allowed (dbus-ble-sensors, victron-lsbms.c).
        b.add("allowed to charge", "Io/AllowToCharge", ioPair(io >> 2 & 3), "", io >> 2 & 3);
        b.add("allowed to discharge", "Io/AllowToDischarge", ioPair(io >> 4 & 3), "", io >> 4 & 3);
        b.add("external relay", "Io/ExternalRelay", ioPair(io >> 6 & 3), "", io >> 6 & 3);
        long alarms = b.bits.unsigned(104, 18);
        b.add("warnings/alarms", null, String.format("0x%05X", alarms), "", alarms);
        // The meaning of each pair's values is not in the published document; the raw pairs are shown.
        String[] names = { "LowCellVoltage", "HighCurrent", "HighInternalTemperature", "Contactor", "BmsCable", "LoadDisconnect", "LowSoc", null, "HighTemperature" };
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                b.add("alarm pair " + names[i], null, (double) (alarms >> (2 * i) & 3), "", alarms >> (2 * i) & 3);
            }
        }
        b.number("state of charge", "Soc", 122, 10, 0.1, "%", Na.ALL_ONES);
        b.number("consumed", "ConsumedAmphours", 132, 20, -0.1, "Ah", Na.ALL_ONES);
        b.number("temperature", "Dc/0/Temperature", 152, 7, 1, "°C", Na.ALL_ONES, -40);
    }

    private static void veBus(Builder b) {
        b.state("state", "State", 32, 8, DEVICE_STATES);
        b.number("error", "VebusError", 40, 8, 1, "", Na.NONE);
        b.number("battery current", "Dc/0/Current", 48, 16, 0.1, "A", Na.SIGNED_MAX, true);
        b.number("battery voltage", "Dc/0/Voltage", 64, 14, 0.01, "V", Na.ALL_ONES);
        b.state("active AC input", "Ac/ActiveIn/ActiveInput", 78, 2, AC_INPUT);
        b.number("AC input power", "Ac/ActiveIn/P", 80, 19, 1, "W", Na.SIGNED_MAX, true);
        b.number("AC output power", "Ac/Out/P", 99, 19, 1, "W", Na.SIGNED_MAX, true);
        b.number("alarm", "Alarms/VeBus", 118, 2, 1, "", Na.NONE);
        b.number("temperature", "Dc/0/Temperature", 120, 7, 1, "°C", Na.ALL_ONES, -40);
        b.number("state of charge", "Soc", 127, 7, 1, "%", Na.ALL_ONES);
    }

    private static Double bit(long flags, int bit) {
        return (double) (flags >> bit & 1);
    }

    /** Alarm state from an alarm bit and a warning bit: 2 alarm, 1 warning, 0 ok. */
    private static Double alarm(long flags, int alarmBit, int warningBit) {
        return (flags >> alarmBit & 1) == 1 ? 2.0 : (flags >> warningBit & 1) == 1 ? 1.0 : 0.0;
    }

    private static Double ioPair(long pair) {
        return pair == 0 ? null : pair == 1 ? 1.0 : 0.0;
    }

    /** How a field says "not available". */
    enum Na {
        NONE, ALL_ONES, SIGNED_MAX
    }

    /** Collects fields from the bits of one record. */
    static final class Builder {
        final Bits bits;
        private final List<Field> fields = new ArrayList<>();

        Builder(Bits bits) {
            this.bits = bits;
        }

        List<Field> fields() {
            return fields;
        }

        void add(String name, String path, Object value, String unit, long raw) {
            fields.add(new Field(name, path, value, unit, raw));
        }

        void number(String name, String path, int start, int length, double scale, String unit, Na na) {
            number(name, path, start, length, scale, unit, na, false, 0);
        }

        void number(String name, String path, int start, int length, double scale, String unit, Na na, boolean signed) {
            number(name, path, start, length, scale, unit, na, signed, 0);
        }

        void number(String name, String path, int start, int length, double scale, String unit, Na na, double offset) {
            number(name, path, start, length, scale, unit, na, false, offset);
        }

        private void number(String name, String path, int start, int length, double scale, String unit, Na na, boolean signed, double offset) {
            long raw = signed ? bits.signed(start, length) : bits.unsigned(start, length);
            boolean notAvailable = switch (na) {
                case NONE -> false;
                case ALL_ONES -> bits.notAvailable(start, length);
                case SIGNED_MAX -> signed ? bits.signedNotAvailable(start, length) : bits.notAvailable(start, length);
            };
            Double value = notAvailable ? null : round(raw * scale + offset);
            add(name, path, value, unit, raw);
        }

        void state(String name, String path, int start, int length, Map<Long, String> names) {
            long raw = bits.unsigned(start, length);
            add(name, path, names.getOrDefault(raw, String.format("0x%X", raw)), "", raw);
        }

        void offReason(String name, String path, int start, int length) {
            long raw = bits.unsigned(start, length);
            if (raw == 0xFFFFFFFFL) {
                add(name, path, null, "", raw);
                return;
            }
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < OFF_REASONS.length; i++) {
                if ((raw >> i & 1) == 1) {
                    reasons.add(OFF_REASONS[i]);
                }
            }
            add(name, path, raw == 0 ? "none" : reasons.isEmpty() ? String.format("0x%X", raw) : String.join(", ", reasons), "", raw);
        }

        /** Rounds away binary noise of the scaling (13.879999 → 13.88). */
        private static double round(double value) {
            return Math.round(value * 1e6) / 1e6;
        }
    }
}
