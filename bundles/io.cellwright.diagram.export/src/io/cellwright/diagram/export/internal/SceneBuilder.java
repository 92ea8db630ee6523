package io.cellwright.diagram.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.DiagramNotation.Point;
import io.cellwright.diagram.WiringGraph;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.diagram.export.DiagramMarker;
import io.cellwright.diagram.export.internal.Scene.Anchor;
import io.cellwright.diagram.export.internal.Scene.Group;
import io.cellwright.diagram.export.internal.Scene.Item;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Severity;

/**
 * Turns a design and its notation into a {@link Scene}: each component a rounded box with its name and article
 * number, each terminal a port coloured by its family with its label, each wire its route with cross-section and
 * length, and a badge per marked element. Positions come from the notation only (the editor's layout); a wire
 * without a stored route gets a simple orthogonal one.
 */
public final class SceneBuilder {

    static final double PADDING = 20;
    static final double NAME_SIZE = 12;
    static final double NAME_BASELINE = 14;
    static final double ARTICLE_SIZE = 9;
    static final double ARTICLE_DESCENT = 5;
    static final double TERMINAL_SIZE = 9;
    static final double WIRE_LABEL_SIZE = 10;
    static final double BADGE_RADIUS = 8;
    /** How far a fallback route leaves its terminal straight before it turns. */
    static final double STUB = 15;

    private enum Side { LEFT, RIGHT, TOP, BOTTOM }

    private final SystemDesign design;
    private final DiagramNotation notation;
    private final List<DiagramMarker> markers;
    private final Map<String, double[]> badgeAnchors = new LinkedHashMap<>();
    private final Extent extent = new Extent();

    public SceneBuilder(SystemDesign design, DiagramNotation notation, List<DiagramMarker> markers) {
        this.design = design;
        this.notation = notation;
        this.markers = markers;
    }

    public Scene build() {
        List<Group> groups = new ArrayList<>();
        for (ComponentInstance component : design.getComponents()) {
            Bounds box = componentBounds(component);
            groups.add(component(component, box));
            for (TerminalInstance terminal : component.getTerminals()) {
                groups.add(terminal(terminal, box));
            }
        }
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null) {
                groups.add(wire(wire));
            }
        }
        groups.addAll(badges());
        for (Group group : groups) {
            group.items().forEach(extent::add);
        }
        return extent.scene(PADDING, groups);
    }

    private Bounds componentBounds(ComponentInstance component) {
        // A component the notation does not place (added after the layout) is drawn at the origin, as the editor does.
        return notation.get(component.getId()).orElse(new Bounds(0, 0, 160, 60));
    }

    private Group component(ComponentInstance component, Bounds box) {
        List<Item> items = new ArrayList<>();
        items.add(new Scene.Rect(box.x(), box.y(), box.width(), box.height(), 5, Palette.COMPONENT_FILL, Palette.COMPONENT_STROKE, 1.5));
        String name = displayName(component);
        double centre = box.x() + box.width() / 2;
        // The name on top and the article number at the foot, clear of the first and last terminal rows (which
        // the layout starts about 20 units from the box's edges), so terminal labels keep their full text.
        items.add(new Scene.Text(centre, box.y() + NAME_BASELINE, fit(name, NAME_SIZE, box.width() - 12), NAME_SIZE, false, Anchor.MIDDLE, Palette.LABEL, 0));
        String article = articleNumber(component);
        if (!article.isEmpty()) {
            items.add(new Scene.Text(centre, box.y() + box.height() - ARTICLE_DESCENT, fit(article, ARTICLE_SIZE, box.width() - 12), ARTICLE_SIZE, false, Anchor.MIDDLE, Palette.MUTED_LABEL, 0));
        }
        badgeAnchors.put(component.getId(), new double[] { box.x() + box.width() - 2, box.y() + 2 });
        String title = article.isEmpty() ? name : name + " (" + article + ")";
        return new Group(component.getId(), "cw-component", title, items);
    }

    private Group terminal(TerminalInstance terminal, Bounds box) {
        Bounds port = notation.get(terminal.getId()).orElse(new Bounds(-WiringLayout.PORT_SIZE, box.height() / 2, WiringLayout.PORT_SIZE, WiringLayout.PORT_SIZE));
        double px = box.x() + port.x();
        double py = box.y() + port.y();
        double cx = px + port.width() / 2;
        double cy = py + port.height() / 2;
        TerminalKind kind = terminal.getDefinition() == null ? null : terminal.getDefinition().getKind();
        Palette.Family family = Palette.familyOf(kind);
        List<Item> items = new ArrayList<>();
        items.add(new Scene.Rect(px, py, port.width(), port.height(), 0, Palette.colourOf(family), Palette.PORT_STROKE, 1));
        String label = terminalLabel(terminal);
        double baseline = cy + TERMINAL_SIZE * 0.35;
        double sideRoom = sideLabelRoom(terminal.getComponent(), box, baseline);
        switch (sideOf(port, box)) {
            case LEFT -> items.add(new Scene.Text(box.x() + Math.max(0, port.x() + port.width()) + 4, baseline, fit(label, TERMINAL_SIZE, sideRoom), TERMINAL_SIZE, false, Anchor.START, Palette.LABEL, 0));
            case RIGHT -> items.add(new Scene.Text(box.x() + Math.min(box.width(), port.x()) - 4, baseline, fit(label, TERMINAL_SIZE, sideRoom), TERMINAL_SIZE, false, Anchor.END, Palette.LABEL, 0));
            // Below and above the box the label runs along the wire, beside it, so neighbouring ports 22 units apart stay readable.
            case BOTTOM -> items.add(new Scene.Text(cx + 3, py + port.height() + 3, label, TERMINAL_SIZE, false, Anchor.START, Palette.LABEL, 90));
            case TOP -> items.add(new Scene.Text(cx - 3, py - 3, label, TERMINAL_SIZE, false, Anchor.START, Palette.LABEL, -90));
        }
        badgeAnchors.put(terminal.getId(), new double[] { cx + port.width(), cy - port.height() });
        String title = label + " (" + (kind == null ? "terminal" : kind.getLiteral()) + ") of " + displayName(terminal.getComponent());
        return new Group(terminal.getId(), "cw-terminal cw-" + family.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), title, items);
    }

    /**
     * How wide a left or right terminal label may be: half the box, or, in the rare case it sits level with the
     * centred name or article number, what they leave free (so the texts never overlap).
     */
    private static double sideLabelRoom(ComponentInstance component, Bounds box, double baseline) {
        double room = box.width() / 2 - 8;
        double top = baseline - TERMINAL_SIZE;
        double bottom = baseline + 2;
        String article = articleNumber(component);
        double header = 0;
        if (top < box.y() + NAME_BASELINE + 3) {
            header = Scene.textWidth(displayName(component), NAME_SIZE);
        }
        if (!article.isEmpty() && bottom > box.y() + box.height() - ARTICLE_DESCENT - ARTICLE_SIZE) {
            header = Math.max(header, Scene.textWidth(article, ARTICLE_SIZE));
        }
        if (header > 0) {
            room = Math.min(room, (box.width() - Math.min(header, box.width() - 12)) / 2 - 10);
        }
        return Math.max(room, 3 * TERMINAL_SIZE * 0.6);
    }

    /** The side of the box a port sits on: the edge its centre is nearest to (ELK puts ports just outside it). */
    private static Side sideOf(Bounds port, Bounds box) {
        double cx = port.x() + port.width() / 2;
        double cy = port.y() + port.height() / 2;
        double left = Math.abs(cx);
        double right = Math.abs(box.width() - cx);
        double top = Math.abs(cy);
        double bottom = Math.abs(box.height() - cy);
        double min = Math.min(Math.min(left, right), Math.min(top, bottom));
        return min == left ? Side.LEFT : min == right ? Side.RIGHT : min == bottom ? Side.BOTTOM : Side.TOP;
    }

    private Group wire(Wire wire) {
        List<double[]> points = route(wire);
        List<Item> items = new ArrayList<>();
        items.add(new Scene.Line(points, Palette.WIRE, 1.5));
        double[] labelAt = longestSegmentMiddle(points);
        String label = wireLabel(wire);
        if (!label.isEmpty()) {
            double width = Scene.textWidth(label, WIRE_LABEL_SIZE);
            double x = labelAt[2] > 0 ? labelAt[0] - width / 2 : labelAt[0] + 4;
            double y = labelAt[2] > 0 ? labelAt[1] - 4 : labelAt[1] + WIRE_LABEL_SIZE * 0.35;
            items.add(new Scene.Rect(x - 2, y - WIRE_LABEL_SIZE, width + 4, WIRE_LABEL_SIZE + 3, 2, Palette.BACKGROUND, null, 0));
            items.add(new Scene.Text(x, y, label, WIRE_LABEL_SIZE, false, Anchor.START, Palette.MUTED_LABEL, 0));
        }
        badgeAnchors.put(wire.getId(), new double[] { labelAt[0] - 10, labelAt[1] - 10 });
        String name = wire.getName() == null || wire.getName().isBlank() ? wire.getId() : wire.getName();
        return new Group(wire.getId(), "cw-wire", label.isEmpty() ? name : name + ": " + label, items);
    }

    private List<double[]> route(Wire wire) {
        List<Point> stored = notation.route(wire.getId()).orElse(List.of());
        if (stored.size() >= 2) {
            return stored.stream().map(p -> new double[] { p.x(), p.y() }).toList();
        }
        return fallbackRoute(wire.getFrom(), wire.getTo());
    }

    /** An orthogonal route of our own: out of each terminal on its side, then across with one vertical run in the middle. */
    private List<double[]> fallbackRoute(TerminalInstance from, TerminalInstance to) {
        double[] a = portCentre(from);
        double[] b = portCentre(to);
        double[] a1 = stub(from, a);
        double[] b1 = stub(to, b);
        double middle = (a1[0] + b1[0]) / 2;
        List<double[]> points = new ArrayList<>();
        points.add(a);
        points.add(a1);
        points.add(new double[] { middle, a1[1] });
        points.add(new double[] { middle, b1[1] });
        points.add(b1);
        points.add(b);
        return points;
    }

    private double[] portCentre(TerminalInstance terminal) {
        Bounds box = componentBounds(terminal.getComponent());
        Bounds port = notation.get(terminal.getId()).orElse(new Bounds(-WiringLayout.PORT_SIZE, box.height() / 2, WiringLayout.PORT_SIZE, WiringLayout.PORT_SIZE));
        return new double[] { box.x() + port.x() + port.width() / 2, box.y() + port.y() + port.height() / 2 };
    }

    private double[] stub(TerminalInstance terminal, double[] centre) {
        Bounds box = componentBounds(terminal.getComponent());
        Bounds port = notation.get(terminal.getId()).orElse(new Bounds(-WiringLayout.PORT_SIZE, box.height() / 2, WiringLayout.PORT_SIZE, WiringLayout.PORT_SIZE));
        return switch (sideOf(port, box)) {
            case LEFT -> new double[] { centre[0] - STUB, centre[1] };
            case RIGHT -> new double[] { centre[0] + STUB, centre[1] };
            case TOP -> new double[] { centre[0], centre[1] - STUB };
            case BOTTOM -> new double[] { centre[0], centre[1] + STUB };
        };
    }

    /** The middle of the route's longest segment, and 1 when that segment is horizontal, 0 when vertical. */
    private static double[] longestSegmentMiddle(List<double[]> points) {
        double best = -1;
        double[] result = { points.get(0)[0], points.get(0)[1], 1 };
        for (int i = 1; i < points.size(); i++) {
            double[] p = points.get(i - 1);
            double[] q = points.get(i);
            double length = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (length > best) {
                best = length;
                boolean horizontal = Math.abs(q[0] - p[0]) >= Math.abs(q[1] - p[1]);
                result = new double[] { (p[0] + q[0]) / 2, (p[1] + q[1]) / 2, horizontal ? 1 : 0 };
            }
        }
        return result;
    }

    private List<Group> badges() {
        Map<String, List<DiagramMarker>> byElement = new LinkedHashMap<>();
        for (DiagramMarker marker : markers) {
            if (badgeAnchors.containsKey(marker.elementId())) {
                byElement.computeIfAbsent(marker.elementId(), k -> new ArrayList<>()).add(marker);
            }
        }
        List<Group> groups = new ArrayList<>();
        byElement.forEach((id, list) -> {
            Severity worst = list.stream().anyMatch(m -> m.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
            double[] at = badgeAnchors.get(id);
            List<Item> items = List.of(
                    new Scene.Circle(at[0], at[1], BADGE_RADIUS, Palette.colourOf(worst), Palette.BACKGROUND, 1.5),
                    new Scene.Text(at[0], at[1] + 4, "!", 11, true, Anchor.MIDDLE, Palette.BACKGROUND, 0));
            String title = String.join("\n", list.stream().map(m -> m.severity() + " " + m.message()).distinct().toList());
            groups.add(new Group("marker-" + id, "cw-marker cw-" + worst.name().toLowerCase(java.util.Locale.ROOT), title, items));
        });
        return groups;
    }

    static String displayName(ComponentInstance component) {
        if (component == null) {
            return "?";
        }
        if (component.getName() != null && !component.getName().isBlank()) {
            return component.getName();
        }
        return component.getType() != null && component.getType().getName() != null ? component.getType().getName() : component.getId();
    }

    /** The article number(s) from the catalog, as the editor shows them. */
    static String articleNumber(ComponentInstance component) {
        return WiringGraph.articleNumber(component).orElse("");
    }

    /** The terminal's label, as the editor shows it. */
    static String terminalLabel(TerminalInstance terminal) {
        return WiringGraph.terminalLabel(terminal);
    }

    /** "25 mm² · 1.5 m" from what the wire states, as the editor shows it; empty when it states neither. */
    static String wireLabel(Wire wire) {
        return WiringGraph.wireText(wire).orElse("");
    }

    /** The text cut with an ellipsis so it fits {@code width} at {@code size}. */
    static String fit(String text, double size, double width) {
        if (Scene.textWidth(text, size) <= width) {
            return text;
        }
        int chars = Math.max(1, (int) (width / (size * 0.6)) - 1);
        return text.substring(0, Math.min(text.length(), chars)) + "…";
    }
}
