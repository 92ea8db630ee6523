package io.cellwright.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cellwright.model.catalog.ComparisonColumn;
import io.cellwright.model.catalog.ComparisonRow;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.ProductType;

/**
 * Prints a comparison table (features × products) from the structured catalog values, tab separated,
 * in the catalog's row and column order: what {@code cellwright catalog compare} shows. Nothing in a
 * cell is stored as table text except where a fact carries a {@code displayText}.
 */
public final class ComparisonTablePrinter {

    private ComparisonTablePrinter() {
    }

    /** The table's lines: the header line, then one line per row. */
    public static List<String> print(ComparisonTable table) {
        Map<ProductType, String> headers = new LinkedHashMap<>();
        StringBuilder header = new StringBuilder(nullToEmpty(table.getCornerHeader()));
        for (ComparisonColumn column : table.getColumns()) {
            headers.put(column.getProduct(), column.getHeader());
            header.append('\t').append(column.getHeader());
        }
        FactFormatter formatter = new FactFormatter(headers);
        List<String> lines = new ArrayList<>();
        lines.add(header.toString());
        for (ComparisonRow row : table.getRows()) {
            StringBuilder line = new StringBuilder(row.getHeader());
            for (ComparisonColumn column : table.getColumns()) {
                line.append('\t').append(formatter.format(cell(column.getProduct(), row), row.getStyle()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The fact at the end of the row's feature path, starting from the column's product. */
    public static Fact cell(ProductType product, ComparisonRow row) {
        Object value = product;
        for (EStructuralFeature feature : row.getPath()) {
            if (!(value instanceof EObject object) || !feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
                return null;
            }
            value = object.eGet(feature);
        }
        return value instanceof Fact fact ? fact : null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
