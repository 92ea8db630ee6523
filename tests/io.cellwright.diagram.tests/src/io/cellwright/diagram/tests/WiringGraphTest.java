package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.TerminalSides;
import io.cellwright.diagram.WiringGraph;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

class WiringGraphTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    static SystemDesign example1() throws Exception {
        return DesignFiles.load(EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"), CatalogRegistry.getDefault());
    }

    @Test
    void example1HasOneNodePerComponentAndOneEdgePerWireBetweenTerminalPorts() throws Exception {
        SystemDesign design = example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);
        GGraph graph = WiringGraph.toGraph(design, notation);

        List<GNode> nodes = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
        List<GEdge> edges = graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
        assertTrue(design.getComponents().size() >= 5, "example 1 has the BMS, two batteries, inverter/charger, MPPT, shunt");
        assertEquals(design.getComponents().size(), nodes.size());
        assertEquals(design.getWires().size(), edges.size());

        Set<String> portIds = nodes.stream().flatMap(n -> n.getChildren().stream()).filter(GPort.class::isInstance)
                .map(p -> p.getId()).collect(Collectors.toSet());
        for (GEdge edge : edges) {
            assertTrue(portIds.contains(edge.getSourceId()), "wire " + edge.getId() + " starts at a terminal port");
            assertTrue(portIds.contains(edge.getTargetId()), "wire " + edge.getId() + " ends at a terminal port");
            assertEquals(WiringTypes.ROUTER, edge.getRouterKind());
        }
        GNode bms = nodes.stream().filter(n -> n.getId().equals("bms")).findFirst().orElseThrow();
        GLabel name = bms.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast).findFirst().orElseThrow();
        assertEquals("Smart BMS 12-200", name.getText());
        GPort systemPlus = (GPort) bms.getChildren().stream().filter(c -> c.getId().equals("bms.system-plus")).findFirst().orElseThrow();
        assertTrue(systemPlus.getCssClasses().contains("cw-kind-system-positive"), systemPlus.getCssClasses().toString());
        assertTrue(systemPlus.getCssClasses().contains("cw-power"));
        GPort loadDisconnect = (GPort) bms.getChildren().stream().filter(c -> c.getId().equals("bms.load-disconnect")).findFirst().orElseThrow();
        assertTrue(loadDisconnect.getCssClasses().contains("cw-control"));
    }

    @Test
    void everyTerminalIsLabelledOnTheSideItSitsOn() throws Exception {
        SystemDesign design = example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);
        GGraph graph = WiringGraph.toGraph(design, notation);
        int labelled = 0;
        for (GNode node : graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList()) {
            ComponentInstance component = design.getComponents().stream().filter(c -> c.getId().equals(node.getId())).findFirst().orElseThrow();
            for (GPort port : node.getChildren().stream().filter(GPort.class::isInstance).map(GPort.class::cast).toList()) {
                TerminalInstance terminal = component.getTerminals().stream().filter(t -> t.getId().equals(port.getId())).findFirst().orElseThrow();
                GLabel label = node.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                        .filter(l -> l.getId().equals(port.getId() + "#label")).findFirst()
                        .orElseThrow(() -> new AssertionError(port.getId() + " has no label"));
                assertTrue(port.getChildren().isEmpty(), "the label is the component's child, not the port's: " + port.getId());
                double dx = label.getPosition().getX() - port.getPosition().getX();
                double dy = label.getPosition().getY() - port.getPosition().getY();
                assertTrue(Math.abs(dx) <= 20 && Math.abs(dy) <= 20, port.getId() + ": the label sits beside its square, " + dx + ", " + dy);
                assertEquals(WiringGraph.terminalLabel(terminal), label.getText());
                assertFalse(label.getText().isBlank(), port.getId());
                String side = "cw-side-" + TerminalSides.sideOf(terminal).getLiteral().toLowerCase(java.util.Locale.ROOT);
                assertTrue(label.getCssClasses().contains(side) && label.getCssClasses().contains(WiringGraph.CSS_TERMINAL_LABEL),
                        port.getId() + " " + label.getCssClasses());
                labelled++;
            }
        }
        assertEquals(design.getComponents().stream().mapToInt(c -> c.getTerminals().size()).sum(), labelled);
        GLabel systemPlus = graph.getChildren().stream().filter(GNode.class::isInstance).flatMap(n -> n.getChildren().stream())
                .filter(c -> c.getId().equals("bms.system-plus#label")).map(GLabel.class::cast).findFirst().orElseThrow();
        assertEquals("System+", systemPlus.getText(), "the catalog's label of the terminal");
    }

    @Test
    void layoutPlacesEveryComponentWithoutOverlapAndKeepsTerminalSides() throws Exception {
        SystemDesign design = example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);

        List<ComponentInstance> components = design.getComponents();
        for (int i = 0; i < components.size(); i++) {
            Bounds a = notation.get(components.get(i).getId()).orElseThrow();
            assertTrue(a.width() > 0 && a.height() > 0);
            for (int j = i + 1; j < components.size(); j++) {
                Bounds b = notation.get(components.get(j).getId()).orElseThrow();
                assertFalse(a.overlaps(b), components.get(i).getId() + " " + a + " overlaps " + components.get(j).getId() + " " + b);
            }
            for (TerminalInstance terminal : components.get(i).getTerminals()) {
                Bounds port = notation.get(terminal.getId()).orElseThrow();
                DiagramSide side = TerminalSides.sideOf(terminal);
                String where = terminal.getId() + " at " + port + " on " + a;
                switch (side) {
                    case LEFT -> assertTrue(port.x() + port.width() / 2 < a.width() / 2, where);
                    case RIGHT -> assertTrue(port.x() + port.width() / 2 > a.width() / 2, where);
                    case BOTTOM -> assertTrue(port.y() + port.height() / 2 > a.height() / 2, where);
                    default -> { }
                }
            }
        }
    }

    @Test
    void everyWireGetsAnOrthogonalRouteFromItsFirstTerminalToItsSecond() throws Exception {
        SystemDesign design = example1();
        DiagramNotation notation = new DiagramNotation();
        WiringLayout.layout(design, notation);

        for (io.cellwright.model.design.Wire wire : design.getWires()) {
            List<DiagramNotation.Point> route = notation.route(wire.getId()).orElseThrow(() -> new AssertionError("no route for " + wire.getId()));
            assertTrue(route.size() >= 2, wire.getId() + " " + route);
            assertNear(wire.getId() + " starts on " + wire.getFrom().getId(), terminalBox(notation, wire.getFrom()), route.get(0));
            assertNear(wire.getId() + " ends on " + wire.getTo().getId(), terminalBox(notation, wire.getTo()), route.get(route.size() - 1));
            for (int i = 1; i < route.size(); i++) {
                DiagramNotation.Point a = route.get(i - 1);
                DiagramNotation.Point b = route.get(i);
                assertTrue(Math.abs(a.x() - b.x()) < 0.5 || Math.abs(a.y() - b.y()) < 0.5, wire.getId() + " segment " + a + " - " + b + " is not orthogonal");
            }
        }
    }

    /** The terminal's square in diagram coordinates. */
    private static Bounds terminalBox(DiagramNotation notation, TerminalInstance terminal) {
        Bounds node = notation.get(((ComponentInstance) terminal.eContainer()).getId()).orElseThrow();
        Bounds port = notation.get(terminal.getId()).orElseThrow();
        return new Bounds(node.x() + port.x(), node.y() + port.y(), port.width(), port.height());
    }

    private static void assertNear(String what, Bounds box, DiagramNotation.Point p) {
        double slack = 1.0;
        assertTrue(p.x() >= box.x() - slack && p.x() <= box.x() + box.width() + slack && p.y() >= box.y() - slack
                && p.y() <= box.y() + box.height() + slack, what + ": " + p + " not on " + box);
    }
}
