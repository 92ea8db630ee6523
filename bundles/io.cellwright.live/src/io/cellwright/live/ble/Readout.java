package io.cellwright.live.ble;

import java.util.HexFormat;
import java.util.List;

/**
 * One decoded Instant Readout advertisement.
 *
 * @param recordType  the record type byte (0x02 battery monitor, 0x0A Lynx Smart BMS, ...)
 * @param productId   the product id (little-endian bytes 2..3)
 * @param nonce       the data counter
 * @param plaintext   the decrypted payload
 * @param serviceType the Venus OS service type the values belong to ({@code battery}, {@code solarcharger}, ...)
 * @param fields      the decoded values, in layout order; empty when the record type's layout is not known
 */
public record Readout(int recordType, int productId, int nonce, byte[] plaintext, String serviceType, List<Field> fields) {

    /**
     * One decoded value.
     *
     * @param name  what it is, for people
     * @param path  the Venus OS path it feeds in the live model, or {@code null} when it has none
     * @param value a {@link Double}, a {@link String} (a state by name), or {@code null} when the device says
     *              "not available"
     * @param unit  the unit ({@code ""} for none)
     * @param raw   the raw field value
     */
    public record Field(String name, String path, Object value, String unit, long raw) {
        public String display() {
            if (value == null) {
                return "n/a";
            }
            if (value instanceof Double d) {
                String text = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : trim(d);
                return unit.isEmpty() ? text : text + " " + unit;
            }
            return value.toString();
        }

        private static String trim(double d) {
            String s = String.format(java.util.Locale.ROOT, "%.3f", d);
            return s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
    }

    public String recordName() {
        return InstantReadout.recordName(recordType);
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    public String plaintextHex() {
        return HexFormat.of().formatHex(plaintext);
    }
}
