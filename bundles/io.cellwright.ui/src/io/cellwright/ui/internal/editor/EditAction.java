package io.cellwright.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Event;

/**
 * An Edit menu action of the design editor (Undo, Delete, Paste...) that runs once per key press. With
 * the keyboard in the diagram (SWT's WebKit browser on Linux), the workbench's key bindings receive each
 * key press twice, with the same time stamp (eclipse-platform/eclipse.platform.swt issue 1200), which
 * would undo two steps for one Ctrl+Z; the second delivery of the same press is ignored.
 */
final class EditAction extends Action {

    private static EditAction lastAction;
    private static int lastTime;

    private final Runnable body;

    EditAction(String text, Runnable body) {
        super(text);
        this.body = body;
    }

    @Override
    public void runWithEvent(Event event) {
        if (event != null && event.time != 0) {
            if (lastAction == this && lastTime == event.time) {
                return;
            }
            lastAction = this;
            lastTime = event.time;
        }
        run();
    }

    @Override
    public void run() {
        body.run();
    }
}
