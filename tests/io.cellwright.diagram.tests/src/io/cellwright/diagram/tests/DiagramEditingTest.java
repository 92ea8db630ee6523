package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/** What a designer does in the diagram: palette, create, delete, move, resize, layout; each undoable. */
class DiagramEditingTest {

    @Test
    void thePaletteListsEveryCatalogProductInTheIssuesGroups() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        try (TestClient client = new TestClient(DesignSource.of(design, DiagramNotation.of(design)))) {
            client.send("""
                    {"kind":"requestContextActions","contextId":"tool-palette","editorContext":{"selectedElementIds":[]},"requestId":"p1"}""");
            JsonObject palette = TestClient.action(client.nextAction("setContextActions"));
            List<String> groups = new ArrayList<>();
            Set<String> products = new HashSet<>();
            for (JsonElement group : palette.getAsJsonArray("actions")) {
                groups.add(TestClient.str(group.getAsJsonObject(), "label"));
                for (JsonElement item : group.getAsJsonObject().getAsJsonArray("children")) {
                    String id = TestClient.str(item.getAsJsonObject(), "id");
                    if (id.startsWith("product:")) {
                        assertTrue(products.add(id), id + " is listed once");
                    }
                }
            }
            assertEquals(List.of("Connections", "BMS", "Batteries", "Chargers", "Inverters", "Loads", "Protection", "Monitoring",
                    "Cables and accessories"), groups);
            assertEquals(CatalogRegistry.getDefault().products().size(), products.size(), "every catalog product is in the palette");
        }
    }

    @Test
    void droppingAProductAddsAComponentWithANewIdWhereItWasDroppedAndUndoRemovesIt() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        ProductType charger = CatalogRegistry.getDefault().products().stream()
                .filter(p -> p.getCategory() == ProductCategory.BATTERY_CHARGER).findFirst().orElseThrow();
        DesignSource source = DesignSource.of(design, DiagramNotation.of(design));
        try (TestClient client = new TestClient(source)) {
            int before = design.getComponents().size();
            JsonObject root = client.operate(createNode(charger.getId(), 2000, 1500));
            assertEquals(before + 1, design.getComponents().size());
            ComponentInstance added = design.getComponents().get(before);
            assertEquals("charger-1", added.getId());
            assertEquals(charger.getName(), added.getName());
            assertEquals(charger.getTerminals().size(), added.getTerminals().size());
            JsonObject node = TestClient.element(root, "charger-1");
            assertNotNull(node, "the new component is drawn");
            assertEquals(2000, node.getAsJsonObject("position").get("x").getAsDouble(), 0.5, "at the drop location");
            assertEquals(1500, node.getAsJsonObject("position").get("y").getAsDouble(), 0.5);
            assertTrue(source.isDirty());

            client.operate(createNode(charger.getId(), 2000, 1500));
            assertEquals("charger-2", design.getComponents().get(before + 1).getId());
            assertEquals(charger.getName() + " 2", design.getComponents().get(before + 1).getName());
            Bounds first = source.notation().get("charger-1").orElseThrow();
            Bounds second = source.notation().get("charger-2").orElseThrow();
            assertFalse(first.overlaps(second), "the second drop on the same spot goes to a free place");

            client.send("{\"kind\":\"glspUndo\"}");
            client.send("{\"kind\":\"glspUndo\"}");
            client.nextAction("updateModel");
            client.root = TestClient.action(client.nextAction("updateModel")).getAsJsonObject("newRoot");
            assertEquals(before, design.getComponents().size());
            assertNull(TestClient.element(client.root, "charger-1"));
        }
    }

    @Test
    void deletingAComponentDeletesItsWiresAndLeavesASaveableDesign() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DesignSource source = DesignSource.of(design, DiagramNotation.of(design));
        int components = design.getComponents().size();
        int wires = design.getWires().size();
        long bmsWires = design.getWires().stream().filter(w -> w.getFrom().getComponent().getId().equals("bms")
                || w.getTo().getComponent().getId().equals("bms")).count();
        assertTrue(bmsWires > 0);
        try (TestClient client = new TestClient(source)) {
            JsonObject root = client.operate("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"bms\"]}");
            assertEquals(components - 1, design.getComponents().size());
            assertEquals(wires - bmsWires, design.getWires().size());
            assertNull(TestClient.element(root, "bms"));
            assertEquals(wires - bmsWires, TestClient.elements(root, WiringTypes.WIRE).size());
            Path file = Files.createTempFile("cw-deleted", ".cwdesign");
            DesignFiles.save(design, file);
            SystemDesign reopened = DesignFiles.load(file, CatalogRegistry.getDefault());
            assertEquals(components - 1, reopened.getComponents().size(), "saved without dangling references");
            assertTrue(design.getBatteryBanks().stream().flatMap(b -> b.getBmsCableChain().stream())
                    .allMatch(l -> l.getFrom() != null && l.getTo() != null), "BMS cable links to the deleted BMS are gone");
            assertTrue(design.getBatteryBanks().stream().allMatch(b -> b.getBms() == null), "the bank no longer names the deleted BMS");
            assertNotNull(io.cellwright.diagram.DesignMarkers.of(design), "the rules still run on what is left");

            String wire = design.getWires().get(0).getId();
            client.operate("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"" + wire + "\"]}");
            assertEquals(wires - bmsWires - 1, design.getWires().size(), "a wire alone is deleted");
            assertEquals(components - 1, design.getComponents().size(), "its components stay");

            client.operate("{\"kind\":\"glspUndo\"}");
            client.operate("{\"kind\":\"glspUndo\"}");
            assertEquals(components, design.getComponents().size());
            assertEquals(wires, design.getWires().size());
            assertNotNull(TestClient.element(client.root, "bms"), "undo brings the BMS back");
        }
    }

    @Test
    void movingAndResizingChangeTheNotationAndLayoutOnDemandIsOneUndoableStep() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DesignSource source = DesignSource.of(design, DiagramNotation.of(design));
        try (TestClient client = new TestClient(source)) {
            Bounds laidOut = source.notation().get("bms").orElseThrow();
            client.operate("""
                    {"kind":"changeBounds","isOperation":true,"newBounds":[{"elementId":"bms","newPosition":{"x":1234,"y":567},\
                    "newSize":{"width":%s,"height":%s}}]}""".formatted(laidOut.width(), laidOut.height()));
            assertEquals(new Bounds(1234, 567, laidOut.width(), laidOut.height()), source.notation().get("bms").orElseThrow());
            JsonObject node = TestClient.element(client.root, "bms");
            assertEquals(1234, node.getAsJsonObject("position").get("x").getAsDouble(), 0.5);

            client.operate("""
                    {"kind":"changeBounds","isOperation":true,"newBounds":[{"elementId":"bms","newPosition":{"x":1234,"y":567},\
                    "newSize":{"width":400,"height":300}}]}""");
            assertEquals(400, source.notation().get("bms").orElseThrow().width(), 0.01);
            Bounds systemPlus = source.notation().get("bms.system-plus").orElseThrow();
            assertTrue(systemPlus.x() >= 390, "a right-side terminal follows the new width: " + systemPlus);

            client.operate("{\"kind\":\"layout\",\"isOperation\":true,\"elementIds\":[]}");
            assertEquals(laidOut, source.notation().get("bms").orElseThrow(), "layout on demand puts it back");
            client.operate("{\"kind\":\"glspUndo\"}");
            assertEquals(new Bounds(1234, 567, 400, 300), source.notation().get("bms").orElseThrow(), "one undo undoes the layout");
            client.operate("{\"kind\":\"glspUndo\"}");
            client.operate("{\"kind\":\"glspUndo\"}");
            assertEquals(laidOut, source.notation().get("bms").orElseThrow());
            assertFalse(source.isDirty(), "back to the state it was opened in");
            assertNotEquals(null, node);
        }
    }

    private static String createNode(String productId, double x, double y) {
        return """
                {"kind":"createNode","isOperation":true,"elementTypeId":"%s","location":{"x":%s,"y":%s},"args":{"product":"%s"}}"""
                .formatted(WiringTypes.COMPONENT, x, y, productId);
    }
}
