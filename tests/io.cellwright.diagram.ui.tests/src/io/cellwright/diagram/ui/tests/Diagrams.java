package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.tests.support.Ui;

/** Opening diagrams and reading what the client rendered, for the UI tests. */
final class Diagrams {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    /** Rendered elements under the visible diagram only (sprotty keeps a hidden copy for measuring). */
    private static final String COUNT = "return document.querySelectorAll('#sprotty g.%s').length;";

    private Diagrams() {
    }

    /** Opens {@code file} with "Open With > Wiring Diagram" and waits until the client has drawn it. */
    static WiringDiagramEditor open(IWorkbenchPage page, Path file) throws InterruptedException {
        WiringDiagramEditor editor = assertInstanceOf(WiringDiagramEditor.class, Ui.call(() -> {
            try {
                return IDE.openEditor(page, file.toUri(), WiringDiagramEditor.ID, true);
            } catch (PartInitException e) {
                throw new AssertionError("could not open " + file + ": " + e.getMessage(), e);
            }
        }));
        waitUntil("the diagram of " + file.getFileName() + " is shown", () -> Ui.call(() -> editor.diagramPage().isShown()),
                () -> clientState(editor.browser()));
        return editor;
    }

    /** Runs a workbench command (Undo, Delete, Select All...) as the Edit menu or its key would. */
    static void execute(String commandId) {
        Ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (CommandException e) {
                throw new AssertionError(commandId + " could not run: " + e.getMessage(), e);
            }
        });
    }

    static int rendered(Browser browser, String cssClass) {
        return Ui.call(() -> ((Number) browser.evaluate(COUNT.formatted(cssClass))).intValue());
    }

    /** Waits up to 60 s until the client has drawn {@code expected} elements; returns the last count. */
    static int waitForRendered(Browser browser, String cssClass, int expected) throws InterruptedException {
        int count = -1;
        for (int i = 0; i < 600; i++) {
            count = rendered(browser, cssClass);
            if (count == expected) {
                return count;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("after 60 s the diagram shows " + count + " elements ." + cssClass + ", expected " + expected
                + "; client state: " + clientState(browser));
    }

    /** As {@link #waitForRendered}, fitting the whole diagram into view before each count. */
    static int waitForFittedRendered(Browser browser, String cssClass, int expected) throws InterruptedException {
        int count = -1;
        for (int i = 0; i < 300; i++) {
            js(browser, "cellwright.editor.fit(); return true;");
            Thread.sleep(100);
            count = rendered(browser, cssClass);
            if (count == expected) {
                return count;
            }
        }
        throw new AssertionError("after 30 s the fitted diagram shows " + count + " elements ." + cssClass + ", expected " + expected
                + "; client state: " + clientState(browser));
    }

    static Object js(Browser browser, String script) {
        return Ui.call(() -> browser.evaluate(script));
    }

    static String clientState(Browser browser) {
        return Ui.call(() -> browser == null ? "no browser" : String.valueOf(browser.evaluate(
                "return window.cellwright ? window.cellwright.state + ' ' + (window.cellwright.error || '') + ' problems: '"
                        + " + window.cellwright.problems.join('; ') + ' received: ' + window.cellwright.received.join(', ') : 'no client script';")));
    }

    /** Polls {@code condition} every 100 ms for up to 30 s; fails with {@code what} and the detail. */
    static void waitUntil(String what, BooleanSupplier condition, java.util.function.Supplier<String> detail) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not true after 30 s: " + what + "; " + detail.get());
    }
}
