package io.cellwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.ui.DesignPerspective;
import io.cellwright.ui.internal.editor.DesignEditor;
import io.cellwright.ui.internal.wizards.BmsSelectorWizard;
import io.cellwright.validation.selector.BmsSelector;
import io.cellwright.validation.selector.Fit;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;
import io.cellwright.tests.support.Ui;

/** File → New → Design from the BMS Selector, opened over the CL 12/100 example, through to a new design. */
class BmsSelectorWizardTest {

    private final IWorkbenchPage page = Ui.window().getActivePage();
    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("selector");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Ui.run(() -> page.closeAllEditors(false));
        project.delete(true, true, null);
    }

    @org.junit.jupiter.api.AfterAll
    static void saveWorkspace() throws CoreException {
        ValidationTest.saveWorkspace();
    }

    @Test
    void theWizardIsInFileNew() {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(DesignPerspective.BMS_SELECTOR);
        assertNotNull(descriptor);
        assertEquals("Design from the BMS Selector", descriptor.getLabel());
        Ui.run(() -> assertTrue(List.of(page.getNewWizardShortcuts()).contains(DesignPerspective.BMS_SELECTOR)));
    }

    @Test
    void needsFromTheOpenDesignRankedModelsAndANewDesignWithTheChosenBms() throws Exception {
        Path example = ValidationTest.EXAMPLES.resolve("cl-12-100-alternator-starter.cwdesign");
        IFile file = project.getFile("starter.cwdesign");
        file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
        SystemNeeds expected = SystemNeeds.of(DesignFiles.load(example, CatalogRegistry.getDefault()));
        List<Recommendation> ranking = BmsSelector.recommend(expected, CatalogRegistry.getDefault());
        Recommendation first = ranking.get(0);
        assertEquals(Fit.RECOMMENDED, first.fit());

        IFile created = Ui.call(() -> {
            try {
                IDE.openEditor(page, file);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
            BmsSelectorWizard wizard = new BmsSelectorWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
            WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                assertEquals(expected, wizard.needsPage().needs(), "page 1 shows the needs of the open design");
                assertTrue(wizard.needsPage().prefilledFrom().contains("Smart BMS CL 12/100"), wizard.needsPage().prefilledFrom());
                assertTrue(checkbox(wizard.needsPage().getControl(), "An alternator charges the lithium battery").getSelection());
                assertFalse(wizard.canFinish());

                press(dialog, "Next >");
                var table = wizard.recommendationsPage().viewer().getTable();
                assertEquals(ranking.size(), table.getItemCount());
                for (int i = 0; i < ranking.size(); i++) {
                    assertEquals(ranking.get(i).model().getName(), table.getItem(i).getText(0), "row " + i);
                }
                assertEquals("Recommended", table.getItem(0).getText(1));
                assertEquals(first.model(), wizard.recommendationsPage().chosen().model(), "the best fit is chosen at first");

                press(dialog, "Next >");
                assertTrue(wizard.canFinish());
                press(dialog, "Finish");
                return wizard.created();
            } finally {
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    dialog.close();
                }
            }
        });
        assertNotNull(created);
        assertEquals("/selector/" + first.model().getId() + "-system.cwdesign", created.getFullPath().toString());
        SystemDesign design = DesignFiles.load(created.getLocation().toFile().toPath(), CatalogRegistry.getDefault());
        assertEquals(12.0, design.getNominalVoltage(), 1e-9);
        assertEquals(1, design.getComponents().size());
        assertEquals(first.model().getId(), design.getComponents().get(0).getType().getId());
        assertEquals(first.model().getTerminals().size(), design.getComponents().get(0).getTerminals().size());
        assertTrue(design.getComponents().get(0).getNotes().startsWith("Recommended by the BMS selector: "), design.getComponents().get(0).getNotes());
        Ui.run(() -> {
            DesignEditor editor = assertInstanceOf(DesignEditor.class, page.getActiveEditor());
            assertEquals(created, editor.workspaceFile());
        });
    }

    private static void press(WizardDialog dialog, String label) {
        Button button = all(dialog.getShell()).stream().filter(c -> c instanceof Button b && label.equals(b.getText().replace("&", "")))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static Button checkbox(Control root, String label) {
        return all(root).stream().filter(c -> c instanceof Button b && label.equals(b.getText())).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no check box " + label));
    }

    private static List<Control> all(Control root) {
        List<Control> all = new ArrayList<>();
        all.add(root);
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                all.addAll(all(child));
            }
        }
        return all;
    }
}
