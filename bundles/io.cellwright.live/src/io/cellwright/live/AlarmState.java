package io.cellwright.live;

/**
 * State of one Venus OS alarm path ({@code Alarms/<name>}): 0 OK, 1 warning, 2 alarm
 * (venus-os-mqtt facts, "Alarms"). An invalid or unknown number is {@link #UNKNOWN}.
 */
public enum AlarmState {
    OK, WARNING, ALARM, UNKNOWN;

    public static AlarmState of(Double value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.intValue()) {
            case 0 -> OK;
            case 1 -> WARNING;
            case 2 -> ALARM;
            default -> UNKNOWN;
        };
    }

    public boolean isActive() {
        return this == WARNING || this == ALARM;
    }

    public String label() {
        return switch (this) {
            case OK -> "ok";
            case WARNING -> "warning";
            case ALARM -> "alarm";
            case UNKNOWN -> "unknown";
        };
    }
}
