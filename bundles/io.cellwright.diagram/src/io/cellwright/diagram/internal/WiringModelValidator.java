package io.cellwright.diagram.internal;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignMarkers;
import io.cellwright.diagram.DesignSource;
import io.cellwright.model.design.SystemDesign;

/**
 * Markers from the design's validation rules (io.cellwright.validation), on request (batch) and after
 * every change (live: GLSP validates after each model update), run on a copy of the design off the model
 * thread. The whole design is validated each time:
 * rules look at nets and banks, so a change in one place can raise or clear a finding elsewhere.
 */
public class WiringModelValidator implements ModelValidator {

    @Inject
    private DesignSource source;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        // Copied on the model thread (quick); the rules run on the copy here, so validation after each
        // change never holds up the display thread. Markers name elements by id, which the copy keeps.
        SystemDesign copy = source.read(() -> EcoreUtil.copy(source.design()));
        return DesignMarkers.of(copy).stream()
                .map(m -> new Marker(m.label(), m.description(), m.elementId(), kind(m.severity())))
                .toList();
    }

    private static String kind(io.cellwright.validation.Severity severity) {
        return switch (severity) {
            case ERROR -> MarkerKind.ERROR;
            case WARNING -> MarkerKind.WARNING;
            default -> MarkerKind.INFO;
        };
    }
}
