package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.InProcessGlspConnection;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/** The GLSP server runs in OSGi and answers a client's JSON-RPC messages without a socket. */
class InProcessGlspConnectionTest {

    private final BlockingQueue<JsonObject> toClient = new LinkedBlockingQueue<>();

    @Test
    void clientGetsTheLaidOutDiagramOfExample1() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = new DiagramNotation();
        try (InProcessGlspConnection connection = open(design, notation)) {
            JsonObject root = modelOf(next(m -> isAction(m, "setModel")), "newRoot");
            assertEquals(componentIds(design), idsOfType(root, WiringTypes.COMPONENT));
            assertEquals(design.getWires().size(), idsOfType(root, WiringTypes.WIRE).size());
            for (JsonElement child : root.getAsJsonArray("children")) {
                if (WiringTypes.COMPONENT.equals(str(child.getAsJsonObject(), "type"))) {
                    assertNotNull(child.getAsJsonObject().getAsJsonObject("position"), "node " + child + " is laid out");
                }
            }
            assertTrue(!notation.isEmpty(), "opening a design without notation lays it out");
        }
    }

    /** Every example opens as a diagram with every component drawn, none on top of another. */
    @ParameterizedTest
    @MethodSource("io.cellwright.diagram.tests.ConnectRulesTest#examples")
    void everyExampleOpensWithEveryComponentPlaced(Path example) throws Exception {
        SystemDesign design = DesignFiles.load(example, CatalogRegistry.getDefault());
        try (InProcessGlspConnection connection = open(design, DiagramNotation.of(design))) {
            JsonObject root = modelOf(next(m -> isAction(m, "setModel")), "newRoot");
            assertEquals(componentIds(design), idsOfType(root, WiringTypes.COMPONENT), example.getFileName().toString());
            List<double[]> boxes = new ArrayList<>();
            for (JsonElement child : root.getAsJsonArray("children")) {
                JsonObject node = child.getAsJsonObject();
                if (WiringTypes.COMPONENT.equals(str(node, "type"))) {
                    JsonObject p = node.getAsJsonObject("position");
                    JsonObject s = node.getAsJsonObject("size");
                    double[] box = { p.get("x").getAsDouble(), p.get("y").getAsDouble(), s.get("width").getAsDouble(), s.get("height").getAsDouble() };
                    for (double[] other : boxes) {
                        assertTrue(box[0] >= other[0] + other[2] || other[0] >= box[0] + box[2] || box[1] >= other[1] + other[3]
                                || other[1] >= box[1] + box[3], example.getFileName() + ": " + str(node, "id") + " overlaps another component");
                    }
                    boxes.add(box);
                }
            }
        }
    }

    @Test
    void connectingTwoCompatibleTerminalsAddsAWireAndRedrawsIt() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        int before = design.getWires().size();
        try (InProcessGlspConnection connection = open(design, new DiagramNotation())) {
            next(m -> isAction(m, "setModel"));
            createEdge(connection, "bms.load-disconnect", "mp.remote-in");
            JsonObject root = modelOf(next(m -> isAction(m, "updateModel") || isAction(m, "setModel")), "newRoot");

            assertEquals(before + 1, design.getWires().size());
            Wire wire = design.getWires().get(before);
            assertEquals("bms.load-disconnect", wire.getFrom().getId());
            assertEquals("mp.remote-in", wire.getTo().getId());
            assertTrue(idsOfType(root, WiringTypes.WIRE).contains(wire.getId()), "the new wire is drawn");
        }
    }

    @Test
    void connectingPlusToMinusIsRefusedWithTheReason() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        int before = design.getWires().size();
        try (InProcessGlspConnection connection = open(design, new DiagramNotation())) {
            next(m -> isAction(m, "setModel"));
            createEdge(connection, "bms.system-plus", "bat1.battery-minus");
            JsonObject message = next(m -> isAction(m, "message")).getAsJsonObject("params").getAsJsonObject("action");
            assertEquals("ERROR", str(message, "severity").toUpperCase(java.util.Locale.ROOT));
            assertTrue(str(message, "message").contains("short circuit"), message.toString());
            assertEquals(before, design.getWires().size(), "nothing was added");
        }
    }

    @Test
    void undoAndRedoFromTheDiagramWalkTheDesignsHistory() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        int before = design.getWires().size();
        try (InProcessGlspConnection connection = open(design, new DiagramNotation())) {
            next(m -> isAction(m, "setModel"));
            createEdge(connection, "bms.load-disconnect", "mp.remote-in");
            next(m -> isAction(m, "updateModel"));
            JsonObject dirty = next(m -> isAction(m, "setDirtyState")).getAsJsonObject("params").getAsJsonObject("action");
            assertTrue(dirty.get("isDirty").getAsBoolean(), dirty.toString());

            action(connection, "{\"kind\":\"glspUndo\"}");
            JsonObject undone = modelOf(next(m -> isAction(m, "updateModel")), "newRoot");
            assertEquals(before, design.getWires().size(), "undo removed the wire");
            assertEquals(before, idsOfType(undone, WiringTypes.WIRE).size());

            action(connection, "{\"kind\":\"glspRedo\"}");
            JsonObject redone = modelOf(next(m -> isAction(m, "updateModel")), "newRoot");
            assertEquals(before + 1, design.getWires().size(), "redo drew it again");
            assertEquals(before + 1, idsOfType(redone, WiringTypes.WIRE).size());
        }
    }

    @Test
    void aComponentAddedOutsideTheDiagramIsDrawnAfterModelChanged() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        try (InProcessGlspConnection connection = open(design, new DiagramNotation())) {
            next(m -> isAction(m, "setModel"));
            design.getComponents().add(io.cellwright.design.Components.instantiate(design.getComponents().get(0).getType(), "added"));
            connection.modelChanged().get(20, TimeUnit.SECONDS);
            JsonObject root = modelOf(next(m -> isAction(m, "updateModel")), "newRoot");
            assertEquals(componentIds(design), idsOfType(root, WiringTypes.COMPONENT));
        }
    }

    private static void action(InProcessGlspConnection connection, String action) {
        connection.receive("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"sprotty","action":%s}}""".formatted(action));
    }

    /** A client session as the diagram client opens it: initialize, session, request the model. */
    private InProcessGlspConnection open(SystemDesign design, DiagramNotation notation) throws InterruptedException {
        InProcessGlspConnection connection = new InProcessGlspConnection(DesignSource.of(design, notation),
                json -> toClient.add(JsonParser.parseString(json).getAsJsonObject()));
        connection.receive("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"test","protocolVersion":"1.0.0"}}""");
        JsonObject initialized = next(m -> m.has("id") && m.get("id").getAsInt() == 1);
        assertNotNull(initialized.get("result"), initialized.toString());
        connection.receive("""
                {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"sprotty",\
                "diagramType":"%s","clientActionKinds":["setModel","updateModel","setDirtyState","setEditMode","setMarkers",\
                "setTypeHints","status","message"]}}""".formatted(WiringTypes.DIAGRAM_TYPE));
        next(m -> m.has("id") && m.get("id").getAsInt() == 2);
        connection.receive("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"sprotty","action":{"kind":"requestModel",\
                "options":{"sourceUri":"example1.cwdesign","diagramType":"%s"},"requestId":""}}}""".formatted(WiringTypes.DIAGRAM_TYPE));
        return connection;
    }

    private static void createEdge(InProcessGlspConnection connection, String from, String to) {
        connection.receive("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"sprotty","action":{"kind":"createEdge",\
                "isOperation":true,"elementTypeId":"%s","sourceElementId":"%s","targetElementId":"%s","args":{}}}}"""
                .formatted(WiringTypes.WIRE, from, to));
    }

    private static boolean isAction(JsonObject message, String kind) {
        return "process".equals(str(message, "method")) && kind.equals(str(message.getAsJsonObject("params").getAsJsonObject("action"), "kind"));
    }

    private static JsonObject modelOf(JsonObject message, String member) {
        return message.getAsJsonObject("params").getAsJsonObject("action").getAsJsonObject(member);
    }

    private static Set<String> idsOfType(JsonObject root, String type) {
        Set<String> ids = new HashSet<>();
        for (JsonElement child : root.getAsJsonArray("children")) {
            if (type.equals(str(child.getAsJsonObject(), "type"))) {
                ids.add(str(child.getAsJsonObject(), "id"));
            }
        }
        return ids;
    }

    private static Set<String> componentIds(SystemDesign design) {
        Set<String> ids = new HashSet<>();
        design.getComponents().forEach(c -> ids.add(c.getId()));
        return ids;
    }

    private static String str(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private JsonObject next(java.util.function.Predicate<JsonObject> wanted) throws InterruptedException {
        JsonArray seen = new JsonArray();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonObject message = toClient.poll(200, TimeUnit.MILLISECONDS);
            if (message == null) {
                continue;
            }
            if (message.has("error")) {
                throw new AssertionError("server answered with an error: " + message);
            }
            if (wanted.test(message)) {
                return message;
            }
            seen.add(message);
        }
        throw new AssertionError("no such message from the server within 20 s; got " + seen);
    }
}
