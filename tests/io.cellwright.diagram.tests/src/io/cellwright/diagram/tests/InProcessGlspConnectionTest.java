package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.InProcessGlspConnection;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.SystemDesign;

/** The GLSP server runs in OSGi and answers a client's JSON-RPC messages without a socket. */
class InProcessGlspConnectionTest {

    private final BlockingQueue<JsonObject> toClient = new LinkedBlockingQueue<>();

    @Test
    void clientGetsTheLaidOutDiagramOfExample1() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = new DiagramNotation();
        try (InProcessGlspConnection connection = new InProcessGlspConnection(DesignSource.of(design, notation),
                json -> toClient.add(JsonParser.parseString(json).getAsJsonObject()))) {
            connection.receive("""
                    {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"test","protocolVersion":"1.0.0"}}""");
            JsonObject initialized = next(m -> m.has("id") && m.get("id").getAsInt() == 1);
            assertNotNull(initialized.get("result"), initialized.toString());

            connection.receive("""
                    {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"sprotty",\
                    "diagramType":"%s","clientActionKinds":["setModel","updateModel","setDirtyState","setEditMode","setMarkers","setTypeHints","status","message"]}}""".formatted(WiringTypes.DIAGRAM_TYPE));
            next(m -> m.has("id") && m.get("id").getAsInt() == 2);

            connection.receive("""
                    {"jsonrpc":"2.0","method":"process","params":{"clientId":"sprotty","action":{"kind":"requestModel",\
                    "options":{"sourceUri":"example1.cwdesign","diagramType":"%s"},"requestId":""}}}""".formatted(WiringTypes.DIAGRAM_TYPE));
            JsonObject setModel = next(m -> "process".equals(str(m, "method"))
                    && "setModel".equals(str(m.getAsJsonObject("params").getAsJsonObject("action"), "kind")));

            JsonObject root = setModel.getAsJsonObject("params").getAsJsonObject("action").getAsJsonObject("newRoot");
            Set<String> nodeIds = new HashSet<>();
            int edges = 0;
            for (JsonElement child : root.getAsJsonArray("children")) {
                JsonObject element = child.getAsJsonObject();
                if (WiringTypes.COMPONENT.equals(str(element, "type"))) {
                    nodeIds.add(str(element, "id"));
                    JsonObject position = element.getAsJsonObject("position");
                    assertNotNull(position, "node " + str(element, "id") + " is laid out");
                } else if (WiringTypes.WIRE.equals(str(element, "type"))) {
                    edges++;
                }
            }
            Set<String> componentIds = new HashSet<>();
            design.getComponents().forEach(c -> componentIds.add(c.getId()));
            assertEquals(componentIds, nodeIds);
            assertEquals(design.getWires().size(), edges);
            assertTrue(!notation.isEmpty(), "opening a design without notation lays it out");
        }
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
