package io.cellwright.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.simulation.CsvSeriesWriter;
import io.cellwright.simulation.JsonEventWriter;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;
import io.cellwright.simulation.ScenarioParser;
import io.cellwright.simulation.Scenarios;
import io.cellwright.simulation.Simulation;

/** Scenario files, the built-in scenarios on every example, and the streamed outputs. */
class ScenarioTest {

    static Stream<Object[]> examplesAndScenarios() throws Exception {
        return Files.list(Run.EXAMPLES).filter(f -> f.toString().endsWith(".cwdesign")).sorted()
                .flatMap(f -> Stream.of("overnight", "alternator", "cold-morning", "remote-off").map(s -> new Object[] { f.getFileName().toString(), s }));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndScenarios")
    void everyBuiltInScenarioRunsOnEveryExample(String example, String scenario) throws Exception {
        Run run = Run.of(Run.example(example.replace(".cwdesign", "")), Scenarios.builtIn(scenario));
        assertTrue(run.rows.size() > 10);
        assertTrue(run.rows.stream().allMatch(r -> r[1] > 10 && r[1] < 60), "bank voltage stays physical");
    }

    @Test
    void errorsNameTheLineAndWhatToWrite() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("x", "night.cwscenario", "duration = 2h\nambient = warm\n"));
        assertEquals("night.cwscenario:2: 'ambient = warm' needs a number in °C, for example 'ambient = 20 °C'.", e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("x", "a.cwscenario", "25:00 engine = on\n"));
        assertTrue(e.getMessage().startsWith("a.cwscenario:1: '25:00' is not a time of day."), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("x", "a.cwscenario", "# ok\n\nengine on\n"));
        assertTrue(e.getMessage().startsWith("a.cwscenario:3: 'engine on' is not a setting."), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("x", "a.cwscenario", "10:00 duration = 2h\n"));
        assertTrue(e.getMessage().contains("cannot change at a time"), e.getMessage());
    }

    @Test
    void aLoadNamedThatTheDesignLacksIsAnErrorListingTheLoads() throws Exception {
        Scenario s = ScenarioParser.parse("x", "a.cwscenario", "duration = 1h\n\nload fridge = 50 W\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Simulation.of(Run.example("001-example-1-multiplus-compact-mppt"), s));
        assertEquals("a.cwscenario:3: the design has no component 'fridge'. The loads of this design are: mp.", e.getMessage());
    }

    @Test
    void timedChangesApplyAtTheirTime() throws Exception {
        Run run = Run.of(Run.example("001-example-1-multiplus-compact-mppt"), "duration = 2d\nsample = 60s\nambient = 20 °C\n1d 06:00 ambient = 30 °C\n");
        assertEquals(20, run.at("ambient_C", 86400 + 6 * 3600 - 60), 1e-9);
        assertEquals(30, run.at("ambient_C", 86400 + 6 * 3600), 1e-9);
    }

    @Test
    void csvAndJsonEventsAreStreamedAndComplete(@TempDir Path dir) throws Exception {
        Simulation sim = Simulation.of(Run.example("001-example-1-multiplus-compact-mppt"), Scenarios.builtIn("overnight"));
        Path csv = dir.resolve("run.csv");
        Path json = dir.resolve("events.json");
        try (CsvSeriesWriter c = new CsvSeriesWriter(csv, sim.columns()); JsonEventWriter j = new JsonEventWriter(json)) {
            sim.run(new io.cellwright.simulation.SimulationOutput() {
                @Override
                public void sample(double t, double[] row) {
                    c.sample(t, row);
                }

                @Override
                public void event(io.cellwright.simulation.SimulationEvent e) {
                    j.event(e);
                }
            });
            c.commit();
            j.commit();
        }
        var lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("t_s,bank_V,bank_A,soc_pct,"), lines.get(0));
        assertEquals(12 * 3600 / 10 + 1, lines.size(), "a row every 10 s for 12 h, and the header");
        String events = Files.readString(json);
        assertTrue(events.contains("\"source\": \"Smart BMS 12-200\", \"signal\": \"pre-alarm\", \"value\": \"ON\", \"reason\": \"cell "), events);
        assertTrue(events.strip().endsWith("]"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary files left behind");
        }
    }
}
