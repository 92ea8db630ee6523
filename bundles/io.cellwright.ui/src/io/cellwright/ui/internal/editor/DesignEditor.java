package io.cellwright.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.custom.SashForm;
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
import org.eclipse.ui.ide.IGotoMarker;
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
import io.cellwright.ui.internal.validation.FindingsPanel;
import io.cellwright.ui.internal.validation.QuickFix;
import io.cellwright.ui.internal.validation.QuickFixes;
import io.cellwright.ui.internal.validation.ValidationJob;
import io.cellwright.ui.internal.validation.ValidationMarkers;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

/**
 * The design editor: the system as a tree (components with their terminals, wires, battery banks),
 * edited in the Properties view. Every change is an EMF command on one stack, so the workbench's
 * Undo/Redo and the dirty state follow it; saving is atomic ({@link DesignFiles#save}). A file that
 * cannot be read opens as a page that says why, and is never overwritten.
 * <p>
 * The design is validated when it opens, after every save, after a quick fix, after Undo and Redo and on
 * demand (Validate Design), in a background job. A workspace file gets Problems view markers; a file outside the workspace
 * lists its findings in a panel below the tree, since it has no resource to carry markers.
 */
public class DesignEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "io.cellwright.ui.editor.design";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Path file;
    private SystemDesign design;
    private String loadError;
    private TreeViewer viewer;
    private FindingsPanel findingsPanel;
    private ValidationJob validation;
    private int validationRun;
    private List<Finding> findings = List.of();
    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            domain.getCommandStack().undo();
            // Markers follow the model after an undo or redo, which often takes back a quick fix.
            validate();
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            domain.getCommandStack().redo();
            validate();
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
        Composite treeParent = parent;
        if (workspaceFile() == null) {
            SashForm sash = new SashForm(parent, SWT.VERTICAL);
            treeParent = sash;
        }
        viewer = new TreeViewer(treeParent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new EmfContentProvider(adapterFactory));
        viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
        viewer.setInput(design.eResource());
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
        if (treeParent instanceof SashForm sash) {
            findingsPanel = new FindingsPanel(sash, this::select, this::apply);
            sash.setWeights(75, 25);
        }
        validate();
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
            validate();
        } catch (DesignFileException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    /** The design file as a workspace resource, or null when it was opened from outside the workspace. */
    public IFile workspaceFile() {
        return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    /**
     * Validates the design as it is now in a background job (cancelling a run still going) and returns
     * the job; markers or the findings panel follow when it ends. Call on the display thread.
     */
    public ValidationJob validate() {
        if (design == null || viewer == null || viewer.getControl().isDisposed()) {
            return null;
        }
        if (validation != null) {
            validation.cancel();
        }
        int run = ++validationRun;
        validation = ValidationJob.of(design, getPartName(), workspaceFile(), found -> findingsArrived(run, found));
        validation.schedule();
        return validation;
    }

    private void findingsArrived(int run, List<Finding> found) {
        if (run != validationRun || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        findings = List.copyOf(found);
        String counts = counts(findings);
        getEditorSite().getActionBars().getStatusLineManager().setMessage(getPartName() + ": " + counts);
        if (findingsPanel != null) {
            findingsPanel.show(findings, counts);
        }
    }

    /** "2 errors, 1 warning" or "no problems found". */
    static String counts(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        if (findings.isEmpty()) {
            return "validated, no problems found";
        }
        StringBuilder text = new StringBuilder("validated: ");
        text.append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        if (infos > 0) {
            text.append(", ").append(infos).append(infos == 1 ? " note" : " notes");
        }
        return text.toString();
    }

    /** The findings of the last validation run that has finished, on the editor's own objects. */
    public List<Finding> getFindings() {
        return findings;
    }

    /** The findings list of a file outside the workspace, or null for a workspace file (it has markers). */
    public FindingsPanel getFindingsPanel() {
        return findingsPanel;
    }

    /** Selects and reveals {@code elements} in the tree. */
    public void select(List<EObject> elements) {
        if (viewer != null && !elements.isEmpty()) {
            viewer.setSelection(new StructuredSelection(elements), true);
            viewer.getControl().setFocus();
        }
    }

    private void gotoMarker(IMarker marker) {
        if (design != null) {
            select(ValidationMarkers.elements(marker, design));
        }
    }

    /** Executes {@code fix} on this editor's command stack and validates again. */
    public boolean apply(QuickFix fix) {
        boolean applied = fix.apply(domain);
        validate();
        return applied;
    }

    /**
     * Finds the finding of rule {@code ruleId} on the elements {@code elementIds} in the design as it is
     * now and applies its fix labelled {@code label}; false (and a new validation) when there is none.
     */
    public boolean applyQuickFix(String ruleId, List<String> elementIds, String label) {
        if (design == null) {
            return false;
        }
        for (Finding finding : Rules.validate(design).all()) {
            if (finding.ruleId().equals(ruleId) && ValidationMarkers.ids(finding).equals(elementIds)) {
                for (QuickFix fix : QuickFixes.of(finding)) {
                    if (fix.label().equals(label)) {
                        return apply(fix);
                    }
                }
            }
        }
        validate();
        return false;
    }

    private void refreshWorkspace() {
        IFile workspaceFile = workspaceFile();
        if (workspaceFile != null) {
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
        if (type == IGotoMarker.class) {
            return type.cast((IGotoMarker) this::gotoMarker);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (validation != null) {
            validation.cancel();
        }
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
