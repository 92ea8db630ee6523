package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.tests.support.Ui;

/** Selection goes both ways between the diagram and the workbench (Properties view, tree, Problems view). */
class DiagramSelectionTest {

    private static final String SELECTED_IN_DIAGRAM = "return JSON.stringify(cellwright.editor.selectedIds());";

    private final IWorkbenchPage page = Ui.window().getActivePage();

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    void selectingInTheDiagramSelectsTheDesignObjectsInTheWorkbench() throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        SystemDesign design = Ui.call(editor::design);
        Browser browser = Ui.call(editor::browser);
        ComponentInstance battery = component(design, "bat1");

        // What a click on the battery's box does in the client: a SelectAction.
        Diagrams.js(browser, "cellwright.dispatch({kind: 'elementSelected', selectedElementsIDs: ['bat1'], deselectedElementsIDs: [], deselectAll: true}); return true;");

        Diagrams.waitUntil("the workbench selection (what the Properties view shows) is the battery",
                () -> Ui.call(() -> page.getSelection() instanceof IStructuredSelection s && s.toList().equals(List.of(battery))),
                () -> String.valueOf(Ui.call(page::getSelection)));
        assertEquals(List.of(battery), Ui.call(() -> editor.getViewer().getStructuredSelection().toList()), "the tree follows");
    }

    @Test
    void selectingInTheWorkbenchSelectsAndRevealsInTheDiagram() throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        SystemDesign design = Ui.call(editor::design);
        Browser browser = Ui.call(editor::browser);
        ComponentInstance shunt = component(design, "shunt");

        // The way the Problems view (IGotoMarker), the findings list and the outline select.
        Ui.run(() -> editor.select(List.<EObject>of(shunt, design.getWires().get(0))));

        String expected = "[\"shunt\",\"" + Ui.call(() -> design.getWires().get(0).getId()) + "\"]";
        Diagrams.waitUntil("the diagram selects the shunt and the wire",
                () -> expected.equals(String.valueOf(Diagrams.js(browser, SELECTED_IN_DIAGRAM))),
                () -> String.valueOf(Diagrams.js(browser, SELECTED_IN_DIAGRAM)));

        // Switching to the tree keeps the selection, and back.
        Ui.run(() -> editor.showPage("Tree"));
        assertEquals(List.of(shunt, design.getWires().get(0)), Ui.call(() -> editor.getViewer().getStructuredSelection().toList()));
    }

    @Test
    void selectAllSelectsEveryComponentAndWire() throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        SystemDesign design = Ui.call(editor::design);

        Diagrams.execute(IWorkbenchCommandConstants.EDIT_SELECT_ALL);

        Set<EObject> expected = new HashSet<>(Ui.call(() -> design.getComponents()));
        expected.addAll(Ui.call(() -> design.getWires()));
        // Exactly those: not their terminals too (the Properties view shows nothing for a mixed selection).
        Diagrams.waitUntil("every component and wire is selected", () -> Ui.call(() -> new HashSet<>(editor.selectedElements()).equals(expected)),
                () -> Ui.call(() -> editor.selectedElements().size()) + " selected");
        assertEquals(expected.size(), Ui.call(() -> editor.selectedElements().size()));
    }

    @Test
    void theOutlineAndTheDiagramSelectEachOther() throws Exception {
        WiringDiagramEditor editor = Diagrams.open(page, Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        SystemDesign design = Ui.call(editor::design);
        Browser browser = Ui.call(editor::browser);
        ComponentInstance battery = component(design, "bat2");
        ComponentInstance multiPlus = component(design, "mp");
        Ui.run(() -> {
            try {
                page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        IContentOutlinePage outline = Ui.call(() -> editor.getAdapter(IContentOutlinePage.class));

        Ui.run(() -> outline.setSelection(new StructuredSelection(battery)));
        Diagrams.waitUntil("the diagram selects what the outline selected", () -> "[\"bat2\"]".equals(String.valueOf(Diagrams.js(browser, SELECTED_IN_DIAGRAM))),
                () -> String.valueOf(Diagrams.js(browser, SELECTED_IN_DIAGRAM)));

        Diagrams.js(browser, "cellwright.dispatch({kind: 'elementSelected', selectedElementsIDs: ['mp'], deselectedElementsIDs: [], deselectAll: true}); return true;");
        Diagrams.waitUntil("the outline shows what the diagram selected",
                () -> Ui.call(() -> ((IStructuredSelection) outline.getSelection()).toList().equals(List.of(multiPlus))),
                () -> String.valueOf(Ui.call(outline::getSelection)));
    }

    private static ComponentInstance component(SystemDesign design, String id) {
        return Ui.call(() -> design.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow());
    }
}
