package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.SystemDesign;

/**
 * The diagram palette's groups, as the issue names them (BMS, batteries, chargers, inverters, loads,
 * protection, monitoring, cables and accessories), filled from the catalog's product categories, and
 * the products a design can use: those of the catalogs its resource set holds.
 */
public final class PaletteGroups {

    /** One palette group: its id, its label, the short id new components of it get, its categories. */
    public enum Group {
        BMS("BMS", "bms", ProductCategory.BMS),
        BATTERIES("Batteries", "battery", ProductCategory.LITHIUM_BATTERY, ProductCategory.STARTER_BATTERY),
        CHARGERS("Chargers", "charger", ProductCategory.BATTERY_CHARGER, ProductCategory.SOLAR_CHARGER, ProductCategory.DC_DC_CONVERTER,
                ProductCategory.ALTERNATOR, ProductCategory.BATTERY_COMBINER),
        INVERTERS("Inverters", "inverter", ProductCategory.INVERTER, ProductCategory.INVERTER_CHARGER),
        LOADS("Loads", "load", ProductCategory.DC_LOAD),
        PROTECTION("Protection", "protection", ProductCategory.BATTERY_PROTECT, ProductCategory.FUSE, ProductCategory.FUSE_HOLDER,
                ProductCategory.SWITCH),
        MONITORING("Monitoring", "monitor", ProductCategory.BATTERY_MONITOR, ProductCategory.GX_DEVICE),
        CABLES_AND_ACCESSORIES("Cables and accessories", "accessory", ProductCategory.CABLE_ACCESSORY, ProductCategory.DC_DISTRIBUTION,
                ProductCategory.OTHER);

        private final String label;
        private final String idPrefix;
        private final List<ProductCategory> categories;

        Group(String label, String idPrefix, ProductCategory... categories) {
            this.label = label;
            this.idPrefix = idPrefix;
            this.categories = List.of(categories);
        }

        public String label() {
            return label;
        }

        /** Start of the id of a component placed from this group, e.g. "charger" for "charger-2". */
        public String idPrefix() {
            return idPrefix;
        }

        public List<ProductCategory> categories() {
            return categories;
        }
    }

    private PaletteGroups() {
    }

    /** The group a category belongs to; every category has one. */
    public static Group groupOf(ProductCategory category) {
        ProductCategory c = category == null ? ProductCategory.OTHER : category;
        for (Group group : Group.values()) {
            if (group.categories.contains(c)) {
                return group;
            }
        }
        return Group.CABLES_AND_ACCESSORIES;
    }

    /** Products the design can use, by group in palette order, each sorted by name; empty groups left out. */
    public static Map<Group, List<ProductType>> products(SystemDesign design) {
        Map<Group, List<ProductType>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        for (ProductType product : catalogProducts(design)) {
            groups.get(groupOf(product.getCategory())).add(product);
        }
        groups.values().removeIf(List::isEmpty);
        groups.values().forEach(list -> list.sort(Comparator.comparing(PaletteGroups::label)));
        return groups;
    }

    /** The product with this id among those the design can use. */
    public static java.util.Optional<ProductType> product(SystemDesign design, String productId) {
        return catalogProducts(design).stream().filter(p -> productId.equals(p.getId())).findFirst();
    }

    /** A product's name as the palette shows it. */
    public static String label(ProductType product) {
        return product.getName() == null || product.getName().isBlank() ? product.getId() : product.getName();
    }

    /** The catalogs loaded beside the design (so new components refer into the same resources), else the installed ones. */
    private static List<ProductType> catalogProducts(SystemDesign design) {
        List<ProductType> products = new ArrayList<>();
        Resource own = design.eResource();
        if (own != null && own.getResourceSet() != null) {
            for (Resource resource : List.copyOf(own.getResourceSet().getResources())) {
                for (EObject root : resource.getContents()) {
                    if (root instanceof Catalog catalog) {
                        products.addAll(catalog.getProductTypes());
                    }
                }
            }
        }
        return products.isEmpty() ? CatalogRegistry.getDefault().products() : products;
    }
}
