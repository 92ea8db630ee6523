package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

class SimulateCommandTest {

    private static final String EXAMPLE = Path.of("../../examples/001-example-1-multiplus-compact-mppt.cwdesign").toAbsolutePath().normalize().toString();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsTheEventLogAndWritesTheSeries(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("night.csv");
        assertEquals(ExitCode.OK, run("simulate", EXAMPLE, "--scenario", "overnight", "--out", csv.toString()), err.toString());
        String log = out.toString();
        assertTrue(log.matches("(?s).*\\n\\d\\d:\\d\\d:\\d\\d pre-alarm ON \\(cell \\d of battery \\d at 3\\.\\d\\d V\\)\\n.*"), log);
        assertTrue(log.contains(" Load disconnect free floating"), log);
        assertTrue(log.contains("System+ port off → MultiPlus Compact 12/2000 OFF"), log);
        assertTrue(log.contains("Simulated 12.0 h of scenario 'overnight'"), log);
        assertEquals(12 * 360 + 1, Files.readAllLines(csv).size());
        assertEquals("", err.toString());
    }

    @Test
    void aBadScenarioFileNamesItsLine(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("bad.cwscenario");
        Files.writeString(scenario, "duration = 1h\nengine = maybe\n");
        assertEquals(ExitCode.INPUT, run("simulate", EXAMPLE, "--scenario", scenario.toString()));
        assertTrue(err.toString().contains("bad.cwscenario:2: 'engine' is 'on' or 'off', not 'maybe'."), err.toString());
    }

    @Test
    void aBadDurationIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("simulate", EXAMPLE, "--duration", "forever"));
        assertTrue(err.toString().contains("--duration forever is not a duration"), err.toString());
    }

    @Test
    void statsGiveTheBenchmarkFigures(@TempDir Path dir) {
        assertEquals(ExitCode.OK, run("simulate", EXAMPLE, "--scenario", "year", "--duration", "2d", "--events", dir.resolve("e.json").toString(), "--stats"),
                err.toString());
        assertTrue(out.toString().contains("simulated s per wall-clock s"), out.toString());
        assertTrue(out.toString().contains("peak heap"), out.toString());
    }
}
