package io.cellwright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramWarmUp;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.SystemDesign;

/** The background run of the diagram server the workbench makes after start-up. */
class DiagramWarmUpTest {

    @Test
    void theServerDrawsTheSampleDesignAndLaysItOut() throws Exception {
        List<ProductType> products = CatalogRegistry.getDefault().products();
        SystemDesign design = DiagramWarmUp.sampleDesign(products, 12);
        assertEquals(Math.min(12, products.size()), design.getComponents().size());
        assertEquals(design.getComponents().size(), DiagramWarmUp.run(design, Duration.ofSeconds(60)));
        // The first layout placed every component, as for a design opened without notation.
        DiagramNotation notation = DiagramNotation.of(design);
        design.getComponents().forEach(c -> assertTrue(notation.get(c.getId()).isPresent(), "no place for " + c.getId()));
    }
}
