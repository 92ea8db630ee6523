package io.cellwright.diagram.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the wiring diagram of a design when the workbench starts, if the system property
 * {@value #PROPERTY} names a design file: {@code CELLWRIGHT_VMARGS=-Dcellwright.openDiagram=FILE cellwright}.
 * Used by the screenshot in docs/ and, later, by the product smoke test.
 */
public class OpenDiagramAtStartup implements IStartup {

    public static final String PROPERTY = "cellwright.openDiagram";

    @Override
    public void earlyStartup() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        Path file = Path.of(value).toAbsolutePath();
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            if (!Files.isRegularFile(file)) {
                ILog.of(OpenDiagramAtStartup.class).error(PROPERTY + "=" + value + ": no such design file.");
                return;
            }
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                IDE.openEditor(window.getActivePage(), file.toUri(), WiringDiagramEditor.ID, true);
            } catch (PartInitException e) {
                ILog.of(OpenDiagramAtStartup.class).error("Could not open the wiring diagram of " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
