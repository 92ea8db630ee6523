package io.cellwright.tests.support;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Runs test code on the display thread and hands back its result or its failure; shared by the workbench
 * test bundles (ui, simulation.ui, diagram.ui).
 */
public final class Ui {

    private Ui() {
    }

    public static <T> T call(Supplier<T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(code.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    public static void run(Runnable code) {
        call(() -> {
            code.run();
            return null;
        });
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** The main window, once the workbench has opened it. */
    public static IWorkbenchWindow window() {
        for (int i = 0; i < 300; i++) {
            IWorkbenchWindow window = call(() -> {
                IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
                return windows.length == 0 || windows[0].getActivePage() == null ? null : windows[0];
            });
            if (window != null) {
                return window;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the workbench window did not open within 30 s");
    }
}
