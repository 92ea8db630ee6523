package io.cellwright.diagram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.cellwright.design.Components;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;

/**
 * Runs the diagram server once, off the display thread, so the first diagram a user opens does not pay
 * for loading and linking the server's classes (Guice, GLSP, lsp4j, ELK): the workbench calls it in the
 * background after start-up. It is the whole path of a diagram opening — initialize, client session,
 * request the model, the first automatic layout, the markers — on a private design, answered into the void.
 */
public final class DiagramWarmUp {

    private DiagramWarmUp() {
    }

    /**
     * A small private design of one component per product (at most {@code count} of them), in catalog
     * order, with no notation: the server lays it out when asked for the model, as for a design never drawn.
     */
    public static SystemDesign sampleDesign(List<ProductType> products, int count) {
        SystemDesign design = DesignFactory.eINSTANCE.createSystemDesign();
        design.setId("warm-up");
        design.setName("Warm-up");
        int n = 0;
        for (ProductType product : products) {
            if (n == count) {
                break;
            }
            design.getComponents().add(Components.instantiate(product, "c" + n++));
        }
        return design;
    }

    /**
     * Opens a diagram session on {@code design} as the diagram client does and waits until the server
     * sent the model; returns the number of component nodes in it. The design's edits (the first layout)
     * run on a command stack of its own. Throws when the server answers with an error or not within
     * {@code timeout}.
     */
    public static int run(SystemDesign design, Duration timeout) throws InterruptedException, TimeoutException {
        CompletableFuture<JsonObject> model = new CompletableFuture<>();
        CommandStack stack = new BasicCommandStack();
        DesignSource source = DesignSource.of(design, DiagramNotation.of(design), stack, Runnable::run);
        try (InProcessGlspConnection connection = new InProcessGlspConnection(source, json -> {
            JsonObject message = JsonParser.parseString(json).getAsJsonObject();
            if (message.has("error")) {
                model.completeExceptionally(new IllegalStateException("the diagram server answered with an error: " + message.get("error")));
            }
            JsonObject action = message.has("params") && message.get("params").isJsonObject()
                    ? message.getAsJsonObject("params").getAsJsonObject("action") : null;
            if (action != null && action.has("kind") && "setModel".equals(action.get("kind").getAsString())) {
                model.complete(action.getAsJsonObject("newRoot"));
            }
        })) {
            connection.receive("""
                    {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"applicationId":"warm-up","protocolVersion":"1.0.0"}}""");
            connection.receive("""
                    {"jsonrpc":"2.0","id":2,"method":"initializeClientSession","params":{"clientSessionId":"warm-up",\
                    "diagramType":"%s","clientActionKinds":["setModel","updateModel","setDirtyState","setMarkers","setTypeHints"]}}"""
                    .formatted(WiringTypes.DIAGRAM_TYPE));
            connection.receive("""
                    {"jsonrpc":"2.0","method":"process","params":{"clientId":"warm-up","action":{"kind":"requestModel",\
                    "options":{"sourceUri":"warm-up.cwdesign","diagramType":"%s"},"requestId":""}}}"""
                    .formatted(WiringTypes.DIAGRAM_TYPE));
            JsonObject root = model.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int components = 0;
            if (root.has("children")) {
                for (JsonElement child : root.getAsJsonArray("children")) {
                    if (child.isJsonObject() && WiringTypes.COMPONENT.equals(str(child.getAsJsonObject(), "type"))) {
                        components++;
                    }
                }
            }
            return components;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static String str(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
