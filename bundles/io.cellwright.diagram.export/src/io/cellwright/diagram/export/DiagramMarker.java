package io.cellwright.diagram.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.diagram.DesignMarkers;
import io.cellwright.model.design.BmsCableLink;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * A validation badge on one drawn element (component, terminal or wire, by the design's id): the severity
 * decides its colour, the messages become its tooltip in the SVG.
 */
public record DiagramMarker(String elementId, Severity severity, String message) {

    public DiagramMarker {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One marker per finding and drawn element it names. Elements without a shape of their own are marked on
     * the shape that holds them: a setting on its component, a BMS cable link on the terminals it joins;
     * findings about the design as a whole (a battery bank, the system voltage) have no place on the drawing.
     * Infos are left out: the diagram shows what needs fixing.
     */
    public static List<DiagramMarker> of(Findings findings) {
        List<DiagramMarker> markers = new ArrayList<>();
        for (Finding finding : findings.all()) {
            if (finding.severity() == Severity.INFO) {
                continue;
            }
            String message = finding.ruleId() + ": " + finding.message();
            Set<String> ids = new LinkedHashSet<>();
            for (EObject element : finding.elements()) {
                drawnIds(element, ids);
            }
            ids.forEach(id -> markers.add(new DiagramMarker(id, finding.severity(), message)));
        }
        return List.copyOf(markers);
    }

    private static void drawnIds(EObject element, Set<String> ids) {
        if (element instanceof BmsCableLink link) {
            if (link.getFrom() != null) {
                ids.add(link.getFrom().getId());
            }
            if (link.getTo() != null) {
                ids.add(link.getTo().getId());
            }
            return;
        }
        DesignMarkers.drawnId(element).ifPresent(ids::add);
    }
}
