package io.cellwright.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.catalog.CatalogContribution;
import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.ProductType;

class CatalogRegistryTest {

    private static final String ACME = """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:catalog="http://cellwright.io/catalog/1.0" id="%s" name="Test" formatVersion="1.0">
              <documents id="ds" fileName="ds.pdf" kind="DATASHEET"/>
              <productTypes xsi:type="catalog:LithiumBatteryModel" id="%s" name="Test battery" category="LITHIUM_BATTERY">
                <sources document="ds"/>
              </productTypes>
            </catalog:Catalog>
            """;

    @Test
    void theBuiltInAndAThirdPartyCatalogAreBothContributions() {
        CatalogRegistry registry = CatalogRegistry.getDefault();
        assertEquals(List.of(), registry.problems());
        assertTrue(registry.catalog("victron").isPresent(), "the built-in Victron catalog");
        assertTrue(registry.catalog("acme-test").isPresent(), "the catalog this test bundle contributes");
        ProductType acme = registry.product("acme-lfp-12-100").orElseThrow();
        LithiumBatteryModel battery = (LithiumBatteryModel) acme;
        assertEquals(12.8, battery.getNominalVoltage().getValue(), 1e-9);
        assertEquals("acme-test", CatalogRegistry.catalogOf(acme).getId());
        assertEquals("2 Electrical", battery.getNominalVoltage().getSources().get(0).getSection());
    }

    @Test
    void catalogUrisResolveInADesignsResourceSet() {
        var resourceSet = CatalogRegistry.getDefault().newResourceSet();
        var product = resourceSet.getEObject(CatalogRegistry.catalogUri("acme-test").appendFragment("acme-lfp-12-100"), true);
        assertTrue(product instanceof LithiumBatteryModel, String.valueOf(product));
        assertEquals("cellwright:/catalog/acme-test", CatalogRegistry.catalogUri("acme-test").toString());
    }

    @Test
    void everyDesignsResourceSetSharesTheCatalogTheRegistryRead() {
        CatalogRegistry registry = CatalogRegistry.getDefault();
        var first = registry.newResourceSet();
        var second = registry.newResourceSet();
        var uri = CatalogRegistry.catalogUri("acme-test").appendFragment("acme-lfp-12-100");
        var product = first.getEObject(uri, true);
        assertSame(registry.product("acme-lfp-12-100").orElseThrow(), product, "the registry's object, not a copy read again");
        assertSame(product, second.getEObject(uri, true));
        assertTrue(first.getResources().isEmpty(), "nothing was read into the design's resource set: " + first.getResources());
    }

    @Test
    void aCatalogTheRegistryCouldNotReadFailsAgainInADesignsResourceSet(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.cwcatalog");
        Files.writeString(broken, ACME.formatted("broken", "b1").replace("<sources document=\"ds\"/>", "<sources document=\"ds\">"));
        CatalogRegistry registry = CatalogRegistry.load(List.of(contribution("broken", broken)));
        var resourceSet = registry.newResourceSet();
        try {
            resourceSet.getResource(CatalogRegistry.catalogUri("broken"), true);
            throw new AssertionError("the broken catalog loaded in a design's resource set");
        } catch (RuntimeException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("lineNumber: 7"), "read from the file again: " + e.getMessage());
        }
    }

    @Test
    void aMalformedCatalogIsReportedWithItsLineAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.cwcatalog");
        Files.writeString(broken, ACME.formatted("broken", "b1").replace("<sources document=\"ds\"/>", "<sources document=\"ds\">"));
        CatalogRegistry registry = CatalogRegistry.load(List.of(
                contribution("broken", broken), contribution("good", write(dir, "good", "g1"))));
        assertEquals(List.of("good"), registry.catalogs().stream().map(c -> c.getId()).toList());
        assertEquals(1, registry.problems().size(), registry.problems().toString());
        String problem = registry.problems().get(0);
        assertTrue(problem.startsWith("catalog 'broken' (broken.cwcatalog in com.example.test): line 7, column 5: "), problem);
        assertTrue(problem.endsWith("The catalog is ignored."), problem);
    }

    @Test
    void anUnknownElementIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unknown.cwcatalog");
        Files.writeString(file, ACME.formatted("unknown", "u1").replace("<sources document=\"ds\"/>", "<sources document=\"ds\"/>\n    <wattage value=\"3\"/>"));
        CatalogRegistry registry = CatalogRegistry.load(List.of(contribution("unknown", file)));
        assertTrue(registry.catalogs().isEmpty());
        String problem = registry.problems().get(0);
        assertTrue(problem.contains("line 7") && problem.contains("wattage"), problem);
    }

    @Test
    void aCatalogWhoseIdDiffersFromItsContributionIsRefused(@TempDir Path dir) throws IOException {
        CatalogRegistry registry = CatalogRegistry.load(List.of(contribution("expected", write(dir, "actual", "p1"))));
        assertTrue(registry.catalogs().isEmpty());
        assertTrue(registry.problems().get(0).contains("has id 'actual', but it is contributed as 'expected'"), registry.problems().toString());
    }

    @Test
    void aSecondCatalogWithTheSameIdIsIgnored(@TempDir Path dir) throws IOException {
        Path one = write(dir, "same", "p1");
        Path other = dir.resolve("other.cwcatalog");
        Files.writeString(other, ACME.formatted("same", "p2"));
        CatalogRegistry registry = CatalogRegistry.load(List.of(contribution("same", one), contribution("same", other)));
        assertEquals(1, registry.catalogs().size());
        assertTrue(registry.product("p1").isPresent());
        assertTrue(registry.product("p2").isEmpty());
        assertTrue(registry.problems().get(0).contains("the id is already used by catalog 'same'"), registry.problems().toString());
    }

    @Test
    void aMissingFileAndABadIdAreReported(@TempDir Path dir) {
        CatalogRegistry registry = CatalogRegistry.load(List.of(
                contribution("gone", dir.resolve("gone.cwcatalog")), contribution("Bad Id", dir.resolve("x.cwcatalog"))));
        assertTrue(registry.catalogs().isEmpty());
        assertEquals(2, registry.problems().size(), registry.problems().toString());
        assertTrue(registry.problems().get(0).contains("must be lower-case letters"), registry.problems().toString());
        assertTrue(registry.problems().get(1).startsWith("catalog 'gone' (gone.cwcatalog in com.example.test)"), registry.problems().toString());
    }

    private static Path write(Path dir, String id, String productId) throws IOException {
        Path file = dir.resolve(id + ".cwcatalog");
        Files.writeString(file, ACME.formatted(id, productId));
        return file;
    }

    private static CatalogContribution contribution(String id, Path file) {
        return new CatalogContribution(id, "com.example.test", file.getFileName().toString(), URI.createFileURI(file.toString()));
    }
}
