package io.cellwright.design.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

class DesignFilesTest {

    private final CatalogRegistry catalogs = CatalogRegistry.getDefault();
    private final DesignFactory factory = DesignFactory.eINSTANCE;

    @TempDir
    Path dir;

    private ComponentInstance component(SystemDesign design, String id, String productId) {
        ComponentInstance component = Components.instantiate(catalogs.product(productId).orElseThrow(), id);
        design.getComponents().add(component);
        return component;
    }

    /** Two strings of two 12.8 V batteries in series, a BMS, one wire. */
    private SystemDesign design(ResourceSet resources, Path file) {
        SystemDesign design = factory.createSystemDesign();
        design.setId("camper");
        design.setName("Camper 24 V");
        design.setNominalVoltage(24);
        Resource resource = resources.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        resource.getContents().add(design);
        ComponentInstance bms = component(design, "bms", "test-bms");
        BatteryBank bank = factory.createBatteryBank();
        bank.setId("bank");
        bank.setName("House bank");
        bank.setBms(bms);
        for (int s = 1; s <= 2; s++) {
            BatteryString string = factory.createBatteryString();
            string.setName("string " + s);
            string.getBatteries().add(component(design, "b" + s + "1", "test-battery"));
            string.getBatteries().add(component(design, "b" + s + "2", "test-battery"));
            bank.getStrings().add(string);
        }
        design.getBatteryBanks().add(bank);
        Wire wire = factory.createWire();
        wire.setId("w1");
        wire.setFrom(bms.findTerminal("load-disconnect"));
        wire.setTo(design.getComponents().get(1).findTerminal("plus"));
        wire.setCrossSection(0.75);
        wire.setLength(1.5);
        design.getWires().add(wire);
        return design;
    }

    @Test
    void aDesignRoundTripsWithItsCatalogReferences() throws Exception {
        Path file = dir.resolve("camper.cwdesign");
        DesignFiles.save(design(DesignFiles.newResourceSet(catalogs), file), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("formatVersion=\"1.0\""), xml);
        assertTrue(xml.contains("cellwright:/catalog/design-test#test-battery"), xml);

        SystemDesign loaded = DesignFiles.load(file, catalogs);
        assertEquals("Camper 24 V", loaded.getName());
        assertEquals(5, loaded.getComponents().size());
        assertSame(catalogs.product("test-bms").orElseThrow().eClass(), loaded.getComponents().get(0).getType().eClass());
        assertEquals("test-bms", loaded.getComponents().get(0).getType().getId());
        Wire wire = loaded.getWires().get(0);
        assertEquals("load-disconnect", wire.getFrom().getDefinition().getId());
        assertEquals("b11", wire.getTo().getComponent().getId());
        assertEquals(0.75, wire.getCrossSection(), 1e-9);
    }

    @Test
    void theSummaryAddsUpSeriesAndParallel() throws Exception {
        Path file = dir.resolve("camper.cwdesign");
        DesignFiles.save(design(DesignFiles.newResourceSet(catalogs), file), file);
        DesignSummary.Bank bank = DesignSummary.banks(DesignFiles.load(file, catalogs)).get(0);
        assertEquals(2, bank.series());
        assertEquals(2, bank.parallel());
        assertEquals(25.6, bank.voltage(), 1e-9);
        assertEquals(200, bank.capacityAh(), 1e-9, "rated capacity at 25 °C, two strings");
        assertEquals(5120, bank.energyWh(), 1e-6);
        assertEquals(List.of(), bank.missing());
    }

    @Test
    void aFailedSaveLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("camper.cwdesign");
        ResourceSet resources = DesignFiles.newResourceSet(catalogs);
        SystemDesign design = design(resources, file);
        DesignFiles.save(design, file);
        byte[] before = Files.readAllBytes(file);

        // A wire to a terminal that is in no file cannot be written (a dangling reference).
        TerminalInstance stray = factory.createTerminalInstance();
        design.getWires().get(0).setTo(stray);
        DesignFileException failure = assertThrows(DesignFileException.class, () -> DesignFiles.save(design, file));
        assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("the previous file is unchanged."), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        Path file = write("broken.cwdesign", """
                <?xml version="1.0" encoding="UTF-8"?>
                <design:SystemDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:design="http://cellwright.io/design/1.0" formatVersion="1.0" name="x">
                  <components id="a" name="A">
                </design:SystemDesign>
                """);
        DesignFileException e = assertThrows(DesignFileException.class, () -> DesignFiles.load(file, catalogs));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":4: the file is not well-formed XML"), e.getMessage());
    }

    @Test
    void anUnknownProductNamesTheComponentTheProductAndTheLine() throws IOException {
        Path file = write("unknown.cwdesign", """
                <?xml version="1.0" encoding="UTF-8"?>
                <design:SystemDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:catalog="http://cellwright.io/catalog/1.0" xmlns:design="http://cellwright.io/design/1.0" formatVersion="1.0" name="x">
                  <components id="bms" name="Main BMS">
                    <type xsi:type="catalog:BmsModel" href="cellwright:/catalog/design-test#test-bms-9000"/>
                  </components>
                </design:SystemDesign>
                """);
        DesignFileException e = assertThrows(DesignFileException.class, () -> DesignFiles.load(file, catalogs));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("component 'bms' (Main BMS): its type 'test-bms-9000' is not in the installed catalog 'design-test'"),
                e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedWithoutTouchingTheFile() throws IOException {
        Path file = write("future.cwdesign", """
                <?xml version="1.0" encoding="UTF-8"?>
                <design:SystemDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:design="http://cellwright.io/design/1.0" formatVersion="2.1" name="x"/>
                """);
        byte[] before = Files.readAllBytes(file);
        DesignFileException e = assertThrows(DesignFileException.class, () -> DesignFiles.load(file, catalogs));
        assertTrue(e.getMessage().contains("format 2.1, written by a newer Cellwright"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anUnknownElementNamesItsLine() throws IOException {
        Path file = write("odd.cwdesign", """
                <?xml version="1.0" encoding="UTF-8"?>
                <design:SystemDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:design="http://cellwright.io/design/1.0" formatVersion="1.0" name="x">
                  <gadgets id="g"/>
                </design:SystemDesign>
                """);
        DesignFileException e = assertThrows(DesignFileException.class, () -> DesignFiles.load(file, catalogs));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("gadgets"), e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        DesignFileException e = assertThrows(DesignFileException.class, () -> DesignFiles.load(dir.resolve("nope.cwdesign"), catalogs));
        assertTrue(e.getMessage().endsWith("nope.cwdesign: no such design file. Check the path."), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
