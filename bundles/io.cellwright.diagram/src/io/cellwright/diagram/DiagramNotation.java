package io.cellwright.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the diagram draws each element, keyed by the design element's id (component, terminal): the
 * notation, kept apart from the semantic design. This first version lives in memory only: it is made
 * by the automatic layout when a design is opened and is not yet saved with the design.
 */
public final class DiagramNotation {

    /** Position and size of one shape; ports are relative to their component's node. */
    public record Bounds(double x, double y, double width, double height) {
        public boolean overlaps(Bounds other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }

    /** A point of a wire's route, in diagram coordinates. */
    public record Point(double x, double y) {
    }

    private final Map<String, Bounds> bounds = new LinkedHashMap<>();
    private final Map<String, List<Point>> routes = new LinkedHashMap<>();

    public Optional<Bounds> get(String elementId) {
        return Optional.ofNullable(bounds.get(elementId));
    }

    public void put(String elementId, Bounds value) {
        bounds.put(elementId, value);
    }

    /**
     * The route of a wire (keyed by the wire's id): the whole polyline from the centre of its first
     * terminal to the centre of its second, in diagram coordinates; empty when the layout has none.
     */
    public Optional<List<Point>> route(String wireId) {
        return Optional.ofNullable(routes.get(wireId));
    }

    public void putRoute(String wireId, List<Point> points) {
        routes.put(wireId, List.copyOf(points));
    }

    public boolean isEmpty() {
        return bounds.isEmpty();
    }

    public void clear() {
        bounds.clear();
        routes.clear();
    }
}
