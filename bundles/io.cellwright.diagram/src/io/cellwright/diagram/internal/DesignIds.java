package io.cellwright.diagram.internal;

import java.util.HashSet;
import java.util.Set;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;

/** New ids and names that no element of the design uses yet (ids are unique in a design file). */
final class DesignIds {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    DesignIds(SystemDesign design) {
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof DesignElement element && element.getId() != null) {
                ids.add(element.getId());
            }
            if (o instanceof ComponentInstance component && component.getName() != null) {
                names.add(component.getName());
            }
        });
    }

    /** "prefix-N" with the first N from 1 that is free; taken from then on. */
    String newId(String prefix) {
        int n = 1;
        while (ids.contains(prefix + "-" + n)) {
            n++;
        }
        String id = prefix + "-" + n;
        ids.add(id);
        return id;
    }

    /** {@code name} when no component has it, else "name 2", "name 3"...; taken from then on. */
    String newName(String name) {
        String candidate = name;
        for (int n = 2; names.contains(candidate); n++) {
            candidate = name + " " + n;
        }
        names.add(candidate);
        return candidate;
    }
}
