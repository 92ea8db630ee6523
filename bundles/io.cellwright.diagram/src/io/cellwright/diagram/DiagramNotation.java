package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.model.notation.Diagram;
import io.cellwright.model.notation.Edge;
import io.cellwright.model.notation.NotationFactory;
import io.cellwright.model.notation.RoutePoint;
import io.cellwright.model.notation.Shape;

/**
 * Where the diagram draws each element, keyed by the design element's id (component, terminal, wire):
 * the notation, kept apart from the semantic design. It is an EMF model ({@link Diagram}); the notation
 * of a design opened from a file is a second root of the design's resource ({@link #of(SystemDesign)}),
 * so saving the design saves it, and changes made inside an EMF command undo with the design's.
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

    private final Diagram diagram;
    /** Resource the diagram joins on its first change, when it is not in one yet (see {@link #of}). */
    private final Resource home;
    private Map<String, Shape> shapeIndex;
    private Map<String, Edge> edgeIndex;

    /** An in-memory notation, in no resource (tests, export of a design without a file). */
    public DiagramNotation() {
        this(NotationFactory.eINSTANCE.createDiagram(), null);
    }

    private DiagramNotation(Diagram diagram, Resource home) {
        this.diagram = diagram;
        this.home = home;
        // Any change, also an undo or redo that replays recorded changes, invalidates the id indexes.
        diagram.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    shapeIndex = null;
                    edgeIndex = null;
                }
            }
        });
    }

    /**
     * The notation stored with {@code design}: the {@link Diagram} root of its resource, empty when the
     * file has none. The same instance each time for the same design. A design without notation gets
     * one that joins the resource when it is first changed, so merely looking does not change the file.
     */
    public static synchronized DiagramNotation of(SystemDesign design) {
        for (var adapter : design.eAdapters()) {
            if (adapter instanceof Holder holder) {
                return holder.notation;
            }
        }
        Resource resource = design.eResource();
        Diagram stored = null;
        if (resource != null) {
            for (EObject root : resource.getContents()) {
                if (root instanceof Diagram d) {
                    stored = d;
                    break;
                }
            }
        }
        Diagram diagram = stored;
        if (diagram == null) {
            diagram = NotationFactory.eINSTANCE.createDiagram();
            diagram.setDesignId(design.getId());
        }
        DiagramNotation notation = new DiagramNotation(diagram, stored == null ? resource : null);
        design.eAdapters().add(new Holder(notation));
        return notation;
    }

    /** The EMF model behind this notation (for recording changes, saving, tests). */
    public Diagram diagram() {
        return diagram;
    }

    public Optional<Bounds> get(String elementId) {
        Shape shape = shapes().get(elementId);
        return shape == null ? Optional.empty()
                : Optional.of(new Bounds(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()));
    }

    public void put(String elementId, Bounds value) {
        Shape shape = shapes().get(elementId);
        if (shape == null) {
            shape = NotationFactory.eINSTANCE.createShape();
            shape.setElementId(elementId);
            setBounds(shape, value);
            attach();
            diagram.getShapes().add(shape);
        } else {
            setBounds(shape, value);
        }
    }

    /** Forgets the shape of an element (for example a deleted component or terminal). */
    public void remove(String elementId) {
        Shape shape = shapes().get(elementId);
        if (shape != null) {
            diagram.getShapes().remove(shape);
        }
        Edge edge = edges().get(elementId);
        if (edge != null) {
            diagram.getEdges().remove(edge);
        }
    }

    /**
     * The route of a wire (keyed by the wire's id): the whole polyline from the centre of its first
     * terminal to the centre of its second, in diagram coordinates; empty when the layout has none.
     */
    public Optional<List<Point>> route(String wireId) {
        Edge edge = edges().get(wireId);
        if (edge == null) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>(edge.getPoints().size());
        for (RoutePoint p : edge.getPoints()) {
            points.add(new Point(p.getX(), p.getY()));
        }
        return Optional.of(List.copyOf(points));
    }

    public void putRoute(String wireId, List<Point> points) {
        Edge edge = edges().get(wireId);
        if (edge == null) {
            edge = NotationFactory.eINSTANCE.createEdge();
            edge.setElementId(wireId);
            fill(edge, points);
            attach();
            diagram.getEdges().add(edge);
        } else {
            edge.getPoints().clear();
            fill(edge, points);
        }
    }

    /** Forgets a wire's route, for example when one of its terminals moved and the client routes it anew. */
    public void removeRoute(String wireId) {
        Edge edge = edges().get(wireId);
        if (edge != null) {
            diagram.getEdges().remove(edge);
        }
    }

    /**
     * Puts the places {@code other} has for the elements of {@code design} (components, terminals, wire
     * routes) into this notation; elements {@code other} does not place keep what they had here.
     */
    public void putAll(DiagramNotation other, SystemDesign design) {
        for (ComponentInstance component : design.getComponents()) {
            other.get(component.getId()).ifPresent(bounds -> put(component.getId(), bounds));
            for (TerminalInstance terminal : component.getTerminals()) {
                other.get(terminal.getId()).ifPresent(bounds -> put(terminal.getId(), bounds));
            }
        }
        for (Wire wire : design.getWires()) {
            other.route(wire.getId()).ifPresent(route -> putRoute(wire.getId(), route));
        }
    }

    public boolean isEmpty() {
        return diagram.getShapes().isEmpty();
    }

    public void clear() {
        diagram.getShapes().clear();
        diagram.getEdges().clear();
    }

    private static void setBounds(Shape shape, Bounds value) {
        shape.setX(value.x());
        shape.setY(value.y());
        shape.setWidth(value.width());
        shape.setHeight(value.height());
    }

    private static void fill(Edge edge, List<Point> points) {
        for (Point p : points) {
            RoutePoint point = NotationFactory.eINSTANCE.createRoutePoint();
            point.setX(p.x());
            point.setY(p.y());
            edge.getPoints().add(point);
        }
    }

    /** A design's notation joins its resource on the first change, as the second root. */
    private void attach() {
        if (home != null && diagram.eResource() == null) {
            home.getContents().add(diagram);
        }
    }

    private Map<String, Shape> shapes() {
        Map<String, Shape> index = shapeIndex;
        if (index == null) {
            index = new HashMap<>();
            for (Shape shape : diagram.getShapes()) {
                index.putIfAbsent(shape.getElementId(), shape);
            }
            shapeIndex = index;
        }
        return index;
    }

    private Map<String, Edge> edges() {
        Map<String, Edge> index = edgeIndex;
        if (index == null) {
            index = new HashMap<>();
            for (Edge edge : diagram.getEdges()) {
                index.putIfAbsent(edge.getElementId(), edge);
            }
            edgeIndex = index;
        }
        return index;
    }

    /** Keeps a design's notation with the design, so {@link #of} answers the same instance. */
    private static final class Holder extends AdapterImpl {
        private final DiagramNotation notation;

        Holder(DiagramNotation notation) {
            this.notation = notation;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == DiagramNotation.class;
        }
    }
}
