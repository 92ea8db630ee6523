package io.cellwright.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BmsCableLink;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.ui.editor.DesignPage;
import io.cellwright.ui.editor.DesignPageHost;
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
 * The design editor: the pages other bundles contribute (the wiring diagram, extension point
 * {@code io.cellwright.ui.designPages}) followed by the system as a tree (components with their
 * terminals, wires, battery banks), edited in the Properties view. Every page and view changes the
 * design through EMF commands on this editor's one stack, so the workbench's Undo/Redo, Delete and the
 * dirty state follow all of them; saving is atomic ({@link DesignFiles#save}). A file that
 * cannot be read opens as a page that says why, and is never overwritten.
 * <p>
 * The design is validated when it opens, after every save, after a quick fix, after Undo and Redo and on
 * demand (Validate Design), in a background job. A workspace file gets Problems view markers; a file outside the workspace
 * lists its findings in a panel below the tree, since it has no resource to carry markers.
 */
public class DesignEditor extends MultiPageEditorPart implements IEditingDomainProvider, DesignPageHost {

    public static final String ID = "io.cellwright.ui.editor.design";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Path file;
    private SystemDesign design;
    private String loadError;
    private TreeViewer viewer;
    private int treePage = -1;
    /** The contributed page at each page index, null for the tree (and the error page). */
    private final List<DesignPage> pageAt = new ArrayList<>();
    private final DesignSelectionProvider selection = new DesignSelectionProvider();
    private DesignOutlinePage outline;
    private FindingsPanel findingsPanel;
    private ValidationJob validation;
    private int validationRun;
    private List<Finding> findings = List.of();
    private final Action undo = new EditAction("&Undo", () -> {
        domain.getCommandStack().undo();
        // Markers follow the model after an undo or redo, which often takes back a quick fix.
        validate();
    });
    private final Action redo = new EditAction("&Redo", () -> {
        domain.getCommandStack().redo();
        validate();
    });
    private final Action delete = new EditAction("&Delete", this::deleteSelection);
    private final Action selectAll = new EditAction("Select &All", this::selectAllOnActivePage);
    private final Action copy = new EditAction("&Copy", () -> {
        if (design != null) {
            DesignClipboard.copy(design, selectedElements());
        }
    });
    private final Action paste = new EditAction("&Paste", this::paste);
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final INotifyChangedListener modelListener = this::modelChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
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
    protected void createPages() {
        if (loadError != null) {
            addPage(createErrorPage(getContainer()));
            pageAt.add(null);
            return;
        }
        for (DesignPage page : DesignPages.create(this)) {
            addContributedPage(page);
        }
        createTreePage();
        getSite().setSelectionProvider(selection);
        selection.addSelectionChangedListener(event -> {
            if (outline != null) {
                outline.follow(event.getSelection());
            }
        });
        var actionBars = getEditorSite().getActionBars();
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        actionBars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        actionBars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        actionBars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        updateUndoRedo();
        validate();
    }

    private void addContributedPage(DesignPage page) {
        try {
            int index = addPage(page.createControl(getContainer()));
            setPageText(index, page.title());
            pageAt.add(page);
        } catch (RuntimeException e) {
            ILog.of(DesignEditor.class).error("The design editor page " + page.title() + " failed to open; the editor opens without it.", e);
            page.dispose();
        }
    }

    private void createTreePage() {
        Composite treeParent = getContainer();
        if (workspaceFile() == null) {
            treeParent = new SashForm(treeParent, SWT.VERTICAL);
        }
        viewer = new TreeViewer(treeParent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new EmfContentProvider(adapterFactory));
        viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
        viewer.setInput(design.eResource());
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(event -> {
            if (getActivePage() == treePage) {
                selection.setSelection(event.getSelection());
            }
        });
        if (treeParent instanceof SashForm sash) {
            findingsPanel = new FindingsPanel(sash, this::select, this::apply);
            sash.setWeights(75, 25);
        }
        treePage = addPage(treeParent == getContainer() ? viewer.getControl() : treeParent);
        setPageText(treePage, "Tree");
        pageAt.add(null);
    }

    /** The page in front takes over the selection the other page had. */
    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        List<EObject> selected = selectedElements();
        DesignPage page = contributedPage(newPageIndex);
        if (page != null) {
            if (!selected.isEmpty()) {
                page.select(selected);
            }
        } else if (newPageIndex == treePage && viewer != null) {
            viewer.setSelection(new StructuredSelection(selected), true);
        }
    }

    private DesignPage contributedPage(int index) {
        return index >= 0 && index < pageAt.size() ? pageAt.get(index) : null;
    }

    /** The design objects selected in the editor now (of the page in front). */
    public List<EObject> selectedElements() {
        List<EObject> elements = new ArrayList<>();
        if (selection.getSelection() instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof EObject object) {
                    elements.add(object);
                }
            }
        }
        return elements;
    }

    @Override
    public void pageSelectionChanged(DesignPage page, List<EObject> elements) {
        if (contributedPage(getActivePage()) != page) {
            return;
        }
        StructuredSelection newSelection = new StructuredSelection(elements);
        selection.setSelection(newSelection);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setSelection(newSelection, false);
        }
    }

    /**
     * Deletes the selected components, wires and battery banks (with the wires of the deleted
     * components' terminals) as one command; terminals belong to their component and stay.
     */
    void deleteSelection() {
        if (design == null) {
            return;
        }
        DesignPage page = contributedPage(getActivePage());
        Command pageCommand = page == null ? null : page.deleteCommand(selectedElements());
        if (pageCommand != null) {
            if (pageCommand.canExecute()) {
                domain.getCommandStack().execute(pageCommand);
                selection.setSelection(StructuredSelection.EMPTY);
            }
            return;
        }
        Set<EObject> doomed = new LinkedHashSet<>();
        for (EObject element : selectedElements()) {
            if (element instanceof ComponentInstance || element instanceof Wire || element instanceof BatteryBank) {
                doomed.add(element);
            }
        }
        for (Wire wire : design.getWires()) {
            if (touchesAny(wire.getFrom(), doomed) || touchesAny(wire.getTo(), doomed)) {
                doomed.add(wire);
            }
        }
        // A BMS cable link that would lose an end goes too: it would join nothing and fail to save.
        for (BatteryBank bank : design.getBatteryBanks()) {
            for (BmsCableLink link : bank.getBmsCableChain()) {
                if (touchesAny(link.getFrom(), doomed) || touchesAny(link.getTo(), doomed)) {
                    doomed.add(link);
                }
            }
        }
        if (doomed.isEmpty()) {
            return;
        }
        Command command = DeleteCommand.create(domain, doomed);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            selection.setSelection(StructuredSelection.EMPTY);
        }
    }

    private static boolean touchesAny(TerminalInstance terminal, Set<EObject> components) {
        return terminal != null && components.contains(terminal.getComponent());
    }

    /** Pastes the components last copied (in any design editor) and selects them. */
    private void paste() {
        DesignClipboard.Pasted paste = design == null ? null : DesignClipboard.paste(domain, design);
        if (paste == null) {
            return;
        }
        Command command = paste.command();
        // The pages that keep places (the diagram) place the copies in the same step of Undo.
        CompoundCommand step = new CompoundCommand(command.getLabel());
        step.append(command);
        for (DesignPage page : pageAt) {
            Command place = page == null ? null : page.placePasted(paste.ids());
            if (place != null) {
                step.append(place);
            }
        }
        if (!step.canExecute()) {
            return;
        }
        domain.getCommandStack().execute(step);
        StructuredSelection pasted = new StructuredSelection(new ArrayList<>(command.getAffectedObjects()));
        selection.setSelection(pasted);
        DesignPage page = contributedPage(getActivePage());
        if (page != null) {
            page.select(selectedElements());
        } else if (viewer != null) {
            viewer.setSelection(pasted, true);
        }
    }

    private void selectAllOnActivePage() {
        DesignPage page = contributedPage(getActivePage());
        if (page != null) {
            page.selectAll();
        } else if (viewer != null && getActivePage() == treePage) {
            viewer.getTree().selectAll();
            selection.setSelection(viewer.getStructuredSelection());
        }
    }

    private Control createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText("This design cannot be opened. The file has not been changed.");
        Text message = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        message.setText(loadError);
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return page;
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
            for (DesignPage page : pageAt) {
                if (page != null) {
                    page.designChanged();
                }
            }
        });
    }

    private void modelChanged(Notification notification) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh(true);
            }
            if (outline != null) {
                outline.refresh();
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

    /**
     * Selects and reveals {@code elements} on the page in front (the diagram or the tree); the tree
     * follows even when it is behind, so switching to it shows the same selection.
     */
    public void select(List<EObject> elements) {
        if (reveal(elements)) {
            DesignPage page = contributedPage(getActivePage());
            if (page != null) {
                page.setFocus();
            } else {
                viewer.getControl().setFocus();
            }
        }
    }

    /** {@link #select} without taking the focus (for the Outline view, which keeps it). */
    boolean reveal(List<EObject> elements) {
        if (viewer == null || elements.isEmpty()) {
            return false;
        }
        StructuredSelection newSelection = new StructuredSelection(elements);
        viewer.setSelection(newSelection, true);
        DesignPage page = contributedPage(getActivePage());
        if (page != null) {
            page.select(elements);
            selection.setSelection(newSelection);
        }
        return true;
    }

    /** Brings the page titled {@code title} to the front; false when the editor has none. */
    public boolean showPage(String title) {
        for (int i = 0; i < getPageCount(); i++) {
            if (title.equals(getPageText(i))) {
                setActivePage(i);
                return true;
            }
        }
        return false;
    }

    /** The contributed page of this type, or null when the editor has none (or the design did not load). */
    public <T extends DesignPage> T page(Class<T> type) {
        for (DesignPage page : pageAt) {
            if (type.isInstance(page)) {
                return type.cast(page);
            }
        }
        return null;
    }

    /** The titles of the editor's pages (tabs), in order. */
    public List<String> pageTitles() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < getPageCount(); i++) {
            titles.add(getPageText(i));
        }
        return titles;
    }

    /** The title of the page in front. */
    public String activePageTitle() {
        return getActivePage() < 0 ? null : getPageText(getActivePage());
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
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public SystemDesign design() {
        return design;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public IEditorPart editor() {
        return this;
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
        if (type == IContentOutlinePage.class && design != null) {
            // A closed Outline view disposed the last page; an opened one wants a new page.
            if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
                outline = new DesignOutlinePage(this, adapterFactory, design.eResource());
            }
            return type.cast(outline);
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
        for (DesignPage page : pageAt) {
            if (page != null) {
                page.dispose();
            }
        }
        if (adapterFactory != null) {
            adapterFactory.removeListener(modelListener);
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
