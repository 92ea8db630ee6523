package io.cellwright.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

import io.cellwright.model.notation.Diagram;

/**
 * A JFace tree content provider over EMF.Edit item providers (what emf.edit.ui would give; that bundle
 * is not on Maven Central). The input may be a resource (its roots but the diagram notation), a
 * collection, or a single object.
 */
public class EmfContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    public EmfContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            // A design file's second root is the diagram's notation (positions, routes): not part of the design's tree.
            return resource.getContents().stream().filter(root -> !(root instanceof Diagram)).toArray();
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider p ? p.getElements(input).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p && p.hasChildren(element);
    }
}
