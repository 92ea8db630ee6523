package io.cellwright.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The design editor's selection as the workbench sees it (Properties view, outline, handlers): the
 * selection of the page in front, whichever it is. Pages report to the editor, which sets it here.
 */
final class DesignSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Records {@code newSelection} and tells the listeners (no event when it did not change). */
    @Override
    public void setSelection(ISelection newSelection) {
        ISelection value = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        if (value.equals(selection)) {
            return;
        }
        selection = value;
        SelectionChangedEvent event = new SelectionChangedEvent(this, value);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
