package io.cellwright.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.ui.internal.emf.CellwrightAdapterFactory;
import io.cellwright.ui.internal.emf.EmfContentProvider;
import io.cellwright.ui.internal.emf.EmfLabelProvider;
import io.cellwright.ui.internal.emf.EmfPropertySource;

/**
 * The design editor: the system as a tree (components with their terminals, wires, battery banks),
 * edited in the Properties view. Every change is an EMF command on one stack, so the workbench's
 * Undo/Redo and the dirty state follow it; saving is atomic ({@link DesignFiles#save}). A file that
 * cannot be read opens as a page that says why, and is never overwritten.
 */
public class DesignEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "io.cellwright.ui.editor.design";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Path file;
    private SystemDesign design;
    private String loadError;
    private TreeViewer viewer;
    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final INotifyChangedListener modelListener = this::modelChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = pathOf(input);
        if (file == null) {
            throw new PartInitException("Cellwright opens design files on a local disk; " + input.getName() + " is not one.");
        }
        setPartName(input.getName());
        adapterFactory = CellwrightAdapterFactory.create();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, DesignFiles.newResourceSet(CatalogRegistry.getDefault()));
        // Lets property descriptors find this domain, so edits in the Properties view are commands too.
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        try {
            design = DesignFiles.load(file, domain.getResourceSet());
        } catch (DesignFileException e) {
            loadError = e.getMessage();
        }
        stack.addCommandStackListener(stackListener);
        adapterFactory.addListener(modelListener);
    }

    static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            createErrorPage(parent);
            return;
        }
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new EmfContentProvider(adapterFactory));
        viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
        viewer.setInput(design.eResource());
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText("This design cannot be opened. The file has not been changed.");
        Text message = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        message.setText(loadError);
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
        });
    }

    private void modelChanged(Notification notification) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh(true);
            }
        });
    }

    private void updateUndoRedo() {
        CommandStack stack = domain.getCommandStack();
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "&Undo " + stack.getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "&Redo " + stack.getRedoCommand().getLabel() : "&Redo");
        getEditorSite().getActionBars().updateActionBars();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (design == null) {
            return;
        }
        try {
            DesignFiles.save(design, file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            refreshWorkspace();
        } catch (DesignFileException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    private void refreshWorkspace() {
        if (getEditorInput() instanceof IFileEditorInput input) {
            IFile workspaceFile = input.getFile();
            try {
                workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                ILog.of(DesignEditor.class).warn("Refreshing " + workspaceFile.getFullPath() + " after save failed", e);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // Designs are saved in place; copy the file in the Project Explorer to make a variant.
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The loaded design, or null when the file could not be read. */
    public SystemDesign getDesign() {
        return design;
    }

    /** Why the file could not be read, or null. */
    public String getLoadError() {
        return loadError;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && design != null) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> EmfPropertySource.of(adapterFactory, object, false));
            return type.cast(page);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.removeListener(modelListener);
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
