package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.ConnectRules;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/** What a designer may connect in the diagram. */
class ConnectRulesTest {

    static Stream<Path> examples() throws Exception {
        return Files.list(WiringGraphTest.EXAMPLES).filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList().stream();
    }

    /** The rules must never refuse what the examples (from the manuals' system examples) wire. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyWireOfTheExamplesCouldHaveBeenDrawn(Path example) throws Exception {
        SystemDesign design = DesignFiles.load(example, CatalogRegistry.getDefault());
        for (Wire wire : design.getWires().toArray(Wire[]::new)) {
            design.getWires().remove(wire);
            try {
                assertEquals(Optional.empty(), ConnectRules.whyNot(design, wire.getFrom(), wire.getTo()),
                        example.getFileName() + " wire " + wire.getId());
            } finally {
                design.getWires().add(wire);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bms.system-plus     | bat1.battery-minus | short circuit",
            "bms.system-plus     | bms.load-disconnect | power terminal cannot be wired to a control terminal",
            "bms.bms-cable-out   | bat1.bms-cable-in  | BMS cable chain",
            "mppt.ve-direct      | mp.ve-bus          | different kinds of connection",
            "mppt.pv-plus        | bat1.battery-plus  | different kinds of connection",
            "mp.ac-out           | mp.dc-plus         | different kinds of connection",
            "bat1.battery-plus   | bat2.battery-plus  | already joins",
            "bms.pre-alarm       | bms.pre-alarm      | two different terminals" })
    void incompatibleTerminalsAreRefusedWithAReason(String from, String to, String reason) throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        Optional<String> why = ConnectRules.whyNot(design, terminal(design, from), terminal(design, to));
        assertTrue(why.isPresent() && why.get().contains(reason), from + " -> " + to + ": " + why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bms.load-disconnect | mp.remote-in",
            "bat1.battery-plus   | bat2.battery-minus",
            "shunt.shunt-system-minus | bat1.battery-minus" })
    void compatibleTerminalsMayBeWired(String from, String to) throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        assertEquals(Optional.empty(), ConnectRules.whyNot(design, terminal(design, from), terminal(design, to)));
    }

    static TerminalInstance terminal(SystemDesign design, String id) {
        return design.getComponents().stream().flatMap(c -> c.getTerminals().stream()).filter(t -> t.getId().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no terminal " + id));
    }
}
