package io.cellwright.diagram.internal;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;

import com.google.inject.Inject;

import io.cellwright.diagram.ConnectRules;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

/**
 * Feedback while a wire is drawn: the client asks, for the terminal under the mouse, whether the wire
 * may end there, and shows a terminal the {@link ConnectRules} refuse as not allowed before the click.
 */
public class WiringEdgeCreationChecker implements EdgeCreationChecker {

    @Inject
    private DesignSource source;

    @Override
    public boolean isValidSource(String edgeType, GModelElement sourceElement) {
        return WiringTypes.WIRE.equals(edgeType) && source.read(() -> terminal(source.design(), sourceElement) != null);
    }

    @Override
    public boolean isValidTarget(String edgeType, GModelElement sourceElement, GModelElement targetElement) {
        if (!WiringTypes.WIRE.equals(edgeType)) {
            return false;
        }
        return source.read(() -> {
            SystemDesign design = source.design();
            TerminalInstance from = terminal(design, sourceElement);
            TerminalInstance to = terminal(design, targetElement);
            return from != null && to != null && ConnectRules.whyNot(design, from, to).isEmpty();
        });
    }

    private static TerminalInstance terminal(SystemDesign design, GModelElement element) {
        if (element == null || element.getId() == null) {
            return null;
        }
        String id = element.getId();
        return design.getComponents().stream().flatMap(c -> c.getTerminals().stream()).filter(t -> id.equals(t.getId())).findFirst().orElse(null);
    }
}
