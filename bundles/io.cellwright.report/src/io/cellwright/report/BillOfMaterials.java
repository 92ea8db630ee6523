package io.cellwright.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.FuseType;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/**
 * The products a design uses, identical products (same catalog type and variant) on one line with their
 * quantity, in the order they first appear in the design. Article numbers come only from the catalog
 * (the variant's, else the type's); where the source documents give none, the line has none.
 */
public final class BillOfMaterials {

    /** One line: how many of one product, the design's components that are it, and its article numbers. */
    public record Line(ProductType product, ProductVariant variant, List<ComponentInstance> components, List<ArticleNumberFact> articleNumbers) {

        public int quantity() {
            return components.size();
        }

        /**
         * The name to order by: the variant's full name ("MultiPlus Compact 12/2000"), or the type's name with a
         * variant the catalog names by its rating alone ("SmartSolar MPPT up to 150/35, model 75/15").
         */
        public String productName() {
            if (variant == null) {
                return product.getName();
            }
            String variantName = variant.getName() == null ? variant.getId() : variant.getName();
            return Character.isDigit(variantName.charAt(0)) ? product.getName() + ", model " + variantName : variantName;
        }
    }

    /** Fuses of one type and rating in the design's wires; {@code type} is null where the design names no fuse type. */
    public record FuseLine(FuseType type, double rating, List<Wire> wires) {

        public int quantity() {
            return wires.size();
        }

        public List<ArticleNumberFact> articleNumbers() {
            return type == null ? List.of() : List.copyOf(type.getArticleNumbers());
        }
    }

    private record FuseKey(FuseType type, double rating) {
    }

    private record Key(ProductType product, ProductVariant variant) {
    }

    private BillOfMaterials() {
    }

    public static List<Line> of(SystemDesign design) {
        Map<Key, List<ComponentInstance>> byProduct = new LinkedHashMap<>();
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() != null) {
                byProduct.computeIfAbsent(new Key(component.getType(), component.getVariant()), k -> new ArrayList<>()).add(component);
            }
        }
        List<Line> lines = new ArrayList<>();
        byProduct.forEach((key, components) -> lines.add(new Line(key.product(), key.variant(), List.copyOf(components), articleNumbers(key))));
        return lines;
    }

    /** The fuses the design's wires carry, one line per fuse type and rating, in design order. */
    public static List<FuseLine> fuses(SystemDesign design) {
        Map<FuseKey, List<Wire>> byFuse = new LinkedHashMap<>();
        for (Wire wire : design.getWires()) {
            if (wire.getFuse() != null) {
                byFuse.computeIfAbsent(new FuseKey(wire.getFuse().getFuseType(), wire.getFuse().getRating()), k -> new ArrayList<>()).add(wire);
            }
        }
        List<FuseLine> lines = new ArrayList<>();
        byFuse.forEach((key, wires) -> lines.add(new FuseLine(key.type(), key.rating(), List.copyOf(wires))));
        return lines;
    }

    private static List<ArticleNumberFact> articleNumbers(Key key) {
        if (key.variant() != null && !key.variant().getArticleNumbers().isEmpty()) {
            return List.copyOf(key.variant().getArticleNumbers());
        }
        return List.copyOf(key.product().getArticleNumbers());
    }

    /** The document ids an article number is cited from ("000"), for the reader who wants to check it. */
    public static List<String> sources(ArticleNumberFact number) {
        return number.getSources().stream().map(s -> s.getDocument() == null ? null : s.getDocument().getId()).filter(Objects::nonNull).distinct().toList();
    }
}
