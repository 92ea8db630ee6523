package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.cellwright.diagram.DesignMarkers;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.WiringGraph;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/** Validation markers on the elements a finding names, and the labels of nodes and wires. */
class MarkersAndLabelsTest {

    /** Example 1 with the main DC lead to the MultiPlus made far too thin: the cable rule flags that wire. */
    private static SystemDesign thinInverterLead() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        wire(design, "w-sys-mp").setCrossSection(1.5);
        return design;
    }

    @Test
    void aDesignThatBreaksARuleShowsAnErrorMarkerOnTheWireAndItGoesWhenTheWireIsGone() throws Exception {
        SystemDesign design = thinInverterLead();
        try (TestClient client = new TestClient(DesignSource.of(design, DiagramNotation.of(design)))) {
            List<JsonObject> markers = markers(TestClient.action(client.nextAction("setMarkers")));
            JsonObject onWire = markers.stream().filter(m -> "w-sys-mp".equals(TestClient.str(m, "elementId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no marker on w-sys-mp: " + markers));
            assertEquals("error", TestClient.str(onWire, "kind"));
            assertTrue(TestClient.str(onWire, "description").startsWith("[CW-"), onWire.toString());
            assertEquals(DesignMarkers.of(design).size(), markers.size(), "one marker per finding and element");

            client.send("""
                    {"kind":"requestMarkers","elementsIDs":["%s"],"reason":"batch","requestId":"m1"}""".formatted(design.getId()));
            List<JsonObject> batch = markers(TestClient.action(client.nextAction("setMarkers")));
            assertEquals(markers.size(), batch.size(), "asked for, the same markers");

            client.operate("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"w-sys-mp\"]}");
            List<JsonObject> after = markers(TestClient.action(client.nextAction("setMarkers")));
            assertTrue(after.stream().noneMatch(m -> "w-sys-mp".equals(TestClient.str(m, "elementId"))),
                    "markers are sent again after the change: " + after);
        }
    }

    @Test
    void nodesShowNameAndArticleNumberAndWiresCrossSectionAndLength() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);
        GGraph graph = WiringGraph.toGraph(design, notation);

        GNode bms = (GNode) graph.getChildren().stream().filter(c -> c.getId().equals("bms")).findFirst().orElseThrow();
        List<String> texts = bms.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                .filter(l -> !l.getCssClasses().contains(WiringGraph.CSS_TERMINAL_LABEL)).map(GLabel::getText).toList();
        String article = design.getComponents().stream().filter(c -> c.getId().equals("bms")).findFirst().orElseThrow()
                .getType().getArticleNumbers().get(0).getNumber();
        assertEquals(List.of("Smart BMS 12-200", article), texts);

        GEdge lead = (GEdge) graph.getChildren().stream().filter(c -> c.getId().equals("w-sys-mp")).findFirst().orElseThrow();
        GLabel label = (GLabel) lead.getChildren().get(0);
        assertEquals("50 mm\u00b2 \u00b7 1.5 m", label.getText());

        // Two wires join battery 1 and battery 2 (plus and minus): their labels do not sit on the same spot.
        List<String> placements = new ArrayList<>();
        for (String id : List.of("w-par-plus", "w-par-minus")) {
            GEdge edge = (GEdge) graph.getChildren().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
            GLabel l = (GLabel) edge.getChildren().get(0);
            placements.add(l.getEdgePlacement().getPosition() + " " + l.getEdgePlacement().getSide());
        }
        assertNotEquals(placements.get(0), placements.get(1));
        assertFalse(WiringGraph.wireText(design.getWires().get(0)).isEmpty());
    }

    /** Power +, power -, BMS cable, control and data terminals carry different classes, each styled in diagram.css. */
    @Test
    void terminalFamiliesHaveTheirOwnClassAndStyle() throws Exception {
        SystemDesign design = WiringGraphTest.example1();
        GGraph graph = WiringGraph.toGraph(design, new DiagramNotation());
        String css = java.nio.file.Files.readString(WiringGraphTest.EXAMPLES.resolve("../bundles/io.cellwright.diagram.ui/client/css/diagram.css"));
        java.util.Map<String, String> expected = java.util.Map.of("bms.system-plus", "cw-role-positive", "bat1.battery-minus", "cw-role-negative",
                "bms.bms-cable-out", "cw-role-bms-cable", "bms.load-disconnect", "cw-role-control", "mppt.ve-direct", "cw-role-data");
        for (var entry : expected.entrySet()) {
            var port = graph.getChildren().stream().flatMap(n -> n.getChildren().stream()).filter(c -> c.getId().equals(entry.getKey()))
                    .findFirst().orElseThrow();
            assertTrue(port.getCssClasses().contains(entry.getValue()), entry.getKey() + " " + port.getCssClasses());
            assertTrue(css.contains("." + entry.getValue() + " "), "diagram.css styles ." + entry.getValue());
        }
        assertEquals(5, new java.util.HashSet<>(expected.values()).size());
        assertTrue(css.contains("." + WiringGraph.CSS_ARTICLE) && css.contains("." + WiringGraph.CSS_WIRE_LABEL));
    }

    private static List<JsonObject> markers(JsonObject setMarkers) {
        List<JsonObject> list = new ArrayList<>();
        for (JsonElement m : setMarkers.getAsJsonArray("markers")) {
            list.add(m.getAsJsonObject());
        }
        return list;
    }

    private static Wire wire(SystemDesign design, String id) {
        return design.getWires().stream().filter(w -> w.getId().equals(id)).findFirst().orElseThrow();
    }
}
