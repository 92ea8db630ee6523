package io.cellwright.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.PaletteGroups;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.catalog.ProductType;

/**
 * The palette: a wire tool, then one group per {@link PaletteGroups.Group} with one entry per catalog
 * product; dropping an entry creates a component of that product ({@link CreateComponentHandler}).
 */
public class CatalogPalette implements ToolPaletteItemProvider {

    /** The argument of a node creation that names the product to place. */
    public static final String PRODUCT_ARG = "product";

    @Inject
    private DesignSource source;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> items = new ArrayList<>();
        items.add(PaletteItem.createPaletteGroup("connections", "Connections",
                List.of(new PaletteItem("wire", "Wire", new TriggerEdgeCreationAction(WiringTypes.WIRE), "", "A")), "", "A"));
        Map<PaletteGroups.Group, List<ProductType>> groups = source.read(() -> PaletteGroups.products(source.design()));
        int order = 0;
        for (Map.Entry<PaletteGroups.Group, List<ProductType>> group : groups.entrySet()) {
            order++;
            List<PaletteItem> entries = new ArrayList<>();
            for (ProductType product : group.getValue()) {
                entries.add(new PaletteItem("product:" + product.getId(), PaletteGroups.label(product),
                        new TriggerNodeCreationAction(WiringTypes.COMPONENT, Map.of(PRODUCT_ARG, product.getId())), "",
                        PaletteGroups.label(product).toLowerCase(Locale.ROOT)));
            }
            items.add(PaletteItem.createPaletteGroup("group:" + group.getKey().name().toLowerCase(Locale.ROOT), group.getKey().label(),
                    entries, "", "B" + (char) ('a' + order)));
        }
        return items;
    }
}
