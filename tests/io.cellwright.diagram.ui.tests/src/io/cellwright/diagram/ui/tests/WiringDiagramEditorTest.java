package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.diagram.WiringTypes;
import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/** The Wiring Diagram editor draws a design in the workbench: counted from what the browser rendered. */
class WiringDiagramEditorTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    /** Rendered elements under the visible diagram only (sprotty keeps a hidden copy for measuring). */
    private static final String COUNT = "return document.querySelectorAll('#sprotty g.%s').length;";

    private final IWorkbenchPage page = Ui.window().getActivePage();

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    void example1ShowsOneNodePerComponentAndOneEdgePerWire() throws Exception {
        Path file = EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign");
        WiringDiagramEditor editor = assertInstanceOf(WiringDiagramEditor.class, Ui.call(() -> open(file)));
        SystemDesign design = editor.design();
        Browser browser = Ui.call(editor::browser);

        int nodes = waitForRendered(browser, WiringTypes.CSS_COMPONENT, design.getComponents().size());
        int wires = waitForRendered(browser, WiringTypes.CSS_WIRE, design.getWires().size());

        assertEquals(design.getComponents().size(), nodes, "components drawn");
        assertEquals(design.getWires().size(), wires, "wires drawn");
        assertEquals("Wiring Diagram", Ui.call(() -> page.getWorkbenchWindow().getWorkbench().getEditorRegistry()
                .findEditor(WiringDiagramEditor.ID).getLabel()));
    }

    /**
     * Connecting two terminals in the client (the action the Wire tool sends, dispatched in the page)
     * adds a wire to the design through the editor's command stack, draws it, and makes the editor dirty;
     * connecting plus to minus is refused with the reason.
     */
    @Test
    void connectingTwoTerminalsAddsAWireToTheDesignAndDrawsIt(@TempDir Path dir) throws Exception {
        Path file = Files.copy(EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"), dir.resolve("example1.cwdesign"));
        WiringDiagramEditor editor = assertInstanceOf(WiringDiagramEditor.class, Ui.call(() -> open(file)));
        SystemDesign design = editor.design();
        Browser browser = Ui.call(editor::browser);
        int before = design.getWires().size();
        waitForRendered(browser, WiringTypes.CSS_WIRE, before);
        assertFalse(Ui.call(editor::isDirty));

        Ui.run(() -> browser.evaluate("""
                cellwright.dispatch({kind: 'createEdge', isOperation: true, elementTypeId: '%s',
                    sourceElementId: 'bms.load-disconnect', targetElementId: 'mp.remote-in', args: {}});
                return true;""".formatted(WiringTypes.WIRE)));

        assertEquals(before + 1, waitForRendered(browser, WiringTypes.CSS_WIRE, before + 1), "the new wire is drawn");
        Wire wire = Ui.call(() -> design.getWires().get(before));
        assertEquals("bms.load-disconnect", wire.getFrom().getId());
        assertEquals("mp.remote-in", wire.getTo().getId());
        assertTrue(Ui.call(editor::isDirty), "the editor has an unsaved change");
        assertTrue(Ui.call(() -> editor.editingDomain().getCommandStack().canUndo()), "the wire is one undoable command");

        Ui.run(() -> editor.doSave(null));
        assertFalse(Ui.call(editor::isDirty));
        assertTrue(Files.readString(file).contains("from=\"bms.load-disconnect\" to=\"mp.remote-in\""), "the saved design has the wire");

        // Plus to minus is refused: nothing is added, and the diagram's status line says why.
        Ui.run(() -> browser.evaluate("""
                cellwright.dispatch({kind: 'createEdge', isOperation: true, elementTypeId: '%s',
                    sourceElementId: 'bms.system-plus', targetElementId: 'bat1.battery-minus', args: {}});
                return true;""".formatted(WiringTypes.WIRE)));
        String shown = "";
        for (int i = 0; i < 100 && !shown.contains("short circuit"); i++) {
            Thread.sleep(100);
            shown = Ui.call(() -> String.valueOf(browser.evaluate(
                    "var m = document.querySelector('#sprotty_glsp\\\\.server\\\\.status\\\\.overlay .sprotty-status-message');"
                            + " return m ? m.textContent : '';")));
        }
        String status = Ui.call(() -> String.valueOf(browser.evaluate(
                "var s = document.querySelector('.sprotty-status'); return (s ? s.outerHTML : 'no status overlay') + ' problems: ' + cellwright.problems.join('; ') + ' received: ' + cellwright.received.join(', ');")));
        assertTrue(shown.contains("short circuit"), "the refusal is shown: " + shown + "\nstatus: " + status);
        assertEquals(before + 1, Ui.call(() -> design.getWires().size()), "nothing was added");
        assertFalse(Ui.call(editor::isDirty));
    }

    private IEditorPart open(Path file) {
        try {
            return IDE.openEditor(page, file.toUri(), WiringDiagramEditor.ID, true);
        } catch (PartInitException e) {
            throw new AssertionError("could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Waits up to 60 s until the client has drawn {@code expected} elements; returns the last count. */
    private static int waitForRendered(Browser browser, String cssClass, int expected) throws InterruptedException {
        int count = -1;
        String state = null;
        for (int i = 0; i < 600; i++) {
            count = Ui.call(() -> ((Number) browser.evaluate(COUNT.formatted(cssClass))).intValue());
            if (count == expected) {
                return count;
            }
            Thread.sleep(100);
        }
        state = Ui.call(() -> String.valueOf(browser.evaluate(
                "return window.cellwright ? window.cellwright.state + ' ' + (window.cellwright.error || '') + ' problems: '"
                        + " + window.cellwright.problems.join('; ') : 'no client script';")));
        throw new AssertionError("after 60 s the diagram shows " + count + " elements ." + cssClass + ", expected " + expected
                + "; client state: " + state);
    }
}
