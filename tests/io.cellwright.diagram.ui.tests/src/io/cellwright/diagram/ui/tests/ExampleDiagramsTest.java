package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.diagram.WiringTypes;
import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.tests.support.Ui;

/** Every example design opens as a diagram with one node per component and one edge per wire, as rendered. */
class ExampleDiagramsTest {

    private final IWorkbenchPage page = Ui.window().getActivePage();

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page.closeAllEditors(false));
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Diagrams.EXAMPLES)) {
            List<Path> designs = files.filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList();
            assertFalse(designs.isEmpty(), "no examples in " + Diagrams.EXAMPLES);
            return designs;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void drawsEveryComponentAndWire(Path example) throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, example);
        SystemDesign design = Ui.call(editor::design);
        Browser browser = Ui.call(editor::browser);
        long wires = Ui.call(() -> design.getWires().stream().filter(w -> w.getFrom() != null && w.getTo() != null).count());

        assertEquals(design.getComponents().size(), Diagrams.waitForRendered(browser, WiringTypes.CSS_COMPONENT, design.getComponents().size()),
                "components drawn for " + example.getFileName());
        assertEquals(wires, Diagrams.waitForRendered(browser, WiringTypes.CSS_WIRE, (int) wires), "wires drawn for " + example.getFileName());
        int terminals = Ui.call(() -> design.getComponents().stream().mapToInt(c -> c.getTerminals().size()).sum());
        assertEquals(terminals, Diagrams.rendered(browser, WiringTypes.CSS_TERMINAL), "terminals drawn for " + example.getFileName());
    }
}
