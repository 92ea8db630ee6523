package io.cellwright.diagram;

import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;

import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Maps a design to the graph the diagram client draws: one node per component (labelled with its name,
 * one port per terminal, CSS classes per terminal kind) and one edge per wire, between the ports of its
 * two terminals. Element ids are the design's ids, so selections and markers map back one to one.
 * Shapes take their bounds from the notation; run {@link WiringLayout} first when it has none.
 */
public final class WiringGraph {

    private WiringGraph() {
    }

    public static GGraph toGraph(SystemDesign design, DiagramNotation notation) {
        GGraphBuilder graph = new GGraphBuilder().id(design.getId() == null ? "design" : design.getId());
        for (ComponentInstance component : design.getComponents()) {
            graph.add(node(component, notation));
        }
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null) {
                graph.add(edge(wire, notation));
            }
        }
        return graph.build();
    }

    private static GNode node(ComponentInstance component, DiagramNotation notation) {
        DiagramNotation.Bounds bounds = notation.get(component.getId())
                .orElseGet(() -> {
                    double[] size = WiringLayout.nodeSize(component);
                    return new DiagramNotation.Bounds(0, 0, size[0], size[1]);
                });
        GNodeBuilder node = new GNodeBuilder(WiringTypes.COMPONENT)
                .id(component.getId())
                .addCssClass(WiringTypes.CSS_COMPONENT)
                .position(bounds.x(), bounds.y())
                .size(bounds.width(), bounds.height())
                .add(label(component, bounds.width()));
        for (TerminalInstance terminal : component.getTerminals()) {
            node.add(port(terminal, notation));
        }
        return node.build();
    }

    /** The name, centred at the top of the box (the client's labels are anchored at their middle). */
    private static GLabel label(ComponentInstance component, double nodeWidth) {
        String name = component.getName() == null || component.getName().isBlank() ? component.getId() : component.getName();
        return new GLabelBuilder(WiringTypes.LABEL)
                .id(component.getId() + "#name")
                .text(name)
                .position(nodeWidth / 2, 22)
                .build();
    }

    private static GPort port(TerminalInstance terminal, DiagramNotation notation) {
        TerminalKind kind = terminal.getDefinition() == null ? null : terminal.getDefinition().getKind();
        DiagramNotation.Bounds bounds = notation.get(terminal.getId())
                .orElse(new DiagramNotation.Bounds(0, 0, WiringLayout.PORT_SIZE, WiringLayout.PORT_SIZE));
        return new GPortBuilder(WiringTypes.TERMINAL)
                .id(terminal.getId())
                .addCssClass(WiringTypes.CSS_TERMINAL)
                .addCssClass(TerminalSides.isPower(kind) ? "cw-power" : "cw-control")
                .addCssClass(TerminalSides.cssClassOf(kind))
                .position(bounds.x(), bounds.y())
                .size(bounds.width(), bounds.height())
                .build();
    }

    private static GEdge edge(Wire wire, DiagramNotation notation) {
        GEdgeBuilder edge = new GEdgeBuilder(WiringTypes.WIRE);
        // The bends of the laid-out route (its ends are the terminals): the client's router keeps them.
        List<DiagramNotation.Point> route = notation.route(wire.getId()).orElse(List.of());
        for (int i = 1; i < route.size() - 1; i++) {
            edge.addRoutingPoint(route.get(i).x(), route.get(i).y());
        }
        return edge
                .id(wire.getId())
                .addCssClass(WiringTypes.CSS_WIRE)
                .sourceId(wire.getFrom().getId())
                .targetId(wire.getTo().getId())
                .routerKind(WiringTypes.ROUTER)
                .build();
    }
}
