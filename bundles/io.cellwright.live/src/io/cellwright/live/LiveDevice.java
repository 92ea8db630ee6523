package io.cellwright.live;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An immutable snapshot of one device as the live model knows it. */
public record LiveDevice(DeviceKey key, Map<String, LiveValue> values) {

    public LiveDevice {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public LiveValue value(String path) {
        return values.get(path);
    }

    /** The number at {@code path}, or {@code null} when it is absent, invalid or not a number. */
    public Double number(String path) {
        LiveValue v = values.get(path);
        return v == null ? null : v.number();
    }

    /** The device's {@code ProductId} (e.g. 41957 for a Lynx Smart BMS 500), or {@code null} when not (yet) known. */
    public Integer productId() {
        Double id = number("ProductId");
        return id == null ? null : Integer.valueOf(id.intValue());
    }

    /** {@code ProductName} or {@code CustomName} when the device published one, else the key. */
    public String displayName() {
        for (String path : new String[] { "CustomName", "ProductName" }) {
            LiveValue v = values.get(path);
            if (v != null && v.value() instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return key.toString();
    }

    /** Every alarm the device publishes ({@code Alarms/<name>}), by name, with its state. */
    public Map<String, AlarmState> alarms() {
        Map<String, AlarmState> alarms = new TreeMap<>();
        values.forEach((path, v) -> {
            if (path.startsWith(Quantities.ALARM_PREFIX)) {
                alarms.put(path.substring(Quantities.ALARM_PREFIX.length()), AlarmState.of(v.number()));
            }
        });
        return alarms;
    }
}
