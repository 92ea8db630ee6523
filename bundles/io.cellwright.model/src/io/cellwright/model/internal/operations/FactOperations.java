package io.cellwright.model.internal.operations;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Fact;

/** Behaviour of {@link Fact}: a fact with alternatives is disputed; an alternative is overruled. */
public final class FactOperations {

    private FactOperations() {
    }

    public static boolean isDisputed(Fact fact) {
        return !fact.getAlternatives().isEmpty();
    }

    public static boolean isOverruled(Fact fact) {
        return fact.eContainmentFeature() == CatalogPackage.Literals.FACT__ALTERNATIVES;
    }
}
