package io.cellwright.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens around a design during a simulation: how long and in what steps it runs, the start
 * state, and the conditions over time (ambient temperature, engine, shore power, sun, loads, the
 * remote switch). Read from a scenario file ({@link ScenarioParser}) or one of the built-in ones
 * ({@link Scenarios}).
 *
 * <p>The start conditions are {@link #settings()}; each {@link Change} sets one of them again at its
 * time. Keys and values are kept as text here and checked by the parser, so a scenario prints back
 * the way it was written.
 */
public final class Scenario {

    /** One timed line: at {@code time} seconds, {@code key} takes {@code value}. {@code line} is the file line. */
    public record Change(double time, String key, String value, int line) {
    }

    private final String name;
    private final String source;
    private final Map<String, String> settings;
    private final List<Change> changes;

    public Scenario(String name, String source, Map<String, String> settings, List<Change> changes) {
        this.name = name;
        this.source = source;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> Double.compare(a.time(), b.time()));
        this.changes = List.copyOf(sorted);
    }

    /** The name (a built-in scenario's name, or the file name without extension). */
    public String name() {
        return name;
    }

    /** Where it came from (a file path or {@code built-in NAME}), for messages. */
    public String source() {
        return source;
    }

    /** The start settings, key to value as written (validated by the parser). */
    public Map<String, String> settings() {
        return settings;
    }

    /** The timed changes, in time order. */
    public List<Change> changes() {
        return changes;
    }

    /** The same scenario with some start settings replaced or added (for example a longer duration). */
    public Scenario with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        merged.putAll(overrides);
        return new Scenario(name, source, merged, changes);
    }

    /** Duration in seconds. */
    public double duration() {
        return ScenarioParser.seconds(settings.getOrDefault(ScenarioParser.DURATION, "24h"));
    }

    /** Fixed step in seconds. */
    public double step() {
        return ScenarioParser.seconds(settings.getOrDefault(ScenarioParser.STEP, "1s"));
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }
}
