package io.cellwright.app;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.cellwright.app.internal.CellwrightWorkbenchAdvisor;

/**
 * The Cellwright workbench application: one workbench window over a workspace (by default
 * {@code ~/Cellwright/workspace}, set in the product; {@code -data FOLDER} chooses another).
 */
public class CellwrightWorkbenchApplication implements IApplication {

    public static final String APP_NAME = "Cellwright";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display.setAppName(APP_NAME);
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        try {
            if (!lockWorkspace(display, workspace)) {
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new CellwrightWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (workspace != null && workspace.isLocked()) {
                workspace.release();
            }
            display.dispose();
        }
    }

    /**
     * Two workbenches on one workspace would corrupt it; the second one says so and stops instead.
     */
    private static boolean lockWorkspace(Display display, Location workspace) throws IOException {
        if (workspace == null) {
            MessageDialog.openError(null, APP_NAME,
                    "Cellwright needs a workspace folder, but it was started with -data @none. Start it without -data, or with -data FOLDER.");
            return false;
        }
        if (workspace.lock()) {
            return true;
        }
        String folder = workspace.getURL() == null ? "(unknown)" : workspace.getURL().getFile();
        MessageDialog.openError(null, APP_NAME, "The workspace " + folder
                + " is in use by another Cellwright window.\n\nClose that window first, or start Cellwright with -data FOLDER to use another workspace.");
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
