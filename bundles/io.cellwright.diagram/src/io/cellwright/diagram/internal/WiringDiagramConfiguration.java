package io.cellwright.diagram.internal;

import java.util.List;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import io.cellwright.diagram.WiringTypes;

/**
 * What the client may do with each element type; bounds come from the server (notation + ELK). For now
 * the only edit is drawing a wire from terminal to terminal: nothing moves, resizes or is deleted yet.
 */
public class WiringDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(WiringTypes.COMPONENT, false, false, false, false),
                new ShapeTypeHint(WiringTypes.TERMINAL, false, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(WiringTypes.WIRE, false, false, false, List.of(WiringTypes.TERMINAL), List.of(WiringTypes.TERMINAL)));
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
