package io.cellwright.model.internal.operations;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EEnumLiteral;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.QuantityValue;

/**
 * Unit conversion with the factor annotated on each {@code Unit} literal of catalog.ecore, so that no
 * unit table is duplicated in Java.
 */
public final class QuantityOperations {

    public static final String UNIT_ANNOTATION = "http://cellwright.io/model/unit";

    private QuantityOperations() {
    }

    public static double valueInBaseUnit(QuantityValue quantity) {
        return quantity.getValue() * factor(quantity);
    }

    static double factor(QuantityValue quantity) {
        EEnumLiteral literal = CatalogPackage.Literals.UNIT.getEEnumLiteral(quantity.getUnit().getValue());
        EAnnotation annotation = literal.getEAnnotation(UNIT_ANNOTATION);
        String factor = annotation == null ? null : annotation.getDetails().get("factor");
        if (factor == null) {
            throw new IllegalStateException("catalog.ecore gives no conversion factor for unit " + literal.getName());
        }
        return Double.parseDouble(factor);
    }
}
