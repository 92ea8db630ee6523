package io.cellwright.ui.internal.catalog;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.ui.internal.emf.CellwrightAdapterFactory;
import io.cellwright.ui.internal.emf.EmfContentProvider;
import io.cellwright.ui.internal.emf.EmfLabelProvider;
import io.cellwright.ui.internal.emf.EmfPropertySource;

/**
 * The installed catalogs to browse: products, their terminals, settings and facts, each fact with the
 * sources it cites. Read-only: catalogs are contributions, not user data.
 */
public class CatalogView extends ViewPart {

    public static final String ID = "io.cellwright.ui.views.catalog";

    private ComposedAdapterFactory adapterFactory;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        adapterFactory = CellwrightAdapterFactory.create();
        CatalogRegistry registry = CatalogRegistry.getDefault();
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new EmfContentProvider(adapterFactory));
        viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
        viewer.setInput(registry.catalogs());
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        if (!registry.problems().isEmpty()) {
            setContentDescription(registry.problems().size() + " catalog(s) could not be loaded: " + String.join(" ", registry.problems()));
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> EmfPropertySource.of(adapterFactory, object, true));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
