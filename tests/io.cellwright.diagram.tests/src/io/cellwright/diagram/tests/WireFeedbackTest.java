package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/** The allowed/not allowed feedback while drawing a wire. */
class WireFeedbackTest {

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
