package io.cellwright.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.cellwright.ui.internal.emf.EmfContentProvider;
import io.cellwright.ui.internal.emf.EmfLabelProvider;

/**
 * The Outline view of a design editor: the design as a tree beside whichever page is in front (the
 * diagram, mostly). Selecting in it selects and reveals on the editor's page; the editor's selection,
 * wherever it was made, shows here too.
 */
final class DesignOutlinePage extends ContentOutlinePage {

    private final DesignEditor editor;
    private final ComposedAdapterFactory adapterFactory;
    private final Resource resource;
    /** True while the outline shows the editor's selection (which must not go back to the editor). */
    private boolean following;

    DesignOutlinePage(DesignEditor editor, ComposedAdapterFactory adapterFactory, Resource resource) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
        this.resource = resource;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new EmfContentProvider(adapterFactory));
        viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        follow(editor.getSite().getSelectionProvider().getSelection());
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (following || !(event.getSelection() instanceof IStructuredSelection selection)) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object element : selection) {
            if (element instanceof EObject object) {
                elements.add(object);
            }
        }
        editor.reveal(elements);
    }

    /** Shows the editor's selection. */
    void follow(ISelection selection) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        following = true;
        try {
            viewer.setSelection(selection, true);
        } finally {
            following = false;
        }
    }

    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }
}
