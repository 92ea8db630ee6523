package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.InProcessGlspConnection;
import io.cellwright.diagram.WiringTypes;

/** A diagram client as the browser's GLSP client talks to the server: JSON-RPC messages, in process. */
final class TestClient implements AutoCloseable {

    private final BlockingQueue<JsonObject> toClient = new LinkedBlockingQueue<>();
    final InProcessGlspConnection connection;
    /** The graph of the last setModel or updateModel seen. */
    JsonObject root;

    TestClient(DesignSource source) throws InterruptedException {
        connection = new InProcessGlspConnection(source, json -> toClient.add(JsonParser.parseString(json).getAsJsonObject()));
        connection.receive("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"test","protocolVersion":"1.0.0"}}""");
        next(m -> m.has("id") && m.get("id").getAsInt() == 1);
        connection.receive("""
                {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"sprotty",\
                "diagramType":"%s","clientActionKinds":["setModel","updateModel","setDirtyState","setEditMode","setMarkers",\
                "setTypeHints","status","message","setContextActions","setClipboardData","checkEdgeResult","deleteMarkers"]}}"""
                .formatted(WiringTypes.DIAGRAM_TYPE));
        next(m -> m.has("id") && m.get("id").getAsInt() == 2);
        send("""
                {"kind":"requestModel","options":{"sourceUri":"design.cwdesign","diagramType":"%s"},"requestId":""}"""
                .formatted(WiringTypes.DIAGRAM_TYPE));
        root = action(nextAction("setModel")).getAsJsonObject("newRoot");
    }

    void send(String action) {
        connection.receive("""
                {"jsonrpc":"2.0","method":"process","params":{"clientId":"sprotty","action":%s}}""".formatted(action));
    }

    /** Sends an operation and waits for the graph it causes. */
    JsonObject operate(String operation) throws InterruptedException {
        send(operation);
        root = action(nextAction("updateModel")).getAsJsonObject("newRoot");
        return root;
    }

    JsonObject nextAction(String kind) throws InterruptedException {
        return next(m -> "process".equals(str(m, "method")) && kind.equals(str(action(m), "kind")));
    }

    static JsonObject action(JsonObject message) {
        return message.getAsJsonObject("params").getAsJsonObject("action");
    }

    /** Elements of {@code type} anywhere in the graph. */
    static List<JsonObject> elements(JsonObject parent, String type) {
        List<JsonObject> found = new ArrayList<>();
        if (parent.has("children")) {
            for (JsonElement child : parent.getAsJsonArray("children")) {
                JsonObject object = child.getAsJsonObject();
                if (type.equals(str(object, "type"))) {
                    found.add(object);
                }
                found.addAll(elements(object, type));
            }
        }
        return found;
    }

    static JsonObject element(JsonObject root, String id) {
        if (id.equals(str(root, "id"))) {
            return root;
        }
        if (root.has("children")) {
            for (JsonElement child : root.getAsJsonArray("children")) {
                JsonObject found = element(child.getAsJsonObject(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String str(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    JsonObject next(Predicate<JsonObject> wanted) throws InterruptedException {
        List<String> seen = new ArrayList<>();
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
            seen.add(message.has("params") ? String.valueOf(str(action(message), "kind")) : message.toString());
        }
        throw new AssertionError("no such message from the server within 20 s; got " + seen);
    }

    @Override
    public void close() {
        connection.close();
        assertNotNull(connection);
    }
}
