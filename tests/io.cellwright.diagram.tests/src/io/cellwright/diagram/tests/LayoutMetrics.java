package io.cellwright.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.DiagramNotation.Point;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/**
 * What makes a laid-out wiring diagram hard to read, measured on the notation: symbols on top of each
 * other, wires running through a symbol they do not connect to, and wires crossing each other.
 */
final class LayoutMetrics {

    /** Wires touching a symbol's outline are fine; only its inside counts (the ports sit on the outline). */
    private static final double INSET = 2;

    private LayoutMetrics() {
    }

    /** Pairs of components whose symbols overlap, as "a / b". */
    static List<String> overlappingComponents(SystemDesign design, DiagramNotation notation) {
        List<String> result = new ArrayList<>();
        List<ComponentInstance> components = design.getComponents();
        for (int i = 0; i < components.size(); i++) {
            Bounds a = notation.get(components.get(i).getId()).orElseThrow();
            for (int j = i + 1; j < components.size(); j++) {
                Bounds b = notation.get(components.get(j).getId()).orElseThrow();
                if (a.overlaps(b)) {
                    result.add(components.get(i).getId() + " / " + components.get(j).getId());
                }
            }
        }
        return result;
    }

    /** Wires with a segment through the inside of a component that is at neither end, as "wire through component". */
    static List<String> wiresThroughComponents(SystemDesign design, DiagramNotation notation) {
        List<String> result = new ArrayList<>();
        for (Wire wire : design.getWires()) {
            List<Point> route = notation.route(wire.getId()).orElse(List.of());
            for (ComponentInstance component : design.getComponents()) {
                if (component == wire.getFrom().eContainer() || component == wire.getTo().eContainer()) {
                    continue;
                }
                Bounds box = notation.get(component.getId()).orElseThrow();
                for (int i = 1; i < route.size(); i++) {
                    if (crossesInside(route.get(i - 1), route.get(i), box)) {
                        result.add(wire.getId() + " through " + component.getId());
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** Number of points where two wires of the diagram cross (segments of different wires, interiors only). */
    static int crossings(SystemDesign design, DiagramNotation notation) {
        List<List<Point>> routes = design.getWires().stream().map(w -> notation.route(w.getId()).orElse(List.of())).toList();
        int count = 0;
        for (int a = 0; a < routes.size(); a++) {
            for (int b = a + 1; b < routes.size(); b++) {
                count += crossings(routes.get(a), routes.get(b));
            }
        }
        return count;
    }

    private static int crossings(List<Point> a, List<Point> b) {
        int count = 0;
        for (int i = 1; i < a.size(); i++) {
            for (int j = 1; j < b.size(); j++) {
                if (properlyCross(a.get(i - 1), a.get(i), b.get(j - 1), b.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** One horizontal and one vertical segment that cross away from their ends (orthogonal routes). */
    private static boolean properlyCross(Point p1, Point p2, Point q1, Point q2) {
        boolean pHorizontal = Math.abs(p1.y() - p2.y()) < 0.5;
        boolean qHorizontal = Math.abs(q1.y() - q2.y()) < 0.5;
        if (pHorizontal == qHorizontal) {
            return false;
        }
        Point h1 = pHorizontal ? p1 : q1;
        Point h2 = pHorizontal ? p2 : q2;
        Point v1 = pHorizontal ? q1 : p1;
        Point v2 = pHorizontal ? q2 : p2;
        double x = v1.x();
        double y = h1.y();
        return strictlyBetween(x, h1.x(), h2.x()) && strictlyBetween(y, v1.y(), v2.y());
    }

    private static boolean strictlyBetween(double value, double a, double b) {
        return value > Math.min(a, b) + 0.5 && value < Math.max(a, b) - 0.5;
    }

    /** Whether the segment p-q runs through the inside of the box (axis-parallel segments, or any via sampling). */
    static boolean crossesInside(Point p, Point q, Bounds box) {
        double left = box.x() + INSET;
        double right = box.x() + box.width() - INSET;
        double top = box.y() + INSET;
        double bottom = box.y() + box.height() - INSET;
        double minX = Math.min(p.x(), q.x());
        double maxX = Math.max(p.x(), q.x());
        double minY = Math.min(p.y(), q.y());
        double maxY = Math.max(p.y(), q.y());
        return minX < right && maxX > left && minY < bottom && maxY > top;
    }
}
