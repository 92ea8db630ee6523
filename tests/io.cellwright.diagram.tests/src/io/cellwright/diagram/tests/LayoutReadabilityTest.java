package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.TerminalSides;
import io.cellwright.diagram.TerminalSides.ComponentRole;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

/**
 * Every example's automatic layout reads like the manual's system examples (001 §3.3): the bank at the
 * left, then BMS and shunt, switches and interface cables, then chargers, inverters and loads; no symbol
 * on another, no wire through a symbol it does not connect to, no terminal over a component's name, and
 * at most as many wire crossings as measured when the layout was tuned (a regression shows as more).
 */
class LayoutReadabilityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // example file,                                        crossings measured with ELK 0.12.1
        "001-example-1-multiplus-compact-mppt.cwdesign,          4",
        "001-example-2-multiplus-smart-batteryprotect.cwdesign,  4",
        "cl-12-100-alternator-starter.cwdesign,                  30",
        "lynx-smart-bms-24v.cwdesign,                            9",
        "smallbms-48v.cwdesign,                                  30",
        "vebus-bms-v2-multiplus-ii-gx.cwdesign,                  6",
    })
    void exampleIsLaidOutReadably(String file, int crossingsMeasured) throws Exception {
        SystemDesign design = DesignFiles.load(WiringGraphTest.EXAMPLES.resolve(file), CatalogRegistry.getDefault());
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);

        assertEquals(List.of(), LayoutMetrics.overlappingComponents(design, notation), "symbols on top of each other");
        assertEquals(List.of(), LayoutMetrics.wiresThroughComponents(design, notation), "wires through symbols they do not connect to");
        int crossings = LayoutMetrics.crossings(design, notation);
        assertTrue(crossings <= crossingsMeasured, file + ": " + crossings + " wire crossings, more than the " + crossingsMeasured + " measured");
        assertColumnsFollowThePowerPath(design, notation);
        assertTerminalsClearOfTheName(design, notation);
    }

    /** Each role's symbols lie entirely to the right of every symbol of an earlier role. */
    private static void assertColumnsFollowThePowerPath(SystemDesign design, DiagramNotation notation) {
        for (ComponentInstance a : design.getComponents()) {
            for (ComponentInstance b : design.getComponents()) {
                if (ComponentRole.of(a).ordinal() < ComponentRole.of(b).ordinal()) {
                    Bounds left = notation.get(a.getId()).orElseThrow();
                    Bounds right = notation.get(b.getId()).orElseThrow();
                    assertTrue(left.x() + left.width() < right.x(), a.getId() + " (" + ComponentRole.of(a) + ") " + left
                            + " is not left of " + b.getId() + " (" + ComponentRole.of(b) + ") " + right);
                }
            }
        }
    }

    /** Terminals on the left and right sides stay below the band at the top where the client draws the name. */
    private static void assertTerminalsClearOfTheName(SystemDesign design, DiagramNotation notation) {
        for (ComponentInstance component : design.getComponents()) {
            for (TerminalInstance terminal : component.getTerminals()) {
                switch (TerminalSides.sideOf(terminal)) {
                    case LEFT, RIGHT -> {
                        Bounds port = notation.get(terminal.getId()).orElseThrow();
                        assertTrue(port.y() >= 30, terminal.getId() + " at " + port + " covers the name of " + component.getId());
                    }
                    default -> { }
                }
            }
        }
    }
}
