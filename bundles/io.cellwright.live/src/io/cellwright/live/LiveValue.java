package io.cellwright.live;

import java.time.Instant;

/**
 * One value of a live device as last received.
 *
 * @param path  the D-Bus path, e.g. {@code Dc/0/Voltage}
 * @param value a {@link Double}, a {@link String}, or {@code null} when the device says the value is
 *              invalid ({@code {"value": null}})
 * @param min   lower limit the device announced for a setting, or {@code null}
 * @param max   upper limit the device announced for a setting, or {@code null}
 * @param time  when it arrived
 */
public record LiveValue(String path, Object value, Double min, Double max, Instant time) {

    public boolean isValid() {
        return value != null;
    }

    /** The value as a number, or {@code null} when it is invalid or not a number. */
    public Double number() {
        return value instanceof Double d ? d : null;
    }

    /** The value with its unit as a person reads it ({@code 13.21 V}, {@code invalid}). */
    public String display() {
        return Quantities.format(path, value);
    }
}
