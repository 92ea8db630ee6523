package io.cellwright.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.design.CatalogUse;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.ui.internal.editor.DesignEditor;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;

/**
 * File → New → Design from the BMS Selector: the system's needs (prefilled from the open design, if
 * any), the BMS models ranked for them with their reasons (the selector of io.cellwright.validation, the
 * same as {@code cellwright recommend}), and a new design file that starts with the chosen BMS, the
 * system voltage and, in its notes, the needs and the reasons. It opens in the design editor.
 */
public class BmsSelectorWizard extends Wizard implements INewWizard {

    public static final String ID = "io.cellwright.ui.wizards.bmsSelector";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private NeedsPage needsPage;
    private RecommendationsPage recommendationsPage;
    private WizardNewFileCreationPage filePage;
    private IFile created;

    public BmsSelectorWizard() {
        setWindowTitle("BMS Selector");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        SystemNeeds.Builder initial = SystemNeeds.builder().systemVoltage(12);
        String from = null;
        SystemDesign design = activeDesign();
        if (design != null) {
            initial = SystemNeeds.from(design);
            from = "the design '" + (design.getName() == null ? design.getId() : design.getName()) + "'";
        }
        needsPage = new NeedsPage(initial, from);
        recommendationsPage = new RecommendationsPage(needsPage);
        filePage = new WizardNewFileCreationPage("file", selection == null ? StructuredSelection.EMPTY : selection) {
            @Override
            public void setVisible(boolean visible) {
                Recommendation chosen = recommendationsPage.chosen();
                if (visible && chosen != null && getFileName().isEmpty()) {
                    setFileName(chosen.model().getId() + "-system." + DesignFiles.EXTENSION);
                }
                super.setVisible(visible);
            }
        };
        filePage.setTitle("New design");
        filePage.setDescription("Where the new design with the chosen BMS goes (a folder of a project in the workspace).");
        filePage.setFileExtension(DesignFiles.EXTENSION);
        addPage(needsPage);
        addPage(recommendationsPage);
        addPage(filePage);
    }

    /** The design of the active design editor, if the wizard was opened over one. */
    private SystemDesign activeDesign() {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page != null && page.getActiveEditor() instanceof DesignEditor editor ? editor.getDesign() : null;
    }

    @Override
    public boolean canFinish() {
        return recommendationsPage.chosen() != null && recommendationsPage.isPageComplete() && filePage.isPageComplete()
                && getContainer().getCurrentPage() == filePage;
    }

    @Override
    public boolean performFinish() {
        Recommendation chosen = recommendationsPage.chosen();
        SystemNeeds needs = needsPage.needs();
        IFile file = filePage.createNewFile();
        if (file == null || file.getLocation() == null) {
            return false;
        }
        try {
            DesignFiles.save(newDesign(idOf(file), chosen, needs), Path.of(file.getLocation().toOSString()));
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (DesignFileException | CoreException e) {
            MessageDialog.openError(getShell(), "BMS Selector", file.getFullPath() + " could not be written: " + e.getMessage());
            return false;
        }
        created = file;
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                IDE.openEditor(window.getActivePage(), file, DesignEditor.ID, true);
            } catch (PartInitException e) {
                MessageDialog.openError(getShell(), "BMS Selector", file.getFullPath() + " was created but could not be opened: " + e.getMessage());
            }
        }
        return true;
    }

    /** A design holding the chosen BMS (id "bms"), the system voltage, and why this BMS was chosen. */
    static SystemDesign newDesign(String id, Recommendation chosen, SystemNeeds needs) {
        SystemDesign design = DesignFactory.eINSTANCE.createSystemDesign();
        design.setId(id);
        design.setName(chosen.model().getName() + " system");
        design.setFormatVersion(DesignFiles.FORMAT_VERSION);
        design.setNominalVoltage(needs.systemVoltage());
        design.setNotes("Started with the BMS selector for " + needs.describe() + ".");
        Catalog catalog = CatalogRegistry.catalogOf(chosen.model());
        if (catalog != null) {
            CatalogUse use = DesignFactory.eINSTANCE.createCatalogUse();
            use.setCatalogId(catalog.getId());
            use.setVersion(catalog.getVersion());
            design.getCatalogs().add(use);
        }
        ComponentInstance bms = Components.instantiate(chosen.model(), "bms");
        bms.setNotes(RecommendationsPage.label(chosen.fit()) + " by the BMS selector: " + String.join(" ", chosen.reasons()));
        design.getComponents().add(bms);
        return design;
    }

    private static String idOf(IFile file) {
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "system" : id;
    }

    /** The design file Finish created, or null. */
    public IFile created() {
        return created;
    }

    public NeedsPage needsPage() {
        return needsPage;
    }

    public RecommendationsPage recommendationsPage() {
        return recommendationsPage;
    }
}
