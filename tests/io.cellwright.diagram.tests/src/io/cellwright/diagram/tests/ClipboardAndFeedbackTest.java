package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DesignClipboard;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/** Copy/paste of components with their wires, and the allowed/not allowed feedback while drawing a wire. */
class ClipboardAndFeedbackTest {

    @Test
    void copyingTwoBatteriesAndPastingAddsCopiesWithTheirWiresNewIdsAndAnOffset() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DesignSource source = DesignSource.of(design, DiagramNotation.of(design));
        int components = design.getComponents().size();
        int wires = design.getWires().size();
        try (TestClient client = new TestClient(source)) {
            client.send("""
                    {"kind":"requestClipboardData","editorContext":{"selectedElementIds":["bat1","bat2","w-bat-bms"]},"requestId":"c1"}""");
            JsonObject data = TestClient.action(client.nextAction("setClipboardData")).getAsJsonObject("clipboardData");
            String text = data.get(DesignClipboard.FORMAT).getAsString();
            assertTrue(text.contains("bat1") && text.contains("w-par-plus"), "the batteries and the wires between them are copied");
            assertFalse(text.contains("w-bat-bms"), "a wire to a component not copied is left out");

            JsonObject paste = new JsonObject();
            paste.addProperty("kind", "paste");
            paste.addProperty("isOperation", true);
            paste.add("clipboardData", data);
            paste.add("editorContext", com.google.gson.JsonParser.parseString("{\"selectedElementIds\":[]}"));
            JsonObject root = client.operate(paste.toString());

            assertEquals(components + 2, design.getComponents().size());
            assertEquals(wires + 2, design.getWires().size());
            ComponentInstance copy1 = design.getComponents().get(components);
            ComponentInstance bat1 = component(design, "bat1");
            assertEquals(bat1.getType(), copy1.getType(), "the copy is of the same catalog product");
            assertEquals(bat1.getName() + " 2", copy1.getName());
            assertNotNull(TestClient.element(root, copy1.getId()), "the copy is drawn");
            Bounds original = source.notation().get("bat1").orElseThrow();
            Bounds pasted = source.notation().get(copy1.getId()).orElseThrow();
            assertEquals(original.x() + DesignClipboard.OFFSET, pasted.x(), 0.01);
            assertEquals(original.y() + DesignClipboard.OFFSET, pasted.y(), 0.01);
            for (Wire wire : design.getWires().subList(wires, wires + 2)) {
                assertTrue(design.getComponents().subList(components, components + 2).contains(wire.getFrom().getComponent()),
                        wire.getId() + " joins the copies, not the originals");
            }
            Set<String> ids = new HashSet<>();
            design.eAllContents().forEachRemaining(o -> {
                if (o instanceof DesignElement e) {
                    assertTrue(ids.add(e.getId()), "id " + e.getId() + " is unique");
                }
            });
            Path file = Files.createTempFile("cw-paste", ".cwdesign");
            DesignFiles.save(design, file);
            assertEquals(components + 2, DesignFiles.load(file, CatalogRegistry.getDefault()).getComponents().size());

            client.operate("{\"kind\":\"glspUndo\"}");
            assertEquals(components, design.getComponents().size(), "one undo removes the pasted copies");
            assertEquals(wires, design.getWires().size());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "bms.load-disconnect, mp.dc-minus,      false",
            "bms.load-disconnect, mp.remote-in,     true",
            "bms.system-plus,     bat1.battery-minus, false",
            "bms.bms-cable-out,   bat1.bms-cable-in, false" })
    void whileDrawingAWireTheServerSaysWhichTerminalsMayEndIt(String from, String to, boolean allowed) throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        try (TestClient client = new TestClient(DesignSource.of(design, DiagramNotation.of(design)))) {
            client.send("""
                    {"kind":"requestCheckEdge","edgeType":"%s","sourceElementId":"%s","targetElementId":"%s","requestId":"e1"}"""
                    .formatted(WiringTypes.WIRE, from, to));
            JsonObject result = TestClient.action(client.nextAction("checkEdgeResult"));
            assertEquals(allowed, result.get("isValid").getAsBoolean(), from + " -> " + to);
        }
    }

    @Test
    void wiresAreDeclaredDynamicSoTheClientAsksWhileHovering() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        try (TestClient client = new TestClient(DesignSource.of(design, DiagramNotation.of(design)))) {
            client.send("{\"kind\":\"requestTypeHints\",\"requestId\":\"t1\"}");
            JsonObject hints = TestClient.action(client.nextAction("setTypeHints"));
            JsonObject wire = hints.getAsJsonArray("edgeHints").get(0).getAsJsonObject();
            assertEquals(WiringTypes.WIRE, TestClient.str(wire, "elementTypeId"));
            assertTrue(wire.get("dynamic").getAsBoolean(), wire.toString());
            assertTrue(wire.get("deletable").getAsBoolean());
        }
    }

    private static ComponentInstance component(SystemDesign design, String id) {
        return design.getComponents().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }
}
