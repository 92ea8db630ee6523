package io.cellwright.diagram.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import io.cellwright.design.Components;
import io.cellwright.design.DesignIds;
import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.PaletteGroups;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/**
 * Dropping a product from the palette adds a component of it where it was dropped (or the nearest free
 * place), with a new id ("charger-2") and the product's name, as one undoable command.
 */
public class CreateComponentHandler extends CreateElementHandler<CreateNodeOperation> {

    public CreateComponentHandler() {
        super(WiringTypes.COMPONENT, "Component");
    }

    @Override
    protected Optional<Command> commandFor(CreateNodeOperation operation) {
        SystemDesign design = source.design();
        String productId = operation.getArgs() == null ? null : operation.getArgs().get(CatalogPalette.PRODUCT_ARG);
        Optional<ProductType> product = productId == null ? Optional.empty() : PaletteGroups.product(design, productId);
        if (product.isEmpty()) {
            actionDispatcher.dispatch(MessageActionUtil.error("No product '" + productId + "' in the catalogs of this design; nothing was added."));
            return Optional.empty();
        }
        GPoint at = operation.getLocation().orElse(null);
        double x = at == null ? 20 : at.getX();
        double y = at == null ? 20 : at.getY();
        return Optional.of(new DesignChange("Add " + PaletteGroups.label(product.get()), design, source.notation(), () -> {
            DesignIds ids = new DesignIds(design);
            ComponentInstance component = Components.instantiate(product.get(), ids.newId(PaletteGroups.groupOf(product.get().getCategory()).idPrefix()));
            component.setName(ids.newName(PaletteGroups.label(product.get())));
            design.getComponents().add(component);
            FreePlaces.placeNear(design, source.notation(), component, x, y);
        }));
    }
}
