package io.cellwright.design;

import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.TerminalInstance;

/** Places catalog products in a design. */
public final class Components {

    private Components() {
    }

    /**
     * A component of {@code type} with id {@code id} and one terminal per terminal of the product, each
     * with the id {@code <id>.<terminal id>} (the convention of the design files).
     */
    public static ComponentInstance instantiate(ProductType type, String id) {
        ComponentInstance component = DesignFactory.eINSTANCE.createComponentInstance();
        component.setId(id);
        component.setType(type);
        for (TerminalDefinition definition : type.getTerminals()) {
            TerminalInstance terminal = DesignFactory.eINSTANCE.createTerminalInstance();
            terminal.setId(id + "." + definition.getId());
            terminal.setDefinition(definition);
            component.getTerminals().add(terminal);
        }
        return component;
    }
}
