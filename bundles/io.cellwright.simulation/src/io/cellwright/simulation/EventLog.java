package io.cellwright.simulation;

/**
 * The event log as text, one line per event:
 *
 * <pre>
 * 05:12:30 pre-alarm ON (cell 2 of battery 1 at 3.09 V)
 * 05:13:00 Load disconnect free floating (cell 2 of battery 1 at 2.79 V)
 * 05:13:00 Load disconnect free floating → Phoenix inverter OFF
 * </pre>
 *
 * A device's reaction reads "cause → device STATE"; a BMS signal reads "signal VALUE (reason)". Times
 * past the first day carry the day: {@code 2d 05:13:00}.
 */
public final class EventLog {

    private EventLog() {
    }

    public static String line(SimulationEvent e) {
        String time = clock(e.t());
        if (e.isDeviceState()) {
            return time + " " + e.reason() + " → " + e.source() + " " + e.value();
        }
        return time + " " + e.signal() + " " + e.value() + (e.reason() == null || e.reason().isEmpty() ? "" : " (" + e.reason() + ")");
    }

    /** {@code HH:MM:SS}, with {@code Nd } in front from the second day on. */
    public static String clock(double t) {
        long s = (long) Math.floor(t);
        long days = s / 86400;
        long rest = s % 86400;
        String hms = String.format("%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60);
        return days > 0 ? days + "d " + hms : hms;
    }
}
