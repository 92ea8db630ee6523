package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

/**
 * The validation rules' findings as diagram markers: one marker per finding and per element it names,
 * on the element the diagram draws (a component, terminal or wire; a setting or bank member is marked on
 * its component, the design itself on the diagram), with the rule's id and message.
 */
public final class DesignMarkers {

    /** One marker: the id of the drawn element, error/warning/info, the text shown on hover. */
    public record Marker(String elementId, Severity severity, String label, String description) {
    }

    private DesignMarkers() {
    }

    public static List<Marker> of(SystemDesign design) {
        List<Marker> markers = new ArrayList<>();
        String rootId = design.getId() == null ? "design" : design.getId();
        for (Finding finding : Rules.validate(design).all()) {
            String text = "[" + finding.ruleId() + "] " + finding.message();
            Set<String> ids = new LinkedHashSet<>();
            for (EObject element : finding.elements()) {
                ids.add(drawnId(element).orElse(rootId));
            }
            if (ids.isEmpty()) {
                ids.add(rootId);
            }
            for (String id : ids) {
                markers.add(new Marker(id, finding.severity(), finding.ruleId(), text));
            }
        }
        return markers;
    }

    /**
     * The id of the diagram element that shows {@code element}: itself when drawn (a component, terminal or
     * wire), else its nearest drawn container; empty when nothing drawn holds it (a bank, the design).
     */
    public static Optional<String> drawnId(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if ((e instanceof ComponentInstance || e instanceof TerminalInstance || e instanceof Wire) && ((DesignElement) e).getId() != null) {
                return Optional.of(((DesignElement) e).getId());
            }
        }
        return Optional.empty();
    }
}
