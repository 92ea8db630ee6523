package io.cellwright.diagram.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;

/** Design elements by id: the diagram's element ids are the design's ids (component, terminal, wire). */
final class Ids {

    private Ids() {
    }

    static String of(EObject element) {
        return element instanceof DesignElement designElement ? designElement.getId() : null;
    }

    static Map<String, EObject> index(SystemDesign design) {
        Map<String, EObject> byId = new HashMap<>();
        design.eAllContents().forEachRemaining(object -> {
            String id = of(object);
            if (id != null) {
                byId.putIfAbsent(id, object);
            }
        });
        return byId;
    }
}
