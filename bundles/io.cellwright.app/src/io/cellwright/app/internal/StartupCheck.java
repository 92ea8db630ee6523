package io.cellwright.app.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Support for the product smoke test: started with {@code -Dcellwright.startupCheck=SECONDS}, the
 * workbench waits that long after start-up, prints one line saying what is on screen (window title,
 * perspective, views) and closes normally, so a script can launch the real product and check it.
 */
final class StartupCheck {

    static final String PROPERTY = "cellwright.startupCheck";
    static final String MARKER = "CELLWRIGHT-STARTUP-CHECK";

    private StartupCheck() {
    }

    static void scheduleIfRequested(IWorkbench workbench) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        int millis = (int) (Double.parseDouble(value.trim()) * 1000);
        workbench.getDisplay().timerExec(millis, () -> report(workbench));
    }

    private static void report(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        String perspective = page == null || page.getPerspective() == null ? "none" : page.getPerspective().getId();
        String views = page == null ? "" : Arrays.stream(page.getViewReferences())
                .map(IViewReference::getId).sorted().collect(Collectors.joining(","));
        String title = window == null ? "" : window.getShell().getText();
        System.out.println(MARKER + " title=" + title + " perspective=" + perspective + " views=" + views);
        System.out.flush();
        workbench.close();
    }
}
