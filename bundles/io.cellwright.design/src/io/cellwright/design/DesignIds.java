package io.cellwright.design;

import java.util.HashSet;
import java.util.Set;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;

/**
 * New ids and names that no element of a design uses yet (ids are unique in a design file), for what is
 * added to it: components dropped from the palette, pasted copies.
 */
public final class DesignIds {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    public DesignIds(SystemDesign design) {
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
    public String newId(String prefix) {
        int n = 1;
        while (ids.contains(prefix + "-" + n)) {
            n++;
        }
        String id = prefix + "-" + n;
        ids.add(id);
        return id;
    }

    /** {@code id} when no element has it, else "id-2", "id-3"...; taken from then on. */
    public String unique(String id) {
        String candidate = id;
        for (int n = 2; ids.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        ids.add(candidate);
        return candidate;
    }

    /** {@code name} when no component has it, else "name 2", "name 3"...; taken from then on. */
    public String newName(String name) {
        String candidate = name;
        for (int n = 2; names.contains(candidate); n++) {
            candidate = name + " " + n;
        }
        names.add(candidate);
        return candidate;
    }
}
