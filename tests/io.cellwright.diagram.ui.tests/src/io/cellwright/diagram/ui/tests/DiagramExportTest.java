package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.tests.support.Ui;

/** Export SVG / PNG from the editor writes the diagram as the client draws it. */
class DiagramExportTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private final IWorkbenchPage page = Ui.window().getActivePage();

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    void exportsSvgWithEveryComponentAndPng() throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        SystemDesign design = Ui.call(editor::design);

        Path svg = export(editor, "svg");
        String drawing = Files.readString(svg);
        assertTrue(drawing.startsWith("<svg") || drawing.contains("<svg"), drawing.substring(0, Math.min(200, drawing.length())));
        for (ComponentInstance component : Ui.call(() -> design.getComponents())) {
            assertTrue(drawing.contains(">" + component.getName() + "<"), component.getName() + " is in the SVG");
        }

        Path png = export(editor, "png");
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "a PNG file");
        assertTrue(bytes.length > 5_000, "a real picture, not an empty canvas: " + bytes.length + " bytes");
    }

    private Path export(WiringDiagramEditor editor, String format) throws InterruptedException {
        Path target = dir.resolve("diagram." + format);
        AtomicReference<String> outcome = new AtomicReference<>();
        Ui.run(() -> editor.diagramPage().export(format, target, message -> outcome.set(message == null ? "ok" : message)));
        Diagrams.waitUntil(format + " export finished", () -> outcome.get() != null, () -> "");
        assertNull("ok".equals(outcome.get()) ? null : outcome.get());
        return target;
    }
}
