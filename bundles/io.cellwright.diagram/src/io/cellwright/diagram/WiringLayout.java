package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Automatic layout of a wiring diagram with ELK Layered: power flows left to right, every terminal keeps
 * its side (fixed port sides), wires are routed orthogonally. Writes the bounds of every component and
 * terminal into the notation.
 */
public final class WiringLayout {

    /** Size of a terminal's square on the symbol, in diagram units (pixels at 100 %). */
    public static final double PORT_SIZE = 10;
    private static final double PORT_PITCH = 22;
    private static final double MIN_WIDTH = 160;
    private static final double MIN_HEIGHT = 60;
    /** Rough width of one character of a component name at the client's 13 px label font. */
    private static final double CHAR_WIDTH = 7.5;

    /** Width over height of a typical editor area. */
    private static final double EDITOR_ASPECT_RATIO = 1.6;

    private static boolean metadataRegistered;

    private WiringLayout() {
    }

    /** Lays out every component and terminal of {@code design} into {@code notation}, replacing what was there. */
    public static void layout(SystemDesign design, DiagramNotation notation) {
        registerMetadata();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 80.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
        // A design is often one long chain (battery, BMS, inverter, charger...): wrap the layers into
        // rows near the editor's shape instead of one long, tiny row.
        root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
        root.setProperty(CoreOptions.ASPECT_RATIO, EDITOR_ASPECT_RATIO);

        Map<String, ElkNode> nodes = new HashMap<>();
        Map<TerminalInstance, ElkPort> ports = new HashMap<>();
        for (ComponentInstance component : design.getComponents()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(component.getId());
            double[] size = nodeSize(component);
            node.setDimensions(size[0], size[1]);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            for (TerminalInstance terminal : component.getTerminals()) {
                ElkPort port = ElkGraphUtil.createPort(node);
                port.setIdentifier(terminal.getId());
                port.setDimensions(PORT_SIZE, PORT_SIZE);
                port.setProperty(CoreOptions.PORT_SIDE, elkSide(TerminalSides.sideOf(terminal)));
                ports.put(terminal, port);
            }
            nodes.put(component.getId(), node);
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        for (Wire wire : design.getWires()) {
            ElkPort from = ports.get(wire.getFrom());
            ElkPort to = ports.get(wire.getTo());
            if (from != null && to != null) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
                edge.setIdentifier(wire.getId());
                edges.put(wire.getId(), edge);
            }
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        notation.clear();
        for (ComponentInstance component : design.getComponents()) {
            ElkNode node = nodes.get(component.getId());
            notation.put(component.getId(), new DiagramNotation.Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
            for (TerminalInstance terminal : component.getTerminals()) {
                ElkPort port = ports.get(terminal);
                notation.put(terminal.getId(), new DiagramNotation.Bounds(port.getX(), port.getY(), port.getWidth(), port.getHeight()));
            }
        }
        edges.forEach((id, edge) -> route(edge).ifPresent(points -> notation.putRoute(id, points)));
    }

    /** The orthogonal route ELK found for an edge (edges live in the root, so its coordinates are the diagram's). */
    private static java.util.Optional<List<DiagramNotation.Point>> route(ElkEdge edge) {
        if (edge.getSections().isEmpty() || edge.getContainingNode() == null || edge.getContainingNode().getParent() != null) {
            return java.util.Optional.empty();
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<DiagramNotation.Point> points = new ArrayList<>();
        points.add(new DiagramNotation.Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new DiagramNotation.Point(bend.getX(), bend.getY()));
        }
        points.add(new DiagramNotation.Point(section.getEndX(), section.getEndY()));
        return java.util.Optional.of(points);
    }

    /** Width and height of a component's symbol: room for its name and for its terminals on each side. */
    static double[] nodeSize(ComponentInstance component) {
        int left = 0;
        int right = 0;
        int bottom = 0;
        for (TerminalInstance terminal : component.getTerminals()) {
            switch (TerminalSides.sideOf(terminal)) {
                case LEFT -> left++;
                case RIGHT -> right++;
                default -> bottom++;
            }
        }
        String name = component.getName() == null ? component.getId() : component.getName();
        double width = Math.max(MIN_WIDTH, Math.max(name.length() * CHAR_WIDTH + 24, (bottom + 1) * PORT_PITCH));
        double height = Math.max(MIN_HEIGHT, (Math.max(left, right) + 1) * PORT_PITCH + 16);
        return new double[] { width, height };
    }

    private static PortSide elkSide(DiagramSide side) {
        return switch (side) {
            case LEFT -> PortSide.WEST;
            case RIGHT -> PortSide.EAST;
            case TOP -> PortSide.NORTH;
            default -> PortSide.SOUTH;
        };
    }

    /** ELK finds its option metadata with ServiceLoader, which OSGi does not serve: register it once by hand. */
    private static synchronized void registerMetadata() {
        if (!metadataRegistered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            metadataRegistered = true;
        }
    }
}
