package io.cellwright.diagram.internal;

import java.util.List;

import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import io.cellwright.diagram.WiringTypes;

/**
 * What the client may do with each element type; bounds come from the server (notation + ELK).
 * Components move, resize and are deleted, and are created in the diagram's root; terminals stay on
 * their component; wires are drawn from terminal to terminal and deleted.
 */
public class WiringDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(DefaultTypes.GRAPH, false, false, false, false, List.of(WiringTypes.COMPONENT)),
                new ShapeTypeHint(WiringTypes.COMPONENT, true, true, true, false),
                new ShapeTypeHint(WiringTypes.TERMINAL, false, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        EdgeTypeHint wire = new EdgeTypeHint(WiringTypes.WIRE, false, true, false, List.of(WiringTypes.TERMINAL), List.of(WiringTypes.TERMINAL));
        // Dynamic: the client asks the server (WiringEdgeCreationChecker) about each terminal while a wire is drawn.
        // (GLSP 2.3.0's constructor with a 'dynamic' argument ignores it, hence the setter.)
        wire.setDynamic(true);
        return List.of(wire);
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
