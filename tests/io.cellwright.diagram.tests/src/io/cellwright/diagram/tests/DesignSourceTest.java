package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/** Diagram edits are EMF commands on the editor's stack, run on its model thread: one undo history. */
class DesignSourceTest {

    @Test
    void aMoveUndoesAndRedoesAndMakesTheDesignDirty() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = DiagramNotation.of(design);
        WiringLayout.layout(design, notation);
        Bounds before = notation.get("bms").orElseThrow();
        List<String> threads = new ArrayList<>();
        BasicCommandStack stack = new BasicCommandStack();
        DesignSource source = DesignSource.of(design, notation, stack, r -> {
            threads.add(Thread.currentThread().getName());
            r.run();
        });
        assertFalse(source.isDirty(), "laying out on open is not an edit");

        Bounds after = new Bounds(before.x() + 300, before.y() + 40, before.width(), before.height());
        source.execute(new DesignChange("Move", design, notation, () -> notation.put("bms", after)));
        assertEquals(after, notation.get("bms").orElseThrow());
        assertTrue(source.isDirty());
        assertTrue(source.canUndo());
        assertFalse(threads.isEmpty(), "the command ran through the model thread");

        source.undo();
        assertEquals(before, notation.get("bms").orElseThrow());
        assertFalse(source.isDirty(), "undone to the saved state");
        assertTrue(source.canRedo());
        source.redo();
        assertEquals(after, notation.get("bms").orElseThrow());
        stack.saveIsDone();
        assertFalse(source.isDirty());
    }

    @Test
    void addingAComponentAndItsPlaceIsOneUndoableStep() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = DiagramNotation.of(design);
        WiringLayout.layout(design, notation);
        DesignSource source = DesignSource.of(design, notation);
        ProductType bms = design.getComponents().stream().filter(c -> c.getId().equals("bms")).findFirst().orElseThrow().getType();
        int count = design.getComponents().size();

        source.execute(new DesignChange("Add", design, notation, () -> {
            ComponentInstance added = Components.instantiate(bms, "bms-2");
            design.getComponents().add(added);
            FreePlaces.placeNear(design, notation, added, 0, 0);
        }));
        assertEquals(count + 1, design.getComponents().size());
        Bounds placed = notation.get("bms-2").orElseThrow();
        for (ComponentInstance other : design.getComponents()) {
            if (!other.getId().equals("bms-2")) {
                assertFalse(placed.overlaps(notation.get(other.getId()).orElseThrow()), "bms-2 " + placed + " overlaps " + other.getId());
            }
        }
        assertTrue(notation.get("bms-2.system-plus").isPresent(), "its terminals are placed too");

        source.undo();
        assertEquals(count, design.getComponents().size());
        assertTrue(notation.get("bms-2").isEmpty(), "undo removes its place too");
        source.redo();
        assertEquals("bms-2", design.getComponents().get(count).getId());
        assertEquals(placed, notation.get("bms-2").orElseThrow());
    }

    @Test
    void aChangeThatFailsHalfWayLeavesTheDesignAsItWas() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = DiagramNotation.of(design);
        WiringLayout.layout(design, notation);
        Bounds before = notation.get("bms").orElseThrow();
        int wires = design.getWires().size();
        DesignChange failing = new DesignChange("Broken", design, notation, () -> {
            design.getWires().remove(0);
            notation.put("bms", new Bounds(1, 2, 3, 4));
            throw new IllegalStateException("simulated failure");
        });
        try {
            failing.execute();
            throw new AssertionError("the failure was swallowed");
        } catch (IllegalStateException expected) {
            assertEquals("simulated failure", expected.getMessage());
        }
        assertEquals(wires, design.getWires().size());
        assertEquals(before, notation.get("bms").orElseThrow());
    }

    @Test
    void componentsAddedOutsideTheDiagramGetAFreePlace() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);
        ProductType type = design.getComponents().get(0).getType();
        design.getComponents().add(Components.instantiate(type, "extra"));

        assertTrue(FreePlaces.placeUnplaced(design, notation));
        Bounds extra = notation.get("extra").orElseThrow();
        for (ComponentInstance other : design.getComponents()) {
            if (!other.getId().equals("extra")) {
                assertFalse(extra.overlaps(notation.get(other.getId()).orElseThrow()), other.getId());
            }
        }
        assertFalse(FreePlaces.placeUnplaced(design, notation), "nothing left to place");
        assertTrue(CatalogRegistry.getDefault() != null);
    }
}
