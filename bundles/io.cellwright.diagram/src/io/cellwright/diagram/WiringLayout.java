package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkMargin;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortAlignment;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import io.cellwright.diagram.TerminalSides.ComponentRole;
import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Automatic layout of a wiring diagram with ELK Layered: power flows left to right from the bank through
 * the BMS to the devices, every terminal keeps its side (fixed port sides, {@link TerminalSides}), wires
 * are routed orthogonally. Writes the bounds of every component and
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

    /** Height of the band at the top of a symbol that holds the component's name: no terminal there. */
    private static final double NAME_BAND = 34;
    /** Distance between the lanes of the links between batteries, right of the bank. */
    private static final double BANK_LANE_PITCH = 5;

    private static boolean metadataRegistered;

    private WiringLayout() {
    }

    /** Lays out every component and terminal of {@code design} into {@code notation}, replacing what was there. */
    public static void layout(SystemDesign design, DiagramNotation notation) {
        registerMetadata();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);

        Map<String, ElkNode> nodes = new HashMap<>();
        Map<TerminalInstance, ElkPort> ports = new HashMap<>();
        for (ComponentInstance component : design.getComponents()) {
            nodes.put(component.getId(), node(root, component, ports));
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        List<Wire> bankWires = new ArrayList<>();
        for (Wire wire : design.getWires()) {
            ElkPort from = ports.get(wire.getFrom());
            ElkPort to = ports.get(wire.getTo());
            if (from != null && to != null && isBankWire(from, to)) {
                bankWires.add(wire);
            } else if (from != null && to != null) {
                ElkEdge edge = rank(to) < rank(from) ? ElkGraphUtil.createSimpleEdge(to, from) : ElkGraphUtil.createSimpleEdge(from, to);
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
        routeBankWires(bankWires, ports, nodes.values(), notation);
        // ELK reports a reversed edge from its target to its source: the notation keeps the wire's own direction.
        for (Wire wire : design.getWires()) {
            ElkEdge edge = edges.get(wire.getId());
            if (edge != null && edge.getSources().get(0) != ports.get(wire.getFrom())) {
                notation.route(wire.getId()).ifPresent(points -> notation.putRoute(wire.getId(), points.reversed()));
            }
        }
    }

    /**
     * Layered left to right, one column group per {@link ComponentRole} (ELK partitions): the bank at the
     * left, the BMS and shunt next, switches and interface cables, then chargers, inverters and loads, as
     * in the manual's system examples (001 §3.3). Orthogonal wires with room between them.
     */
    private static void configure(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 50.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 20.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(LayeredOptions.THOROUGHNESS, 40);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
    }

    private static ElkNode node(ElkNode root, ComponentInstance component, Map<TerminalInstance, ElkPort> ports) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setIdentifier(component.getId());
        double[] size = nodeSize(component);
        node.setDimensions(size[0], size[1]);
        node.setProperty(LayeredOptions.PARTITIONING_PARTITION, ComponentRole.of(component).ordinal());
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
        // Keep the terminals below the component's name, which the client draws at the top.
        node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.PORTS, SizeConstraint.MINIMUM_SIZE));
        node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size[0], size[1]));
        node.setProperty(CoreOptions.SPACING_PORTS_SURROUNDING, new ElkMargin(NAME_BAND, PORT_PITCH / 2, PORT_PITCH / 2, PORT_PITCH / 2));
        node.setProperty(CoreOptions.SPACING_PORT_PORT, PORT_PITCH - PORT_SIZE);
        // Side terminals gather low on the side, away from the name; ELK ignores the surrounding spacing for them.
        node.setProperty(CoreOptions.PORT_ALIGNMENT_WEST, PortAlignment.END);
        node.setProperty(CoreOptions.PORT_ALIGNMENT_EAST, PortAlignment.END);
        node.setProperty(CoreOptions.PORT_ALIGNMENT_SOUTH, PortAlignment.DISTRIBUTED);
        for (TerminalInstance terminal : component.getTerminals()) {
            ElkPort port = ElkGraphUtil.createPort(node);
            port.setIdentifier(terminal.getId());
            port.setDimensions(PORT_SIZE, PORT_SIZE);
            port.setProperty(CoreOptions.PORT_SIDE, elkSide(TerminalSides.sideOf(terminal)));
            ports.put(terminal, port);
        }
        return node;
    }

    /**
     * A wire between two batteries of the bank (series or parallel link). Given to ELK, each such wire
     * would push the second battery into a column of its own and stretch the diagram; the batteries stack
     * in one column instead and these short links are routed beside it ({@link #routeBankWires}).
     */
    private static boolean isBankWire(ElkPort from, ElkPort to) {
        return rank(from) == ComponentRole.STORAGE.ordinal() && rank(to) == ComponentRole.STORAGE.ordinal()
                && from.getProperty(CoreOptions.PORT_SIDE) == PortSide.EAST && to.getProperty(CoreOptions.PORT_SIDE) == PortSide.EAST;
    }

    /**
     * Routes the links between batteries as brackets to the right of the bank's column: out of the first
     * terminal, along a lane of its own between the column and the wires ELK routed, into the second.
     * The lanes fit in the room ELK keeps between a column and its wires (SPACING_EDGE_NODE_BETWEEN_LAYERS).
     */
    private static void routeBankWires(List<Wire> bankWires, Map<TerminalInstance, ElkPort> ports, Iterable<ElkNode> nodes,
            DiagramNotation notation) {
        double columnRight = 0;
        for (ElkNode node : nodes) {
            if (node.getProperty(LayeredOptions.PARTITIONING_PARTITION) == ComponentRole.STORAGE.ordinal()) {
                columnRight = Math.max(columnRight, node.getX() + node.getWidth());
            }
        }
        double lane = columnRight + PORT_SIZE;
        // Shorter links on the inner lanes: nested brackets do not cross each other.
        List<Wire> byLength = new ArrayList<>(bankWires);
        byLength.sort(java.util.Comparator.comparingDouble(w -> Math.abs(portCentre(ports.get(w.getFrom())).y() - portCentre(ports.get(w.getTo())).y())));
        for (Wire wire : byLength) {
            DiagramNotation.Point from = portCentre(ports.get(wire.getFrom()));
            DiagramNotation.Point to = portCentre(ports.get(wire.getTo()));
            notation.putRoute(wire.getId(), List.of(from, new DiagramNotation.Point(lane, from.y()),
                    new DiagramNotation.Point(lane, to.y()), to));
            lane += BANK_LANE_PITCH;
        }
    }

    private static DiagramNotation.Point portCentre(ElkPort port) {
        ElkNode node = port.getParent();
        return new DiagramNotation.Point(node.getX() + port.getX() + port.getWidth() / 2, node.getY() + port.getY() + port.getHeight() / 2);
    }

    /** The column group of the component a port belongs to. */
    private static int rank(ElkPort port) {
        return port.getParent().getProperty(LayeredOptions.PARTITIONING_PARTITION);
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
        double height = Math.max(MIN_HEIGHT, NAME_BAND + Math.max(left, right) * PORT_PITCH + PORT_PITCH / 2);
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
