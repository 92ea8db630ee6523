package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.DiagramNotation.Point;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.model.notation.Diagram;
import io.cellwright.validation.DesignValidator;

/** The notation is saved with the design as a second root and read back; files without one still open. */
class NotationFilesTest {

    private Path dir;

    @BeforeEach
    void newFolder() throws Exception {
        dir = Files.createTempDirectory("cw-notation");
    }

    static Stream<Path> examples() throws Exception {
        return ConnectRulesTest.examples();
    }

    /** Every example: no notation in the file; laid out, saved and reopened it has the same picture. */
    @ParameterizedTest
    @MethodSource("examples")
    void notationRoundTripsThroughTheDesignFile(Path example) throws Exception {
        SystemDesign design = DesignFiles.load(example, CatalogRegistry.getDefault());
        DiagramNotation notation = DiagramNotation.of(design);
        assertTrue(notation.isEmpty(), example.getFileName() + " has no notation yet");
        assertSame(notation, DiagramNotation.of(design), "one notation per design");
        // Placed without ELK (whose layout is tested elsewhere): shapes plus a two-point route per wire.
        FreePlaces.placeUnplaced(design, notation);
        for (Wire wire : design.getWires()) {
            Bounds a = notation.get(wire.getFrom().getComponent().getId()).orElseThrow();
            Bounds b = notation.get(wire.getTo().getComponent().getId()).orElseThrow();
            notation.putRoute(wire.getId(), List.of(new Point(a.x(), a.y()), new Point(b.x(), b.y())));
        }

        Path copy = dir.resolve(example.getFileName());
        DesignFiles.save(design, copy);
        String xml = Files.readString(copy);
        assertTrue(xml.contains("notation:Diagram"), "the file holds the diagram root");

        SystemDesign reopened = DesignFiles.load(copy, CatalogRegistry.getDefault());
        DiagramNotation read = DiagramNotation.of(reopened);
        assertFalse(read.isEmpty());
        for (ComponentInstance component : design.getComponents()) {
            assertEquals(notation.get(component.getId()), read.get(component.getId()), component.getId());
            for (TerminalInstance terminal : component.getTerminals()) {
                assertEquals(notation.get(terminal.getId()), read.get(terminal.getId()), terminal.getId());
            }
        }
        for (Wire wire : design.getWires()) {
            assertEquals(notation.route(wire.getId()), read.route(wire.getId()), wire.getId());
        }
        // The semantic model is untouched: same components and wires, same validation findings.
        assertEquals(design.getComponents().size(), reopened.getComponents().size());
        assertEquals(design.getWires().size(), reopened.getWires().size());
        assertEquals(messages(DesignFiles.load(example, CatalogRegistry.getDefault())), messages(reopened));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(copy), files.toList(), "no temporary file is left beside the design");
        }
    }

    @Test
    void savingAgainReplacesTheNotationAndKeepsOneDiagramRoot() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = DiagramNotation.of(design);
        WiringLayout.layout(design, notation);
        Path file = dir.resolve("d.cwdesign");
        DesignFiles.save(design, file);
        notation.put("bms", new DiagramNotation.Bounds(999, 555, 200, 100));
        DesignFiles.save(design, file);

        SystemDesign reopened = DesignFiles.load(file, CatalogRegistry.getDefault());
        assertEquals(new DiagramNotation.Bounds(999, 555, 200, 100), DiagramNotation.of(reopened).get("bms").orElseThrow());
        long diagrams = reopened.eResource().getContents().stream().filter(Diagram.class::isInstance).count();
        assertEquals(1, diagrams);
        assertSame(reopened, reopened.eResource().getContents().get(0), "the design stays the first root");
    }

    @Test
    void lookingAtANotationDoesNotChangeTheFile() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation.of(design).get("bms");
        assertEquals(1, design.eResource().getContents().size(), "no diagram root until the notation changes");
    }

    private static List<String> messages(SystemDesign design) {
        Diagnostic diagnostic = DesignValidator.diagnose(design);
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).sorted().toList();
    }
}
