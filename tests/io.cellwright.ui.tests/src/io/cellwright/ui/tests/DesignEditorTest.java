package io.cellwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.ui.internal.catalog.CatalogView;
import io.cellwright.ui.internal.editor.DesignEditor;
import io.cellwright.ui.internal.emf.CellwrightAdapterFactory;
import io.cellwright.ui.internal.emf.EmfPropertySource;
import io.cellwright.tests.support.Ui;

/** The design editor and the Catalog view in the running workbench. */
class DesignEditorTest {

    @TempDir
    Path dir;

    private final IWorkbenchPage page = Ui.window().getActivePage();

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page.closeAllEditors(false));
    }

    /** A BMS and a battery from the built-in catalog, wired Load disconnect to battery plus. */
    private Path writeDesign() throws Exception {
        Path file = dir.resolve("boat.cwdesign");
        DesignFactory f = DesignFactory.eINSTANCE;
        SystemDesign design = f.createSystemDesign();
        design.setId("boat");
        design.setName("Boat 12 V");
        var resource = DesignFiles.newResourceSet(CatalogRegistry.getDefault())
                .createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        resource.getContents().add(design);
        ComponentInstance bms = component(design, "bms", "smart-bms-12-200");
        ComponentInstance battery = component(design, "battery", "lfp-smart-12-8-200");
        Wire wire = f.createWire();
        wire.setId("w1");
        wire.setFrom(bms.getTerminals().get(0));
        wire.setTo(battery.getTerminals().get(0));
        design.getWires().add(wire);
        DesignFiles.save(design, file);
        return file;
    }

    private static ComponentInstance component(SystemDesign design, String id, String productId) {
        ComponentInstance component = Components.instantiate(CatalogRegistry.getDefault().product(productId).orElseThrow(), id);
        design.getComponents().add(component);
        return component;
    }

    private DesignEditor open(Path file) {
        return Ui.call(() -> {
            try {
                IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
                return assertInstanceOf(DesignEditor.class, editor);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aDesignOpensAsATreeOfItsSystem() throws Exception {
        DesignEditor editor = open(writeDesign());
        Ui.run(() -> {
            assertFalse(editor.isDirty());
            TreeItem root = editor.getViewer().getTree().getItem(0);
            assertEquals("Design Boat 12 V", root.getText());
            String children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList().toString();
            assertTrue(children.contains("bms: Smart BMS 12-200") && children.contains("battery: "), children);
            assertTrue(children.contains("bms.") && children.contains(" → battery."), children);
        });
    }

    @Test
    void anEditIsUndoableThroughTheWorkbenchAndSavedAtomically() throws Exception {
        Path file = writeDesign();
        DesignEditor editor = open(file);
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            Command rename = SetCommand.create(editor.getEditingDomain(), design, DesignPackage.Literals.DESIGN_ELEMENT__NAME, "Boat 12 V, rev B");
            editor.getEditingDomain().getCommandStack().execute(rename);
        });
        Ui.run(() -> {
            assertTrue(editor.isDirty());
            var undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertTrue(undo.isEnabled());
            assertTrue(undo.getText().startsWith("&Undo Set"), undo.getText());
            undo.run();
        });
        Ui.run(() -> {
            assertFalse(editor.isDirty());
            assertEquals("Boat 12 V", editor.getDesign().getName());
            editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        });
        Ui.run(() -> {
            assertTrue(editor.isDirty());
            editor.doSave(null);
            assertFalse(editor.isDirty());
        });
        assertTrue(Files.readString(file).contains("Boat 12 V, rev B"));
        assertEquals("Boat 12 V, rev B", DesignFiles.load(file, CatalogRegistry.getDefault()).getName());
    }

    @Test
    void thePropertiesOfAWireCarryUnitsAndEditThroughTheCommandStack() throws Exception {
        DesignEditor editor = open(writeDesign());
        Ui.run(() -> {
            Wire wire = editor.getDesign().getWires().get(0);
            EmfPropertySource source = EmfPropertySource.of(CellwrightAdapterFactory.create(), wire, false);
            IPropertyDescriptor crossSection = Arrays.stream(source.getPropertyDescriptors())
                    .filter(d -> d.getDisplayName().equals("Cross Section")).findFirst().orElseThrow();
            source.setPropertyValue(crossSection.getId(), "2.5");
            assertEquals(2.5, wire.getCrossSection(), 1e-9);
            assertEquals("2.5 mm²", crossSection.getLabelProvider().getText(source.getPropertyValue(crossSection.getId())));
            assertTrue(editor.isDirty() || editor.getEditingDomain().getCommandStack().canUndo());
            editor.getEditingDomain().getCommandStack().undo();
            assertFalse(wire.isSetCrossSection(), "undo restores the undecided cross-section");
        });
    }

    @Test
    void aBrokenFileOpensAsAnExplanationAndIsNotTouched() throws Exception {
        Path file = dir.resolve("broken.cwdesign");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<design:SystemDesign xmlns:design=\"http://cellwright.io/design/1.0\" formatVersion=\"1.0\">\n");
        byte[] before = Files.readAllBytes(file);
        DesignEditor editor = open(file);
        Ui.run(() -> {
            assertNotNull(editor.getLoadError());
            assertTrue(editor.getLoadError().startsWith(file.toString()), editor.getLoadError());
            assertFalse(editor.isDirty());
            editor.doSave(null);
        });
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void everyExampleDesignOpensInTheEditor() throws Exception {
        Path examples = Path.of("../../examples").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> list = Files.list(examples)) {
            files = list.filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList();
        }
        assertEquals(6, files.size(), "the six examples of examples/");
        for (Path file : files) {
            DesignEditor editor = open(file);
            Ui.run(() -> {
                assertEquals(null, editor.getLoadError(), file.toString());
                String root = editor.getViewer().getTree().getItem(0).getText();
                assertTrue(root.startsWith("Design "), file + ": " + root);
                assertTrue(editor.getViewer().getTree().getItem(0).getItemCount() > 3, file.toString());
            });
        }
    }

    @Test
    void theCatalogViewShowsTheInstalledCatalogs() {
        Ui.run(() -> {
            try {
                CatalogView view = (CatalogView) page.showView(CatalogView.ID);
                String items = Arrays.stream(view.getViewer().getTree().getItems()).map(TreeItem::getText).toList().toString();
                assertTrue(items.contains("victron") || items.contains("Victron"), items);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }
}
