package io.cellwright.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
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
 * Maps a design to the graph the diagram client draws: one node per component (labelled with its name
 * and article number, one port per terminal, CSS classes per terminal kind) and one edge per wire,
 * between the ports of its two terminals, labelled with its cross-section and length. Element ids are the design's ids, so selections and markers map back one to one.
 * Shapes take their bounds from the notation; run {@link WiringLayout} first when it has none.
 */
public final class WiringGraph {

    /** CSS class of a component's article number label. */
    public static final String CSS_ARTICLE = "cw-article";
    /** Class of a terminal's label; with cw-side-left|right|bottom|top. */
    public static final String CSS_TERMINAL_LABEL = "cw-terminal-label";
    /** CSS class of a wire's cross-section and length label. */
    public static final String CSS_WIRE_LABEL = "cw-wire-label";
    /** Where along a wire its label sits, for the first, second... wire between the same two components. */
    private static final double[] LABEL_POSITIONS = { 0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6 };

    private WiringGraph() {
    }

    public static GGraph toGraph(SystemDesign design, DiagramNotation notation) {
        GGraphBuilder graph = new GGraphBuilder().id(design.getId() == null ? "design" : design.getId());
        for (ComponentInstance component : design.getComponents()) {
            graph.add(node(component, notation));
        }
        Map<String, Integer> wiresBetween = new HashMap<>();
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null) {
                // The k-th wire between the same two components gets its label elsewhere along the wire.
                int k = wiresBetween.merge(pairKey(wire), 1, Integer::sum) - 1;
                graph.add(edge(wire, k, notation));
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
        articleNumber(component).ifPresent(number -> node.add(new GLabelBuilder(WiringTypes.LABEL)
                .id(component.getId() + "#article")
                .addCssClass(CSS_ARTICLE)
                .text(number)
                .position(bounds.width() / 2, 40)
                .build()));
        for (TerminalInstance terminal : component.getTerminals()) {
            node.add(port(terminal, notation));
        }
        for (TerminalInstance terminal : component.getTerminals()) {
            node.add(terminalName(terminal, portBounds(terminal, notation)));
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

    private static DiagramNotation.Bounds portBounds(TerminalInstance terminal, DiagramNotation notation) {
        return notation.get(terminal.getId()).orElse(new DiagramNotation.Bounds(0, 0, WiringLayout.PORT_SIZE, WiringLayout.PORT_SIZE));
    }

    private static GPort port(TerminalInstance terminal, DiagramNotation notation) {
        TerminalKind kind = terminal.getDefinition() == null ? null : terminal.getDefinition().getKind();
        DiagramNotation.Bounds bounds = portBounds(terminal, notation);
        return new GPortBuilder(WiringTypes.TERMINAL)
                .id(terminal.getId())
                .addCssClass(WiringTypes.CSS_TERMINAL)
                .addCssClass(TerminalSides.isPower(kind) ? "cw-power" : "cw-control")
                .addCssClass(TerminalSides.cssClassOf(kind))
                .addCssClass(roleClass(kind))
                .position(bounds.x(), bounds.y())
                .size(bounds.width(), bounds.height())
                .build();
    }

    /**
     * The terminal's label, beside its square: inside the symbol for terminals on the left or right side,
     * along the wire for those at the bottom or top (diagram.css sets anchor and direction per side). A
     * child of the component, not of the port: the client sizes a selected port to its children.
     */
    private static GLabel terminalName(TerminalInstance terminal, DiagramNotation.Bounds port) {
        io.cellwright.model.catalog.DiagramSide side = TerminalSides.sideOf(terminal);
        double x;
        double y;
        switch (side) {
            case LEFT -> {
                x = port.width() + 3;
                y = port.height() / 2 + 3.5;
            }
            case RIGHT -> {
                x = -3;
                y = port.height() / 2 + 3.5;
            }
            case TOP -> {
                x = port.width() / 2;
                y = -3;
            }
            default -> {
                x = port.width() / 2;
                y = port.height() + 3;
            }
        }
        return new GLabelBuilder(WiringTypes.LABEL)
                .id(terminal.getId() + "#label")
                .addCssClass(CSS_TERMINAL_LABEL)
                .addCssClass("cw-side-" + side.getLiteral().toLowerCase(java.util.Locale.ROOT))
                .text(terminalLabel(terminal))
                .position(port.x() + x, port.y() + y)
                .build();
    }

    private static GEdge edge(Wire wire, int k, DiagramNotation notation) {
        GEdgeBuilder edge = new GEdgeBuilder(WiringTypes.WIRE);
        // The bends of the laid-out route (its ends are the terminals): the client's router keeps them.
        List<DiagramNotation.Point> route = notation.route(wire.getId()).orElse(List.of());
        for (int i = 1; i < route.size() - 1; i++) {
            edge.addRoutingPoint(route.get(i).x(), route.get(i).y());
        }
        edge.id(wire.getId())
                .addCssClass(WiringTypes.CSS_WIRE)
                .sourceId(wire.getFrom().getId())
                .targetId(wire.getTo().getId())
                .routerKind(WiringTypes.ROUTER);
        wireText(wire).ifPresent(text -> edge.add(new GLabelBuilder(WiringTypes.LABEL)
                .id(wire.getId() + "#label")
                .addCssClass(CSS_WIRE_LABEL)
                .text(text)
                .edgePlacement(new GEdgePlacementBuilder()
                        .position(LABEL_POSITIONS[k % LABEL_POSITIONS.length])
                        .side(k % 2 == 0 ? "top" : "bottom")
                        .offset(4)
                        .rotate(false)
                        .build())
                .build()));
        return edge.build();
    }

    /**
     * The visual family of a terminal kind, for the style sheet: cw-role-positive, cw-role-negative,
     * cw-role-bms-cable, cw-role-data, cw-role-ac, cw-role-control (everything else: remote, alarm, signal).
     */
    public static String roleClass(TerminalKind kind) {
        if (kind == null) {
            return "cw-role-control";
        }
        return switch (kind) {
            case BATTERY_POSITIVE, DC_POSITIVE, LI_ION_POSITIVE, SYSTEM_POSITIVE, ALTERNATOR_STARTER_POSITIVE, PV_POSITIVE -> "cw-role-positive";
            case BATTERY_NEGATIVE, DC_NEGATIVE, SHUNT_BATTERY_NEGATIVE, SHUNT_SYSTEM_NEGATIVE, GROUND, PV_NEGATIVE -> "cw-role-negative";
            case BMS_CABLE_IN, BMS_CABLE_OUT -> "cw-role-bms-cable";
            case VE_DIRECT, VE_BUS, VE_CAN -> "cw-role-data";
            case AC_INPUT, AC_OUTPUT -> "cw-role-ac";
            default -> "cw-role-control";
        };
    }

    /** "50 mm² 1.5 m": the wire's cross-section and length as far as the design gives them. */
    public static Optional<String> wireText(Wire wire) {
        List<String> parts = new ArrayList<>();
        if (wire.isSetCrossSection()) {
            parts.add(number(wire.getCrossSection()) + " mm\u00b2");
        }
        if (wire.isSetLength()) {
            parts.add(number(wire.getLength()) + " m");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" \u00b7 ", parts));
    }

    /** The component's article number: its variant's when it has one, else the product's first. */
    public static Optional<String> articleNumber(ComponentInstance component) {
        List<io.cellwright.model.catalog.ArticleNumberFact> numbers = component.getVariant() != null && !component.getVariant().getArticleNumbers().isEmpty()
                ? component.getVariant().getArticleNumbers()
                : component.getType() == null ? List.of() : component.getType().getArticleNumbers();
        String joined = String.join(" / ", numbers.stream().map(io.cellwright.model.catalog.ArticleNumberFact::getNumber)
                .filter(n -> n != null && !n.isBlank()).distinct().toList());
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** What a terminal is called on its symbol: the catalog's label (Li-ion+, LD), else its name or id. */
    public static String terminalLabel(TerminalInstance terminal) {
        if (terminal.getDefinition() != null && terminal.getDefinition().getLabel() != null && !terminal.getDefinition().getLabel().isBlank()) {
            return terminal.getDefinition().getLabel();
        }
        if (terminal.getName() != null && !terminal.getName().isBlank()) {
            return terminal.getName();
        }
        return terminal.getDefinition() != null && terminal.getDefinition().getId() != null ? terminal.getDefinition().getId() : terminal.getId();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String pairKey(Wire wire) {
        String a = wire.getFrom().getComponent() == null ? "" : wire.getFrom().getComponent().getId();
        String b = wire.getTo().getComponent() == null ? "" : wire.getTo().getComponent().getId();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
