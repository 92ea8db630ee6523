package io.cellwright.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in scenarios (shipped in this bundle's {@code scenarios/} folder) and scenario files.
 * Built-in scenarios work with every example design: loads are set with {@code load *}, which applies
 * to every load without a load current of its own in the design.
 */
public final class Scenarios {

    /** The built-in scenario names, in the order they are shown. */
    public static final List<String> BUILT_IN = List.of("overnight", "alternator", "cold-morning", "remote-off", "year");

    private Scenarios() {
    }

    /** A built-in scenario by name. */
    public static Scenario builtIn(String name) throws ScenarioException {
        if (!BUILT_IN.contains(name)) {
            throw new ScenarioException("built-in " + name, 0, "there is no built-in scenario '" + name + "'. Built in: " + String.join(", ", BUILT_IN)
                    + "; or give a scenario file (." + ScenarioParser.EXTENSION + ").");
        }
        try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name + "." + ScenarioParser.EXTENSION)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario " + name + " is missing from the bundle");
            }
            return ScenarioParser.parse(name, "built-in " + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + name, e);
        }
    }

    /** A built-in name, or a path to a scenario file. */
    public static Scenario load(String nameOrFile) throws ScenarioException {
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(nameOrFile, 0, "no such scenario file, and not a built-in scenario (" + String.join(", ", BUILT_IN) + ").");
        }
        try {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return ScenarioParser.parse(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, "cannot read it: " + e.getMessage() + ". Check the file's permissions.");
        }
    }
}
