package io.cellwright.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/** The example designs of examples/ load against the built-in catalog and add up as documented. */
class ExamplesTest {

    /** The examples folder of the checkout; tests run in their own bundle's folder. */
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "001-example-1-multiplus-compact-mppt, 12, 1, 2, 12.8, 400",
        "001-example-2-multiplus-smart-batteryprotect, 12, 1, 1, 12.8, 330",
        "cl-12-100-alternator-starter, 12, 1, 3, 12.8, 300",
        "lynx-smart-bms-24v, 24, 2, 2, 25.6, 400",
        "smallbms-48v, 48, 2, 2, 51.2, 200",
        "vebus-bms-v2-multiplus-ii-gx, 48, 4, 1, 51.2, 330" })
    void exampleLoadsAndAddsUp(String name, double nominal, int series, int parallel, double voltage, double capacity) throws Exception {
        SystemDesign design = DesignFiles.load(EXAMPLES.resolve(name + ".cwdesign"), CatalogRegistry.getDefault());
        assertEquals(nominal, design.getNominalVoltage(), 1e-9);
        DesignSummary.Bank bank = DesignSummary.banks(design).get(0);
        assertEquals(series, bank.series());
        assertEquals(parallel, bank.parallel());
        assertEquals(voltage, bank.voltage(), 1e-9);
        assertEquals(capacity, bank.capacityAh(), 1e-9);
        assertEquals(List.of(), bank.missing());
        for (ComponentInstance component : design.getComponents()) {
            assertEquals(component.getType().getTerminals().size(), component.getTerminals().size(),
                    component.getId() + " has one terminal per terminal of its product");
        }
    }

    @org.junit.jupiter.api.Test
    void everyExampleIsCoveredAbove() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertEquals(6, files.filter(f -> f.toString().endsWith(".cwdesign")).count());
        }
        assertTrue(Files.isRegularFile(EXAMPLES.resolve("README.md")));
    }
}
