package io.cellwright.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the Venus OS paths of a {@code battery} service mean and in which unit they come (SI,
 * temperature in °C, energy in kWh). Source: the battery service table of
 * shared/domain/venus-os-mqtt.md (from the Venus OS wiki D-Bus page and victronenergy/gui-v2).
 */
public final class Quantities {

    /** Prefix of the alarm paths; values 0 OK, 1 warning, 2 alarm. */
    public static final String ALARM_PREFIX = "Alarms/";

    /** One known path: a label a designer reads and the unit ({@code ""} for counts and states). */
    public record Quantity(String path, String label, String unit, int decimals) {
    }

    private static final Map<String, Quantity> BATTERY = new LinkedHashMap<>();
    private static final List<Pattern> PATTERNS;

    static {
        q("Dc/0/Voltage", "Voltage", "V", 2);
        q("Dc/0/Current", "Current", "A", 1);
        q("Dc/0/Power", "Power", "W", 0);
        q("Dc/0/Temperature", "Temperature", "°C", 1);
        q("Dc/1/Voltage", "Starter battery voltage", "V", 2);
        q("Soc", "State of charge", "%", 1);
        q("Soh", "State of health", "%", 0);
        q("ConsumedAmphours", "Consumed", "Ah", 1);
        q("Capacity", "Capacity", "Ah", 0);
        q("TimeToGo", "Time to go", "s", 0);
        q("State", "State", "", 0);
        q("Mode", "Mode", "", 0);
        q("ErrorCode", "Error code", "", 0);
        q("System/MinCellVoltage", "Min cell voltage", "V", 3);
        q("System/MaxCellVoltage", "Max cell voltage", "V", 3);
        q("System/MinVoltageCellId", "Min voltage cell", "", 0);
        q("System/MaxVoltageCellId", "Max voltage cell", "", 0);
        q("System/MinCellTemperature", "Min cell temperature", "°C", 1);
        q("System/MaxCellTemperature", "Max cell temperature", "°C", 1);
        q("System/NrOfModulesOnline", "Modules online", "", 0);
        q("System/NrOfModulesOffline", "Modules offline", "", 0);
        q("System/NrOfModulesBlockingCharge", "Modules blocking charge", "", 0);
        q("System/NrOfModulesBlockingDischarge", "Modules blocking discharge", "", 0);
        q("System/NrOfBatteries", "Batteries", "", 0);
        q("System/BatteriesParallel", "Batteries in parallel", "", 0);
        q("System/BatteriesSeries", "Batteries in series", "", 0);
        q("System/NrOfCellsPerBattery", "Cells per battery", "", 0);
        q("Io/AllowToCharge", "Allow to charge", "", 0);
        q("Io/AllowToDischarge", "Allow to discharge", "", 0);
        q("Io/AllowToBalance", "Allow to balance", "", 0);
        q("Io/ExternalRelay", "External relay", "", 0);
        q("Io/ProgrammableContact", "Programmable contact", "", 0);
        q("Io/ForceChargingOff", "Force charging off", "", 0);
        q("Io/ForceDischargingOff", "Force discharging off", "", 0);
        q("Io/TurnBalancingOff", "Turn balancing off", "", 0);
        q("SystemSwitch", "System switch", "", 0);
        q("Balancing", "Balancing", "", 0);
        q("Relay/0/State", "Relay", "", 0);
        q("Info/MaxChargeVoltage", "Charge voltage limit (CVL)", "V", 2);
        q("Info/MaxChargeCurrent", "Charge current limit (CCL)", "A", 1);
        q("Info/MaxDischargeCurrent", "Discharge current limit (DCL)", "A", 1);
        q("History/ChargeCycles", "Charge cycles", "", 0);
        q("History/DeepestDischarge", "Deepest discharge", "Ah", 1);
        q("History/MinimumCellVoltage", "Lowest cell voltage ever", "V", 3);
        q("History/MaximumCellVoltage", "Highest cell voltage ever", "V", 3);
        q("History/ChargedEnergy", "Charged energy", "kWh", 1);
        q("History/TotalAhDrawn", "Total drawn", "Ah", 0);
        q("ProductId", "Product id", "", 0);
        q("NrOfDistributors", "Distributors", "", 0);
        PATTERNS = List.of(Pattern.compile("Cell/\\d+/Voltage"));
    }

    private Quantities() {
    }

    private static void q(String path, String label, String unit, int decimals) {
        BATTERY.put(path, new Quantity(path, label, unit, decimals));
    }

    /** The known battery paths, in the order a person reads them. */
    public static List<Quantity> batteryPaths() {
        return List.copyOf(BATTERY.values());
    }

    /** What {@code path} means, or {@code null} when it is not one of the known battery paths. */
    public static Quantity of(String path) {
        Quantity known = BATTERY.get(path);
        if (known != null) {
            return known;
        }
        if (path.startsWith(ALARM_PREFIX)) {
            return new Quantity(path, "Alarm " + path.substring(ALARM_PREFIX.length()), "", 0);
        }
        if (PATTERNS.get(0).matcher(path).matches()) {
            return new Quantity(path, "Cell " + path.split("/")[1] + " voltage", "V", 3);
        }
        return null;
    }

    /** The unit of {@code path} ({@code ""} when it has none or is unknown). */
    public static String unit(String path) {
        Quantity q = of(path);
        return q == null ? "" : q.unit();
    }

    /** {@code 13.21 V}, {@code alarm}, {@code yes}, {@code invalid}: a value as a person reads it. */
    public static String format(String path, Object value) {
        if (value == null) {
            return "invalid";
        }
        if (!(value instanceof Double d)) {
            return value.toString();
        }
        if (path.startsWith(ALARM_PREFIX)) {
            return AlarmState.of(d).label();
        }
        if (path.equals("Io/AllowToCharge") || path.equals("Io/AllowToDischarge")) {
            return d == 0 ? "no" : d == 1 ? "yes" : number(d, 0);
        }
        Quantity q = of(path);
        if (q == null) {
            return number(d, d == Math.rint(d) ? 0 : 3);
        }
        String text = number(d, q.decimals());
        return q.unit().isEmpty() ? text : text + " " + q.unit();
    }

    private static String number(double d, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", d);
    }
}
