package io.cellwright.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario files ({@code .cwscenario}): readable text, one setting per line.
 *
 * <pre>
 * # comment
 * duration = 24h            # start settings: key = value
 * ambient = 20 °C
 * load * = 300 W            # every load; "load mp = 1200 W" for one component
 * 05:30 engine = on         # timed changes: [Nd ]HH:MM[:SS] key = value
 * 1d 07:00 remote = open
 * </pre>
 *
 * Errors name the file and line, what is wrong and what to write instead.
 */
public final class ScenarioParser {

    public static final String EXTENSION = "cwscenario";

    static final String DURATION = "duration";
    static final String STEP = "step";
    static final String SAMPLE = "sample";
    static final String INITIAL_SOC = "initial-soc";
    static final String CELL_SPREAD = "cell-spread";
    static final String SEED = "seed";
    static final String REMOTE_FUNCTION = "remote-function";

    /** Settings that hold for the whole run. */
    static final Set<String> START_ONLY = Set.of("name", "description", DURATION, STEP, SAMPLE, INITIAL_SOC, CELL_SPREAD, SEED,
            REMOTE_FUNCTION);
    /** Conditions that may change during the run (besides "load ID" and "charger ID"). */
    static final Set<String> CONDITIONS = Set.of("ambient", "engine", "alternator-voltage", "starter-voltage", "shore", "remote",
            "remote-h", "remote-l", "solar-peak", "sunrise", "sunset", "charge-voltage");
    static final Set<String> REMOTE_FUNCTIONS = Set.of("design", "disable-alternator-and-system", "disable-alternator-only",
            "switch-everything-off");

    private static final Pattern TIMED = Pattern.compile("^(?:(\\d+)d\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(.*)$");
    private static final Pattern QUANTITY = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\s*(\\S*)$");
    private static final Pattern DURATION_TEXT = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|min|m|h|d|y)?$");

    private final String source;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<Scenario.Change> changes = new ArrayList<>();

    private ScenarioParser(String source) {
        this.source = source;
    }

    /** Parses {@code text}; {@code source} names it in messages (a path or "built-in NAME"). */
    public static Scenario parse(String name, String source, String text) throws ScenarioException {
        ScenarioParser parser = new ScenarioParser(source);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(i + 1, lines[i]);
        }
        return new Scenario(parser.settings.getOrDefault("name", name), source, parser.settings, parser.changes);
    }

    private void line(int number, String raw) throws ScenarioException {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        double time = 0;
        Matcher timed = TIMED.matcher(line);
        boolean isTimed = timed.matches();
        if (isTimed) {
            time = clock(timed, number);
            line = timed.group(5).strip();
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw error(number, "'" + raw.strip() + "' is not a setting. Write 'key = value' or 'HH:MM key = value', for example 'ambient = 20 °C'.");
        }
        String key = line.substring(0, eq).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String value = line.substring(eq + 1).strip();
        if (value.isEmpty()) {
            throw error(number, "'" + key + "' has no value. Write a value after '='.");
        }
        if (START_ONLY.contains(key)) {
            if (isTimed) {
                throw error(number, "'" + key + "' holds for the whole run and cannot change at a time. Put it on a line without a time.");
            }
            checkStart(number, key, value);
            settings.put(key, value);
            return;
        }
        checkCondition(number, key, value);
        changes.add(new Scenario.Change(time, key, value, number));
    }

    private double clock(Matcher m, int number) throws ScenarioException {
        int days = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        int min = Integer.parseInt(m.group(3));
        int s = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h > 23 || min > 59 || s > 59) {
            throw error(number, "'" + m.group(2) + ":" + m.group(3) + (m.group(4) == null ? "" : ":" + m.group(4))
                    + "' is not a time of day. Use HH:MM or HH:MM:SS from 00:00 to 23:59:59, and '2d 05:00' for later days.");
        }
        return days * 86400.0 + h * 3600 + min * 60 + s;
    }

    private void checkStart(int number, String key, String value) throws ScenarioException {
        switch (key) {
            case DURATION, STEP, SAMPLE -> {
                double s = durationOrError(number, key, value);
                if (s <= 0) {
                    throw error(number, "'" + key + "' must be more than zero.");
                }
            }
            case INITIAL_SOC, CELL_SPREAD -> quantity(number, key, value, "%", 0, key.equals(CELL_SPREAD) ? 20 : 100);
            case SEED -> {
                if (!value.matches("-?\\d+")) {
                    throw error(number, "'seed' must be a whole number, for example 'seed = 7'.");
                }
            }
            case REMOTE_FUNCTION -> {
                if (!REMOTE_FUNCTIONS.contains(value)) {
                    throw error(number, "'" + value + "' is not a remote on/off function. Use one of " + String.join(", ", REMOTE_FUNCTIONS.stream().sorted().toList()) + ".");
                }
            }
            default -> {
                // name, description: free text
            }
        }
    }

    private void checkCondition(int number, String key, String value) throws ScenarioException {
        String[] words = key.split(" ");
        if (words.length == 2 && (words[0].equals("load") || words[0].equals("charger"))) {
            if (words[0].equals("load")) {
                loadValue(number, key, value);
            } else {
                quantity(number, key, value, "A", 0, 10000);
            }
            return;
        }
        switch (key) {
            case "ambient" -> quantity(number, key, value, "°C", -60, 90);
            case "alternator-voltage", "starter-voltage", "charge-voltage" -> quantity(number, key, value, "V", 0, 80);
            case "engine", "shore" -> onOff(number, key, value, "on", "off");
            case "remote" -> onOff(number, key, value, "closed", "open");
            case "remote-h", "remote-l" -> {
                if (!value.equals("open")) {
                    quantity(number, key, value, "V", -1, 80);
                }
            }
            case "solar-peak" -> quantity(number, key, value, "%", 0, 100);
            case "sunrise", "sunset" -> {
                if (!value.matches("\\d{1,2}:\\d{2}")) {
                    throw error(number, "'" + key + "' must be a time of day such as 06:30.");
                }
            }
            default -> throw error(number, "unknown setting '" + key + "'. Known: " + String.join(", ", known()) + ".");
        }
    }

    private static List<String> known() {
        List<String> all = new ArrayList<>(START_ONLY);
        all.addAll(CONDITIONS);
        all.add("load ID");
        all.add("charger ID");
        return all.stream().sorted().toList();
    }

    private void loadValue(int number, String key, String value) throws ScenarioException {
        Matcher m = QUANTITY.matcher(value);
        if (!m.matches() || !(m.group(2).equals("W") || m.group(2).equals("A"))) {
            throw error(number, "'" + key + " = " + value + "': a load is a power in W or a current in A, for example '" + key + " = 300 W'.");
        }
        if (Double.parseDouble(m.group(1)) < 0) {
            throw error(number, "'" + key + "' cannot be negative; a charger is set with 'charger ID = ... A'.");
        }
    }

    private double quantity(int number, String key, String value, String unit, double min, double max) throws ScenarioException {
        Matcher m = QUANTITY.matcher(value);
        String u = m.matches() ? m.group(2) : null;
        boolean unitOk = u != null && (u.equals(unit) || (unit.equals("°C") && (u.equals("C") || u.equals("degC"))));
        if (!unitOk) {
            throw error(number, "'" + key + " = " + value + "' needs a number in " + unit + ", for example '" + key + " = " + example(unit) + "'.");
        }
        double v = Double.parseDouble(m.group(1));
        if (v < min || v > max) {
            throw error(number, "'" + key + "' must be between " + fmt(min) + " and " + fmt(max) + " " + unit + "; it is " + value + ".");
        }
        return v;
    }

    private static String example(String unit) {
        return switch (unit) {
            case "°C" -> "20 °C";
            case "V" -> "14.4 V";
            case "%" -> "50 %";
            default -> "10 " + unit;
        };
    }

    private void onOff(int number, String key, String value, String on, String off) throws ScenarioException {
        if (!value.equals(on) && !value.equals(off)) {
            throw error(number, "'" + key + "' is '" + on + "' or '" + off + "', not '" + value + "'.");
        }
    }

    private double durationOrError(int number, String key, String value) throws ScenarioException {
        try {
            return seconds(value);
        } catch (IllegalArgumentException e) {
            throw error(number, "'" + key + " = " + value + "' is not a duration. Write for example 1s, 90s, 15min, 24h, 7d or 1y.");
        }
    }

    private ScenarioException error(int line, String message) {
        return new ScenarioException(source, line, message);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * A duration such as {@code 1s}, {@code 500ms}, {@code 15min}, {@code 24h}, {@code 7d} or {@code 1y}
     * (365 days), in seconds; a bare number is seconds.
     *
     * @throws IllegalArgumentException when the text is not a duration
     */
    public static double seconds(String text) {
        Matcher m = DURATION_TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> v / 1000;
            case "s", "sec" -> v;
            case "min", "m" -> v * 60;
            case "h" -> v * 3600;
            case "d" -> v * 86400;
            case "y" -> v * 365 * 86400;
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }

    /** The number of a checked quantity value ("20 °C" → 20). */
    static double number(String value) {
        Matcher m = QUANTITY.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity: " + value);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The unit of a checked quantity value ("300 W" → "W"). */
    static String unit(String value) {
        Matcher m = QUANTITY.matcher(value.strip());
        return m.matches() ? m.group(2) : "";
    }

    /** Seconds after midnight of a checked HH:MM value. */
    static double timeOfDay(String value) {
        String[] p = value.split(":");
        return Integer.parseInt(p[0]) * 3600.0 + Integer.parseInt(p[1]) * 60.0;
    }
}
