package io.cellwright.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.report.CustomerReport;
import io.cellwright.report.PdfReport;
import io.cellwright.report.WiringDiagram;

/** The PDF: A4 pages, every font embedded, the key figures in its text, no renderer warnings. */
class PdfReportTest {

    static List<Path> examples() throws Exception {
        return Designs.examples();
    }

    private static PdfReport.Result pdf(SystemDesign design, String file) throws IOException {
        return PdfReport.write(CustomerReport.of(design, Designs.context(file)));
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void theExamplePdfEmbedsItsFontsAndCarriesTheKeyFigures() throws Exception {
        PdfReport.Result result = pdf(Designs.load(Designs.EXAMPLE_1), "001-example-1-multiplus-compact-mppt.cwdesign");
        assertEquals(List.of(), result.warnings());
        assertEquals("%PDF-", new String(result.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            PDRectangle a4 = PDRectangle.A4;
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(a4.getWidth(), size.getWidth(), 1);
            assertEquals(a4.getHeight(), size.getHeight(), 1);
            List<PDFont> fonts = fonts(document);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("001 §3.3 example 1: MultiPlus Compact 12/2000", "2026-05-04", "No errors found", "12.8 V", "400 Ah", "5120 Wh",
                    "BMS210055000", "ASS030550320", "no article number in the source", "Battery charge limit", "14.2 V", "at least 300 mA",
                    "Settings to enter in VictronConnect", "Page 1 of " + document.getNumberOfPages())) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
            }
            assertEquals("Battery system report: 001 §3.3 example 1: MultiPlus Compact 12/2000, SmartSolar MPPT 75/15, SmartShunt",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aDesignWithFindingsListsThemInThePdf() throws Exception {
        PdfReport.Result result = pdf(Designs.withFindings(), "broken.cwdesign");
        assertEquals(List.of(), result.warnings());
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("1 error(s) and 1 warning(s) found"), text);
            assertTrue(text.contains("CW-BANK-002") && text.contains("CW-SET-002") && text.contains("14.4 V"), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleRendersWithoutRendererWarnings(Path example) throws Exception {
        String name = example.getFileName().toString().replace(".cwdesign", "");
        PdfReport.Result result = pdf(Designs.load(name), example.getFileName().toString());
        assertEquals(List.of(), result.warnings());
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            for (PDFont font : fonts(document)) {
                assertTrue(font.isEmbedded(), name + ": " + font.getName());
            }
        }
    }

    @Test
    void aDiagramWithoutAVectorPainterIsRefused() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\"/>";
        CustomerReport report = CustomerReport.of(Designs.load(Designs.EXAMPLE_1), Designs.context("d.cwdesign").withDiagram(new WiringDiagram("w", svg)));
        IOException refused = assertThrows(IOException.class, () -> PdfReport.write(report));
        assertTrue(refused.getMessage().contains("write the HTML report instead"), refused.getMessage());
    }

    @Test
    void aDiagramIsDrawnAsVectorsOnItsOwnLandscapePage() throws Exception {
        SystemDesign design = Designs.load(Designs.EXAMPLE_1);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"/>";
        List<double[]> painted = new ArrayList<>();
        WiringDiagram.Vector vector = new WiringDiagram.Vector(400, 200, g -> {
            painted.add(new double[] { g.getTransform().getScaleX() });
            g.setColor(java.awt.Color.RED);
            g.fill(new java.awt.geom.Rectangle2D.Double(10, 10, 380, 180));
            g.setColor(java.awt.Color.BLACK);
            g.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 13));
            g.drawString("Drawn by the painter", 20, 40);
        });
        CustomerReport withDiagram = CustomerReport.of(design, Designs.context("d.cwdesign").withDiagram(new WiringDiagram("The wiring as drawn", svg, vector)));
        PdfReport.Result result = PdfReport.write(withDiagram);
        PdfReport.Result without = pdf(design, "d.cwdesign");

        assertEquals(List.of(), result.warnings());
        assertEquals(1, painted.size(), "the painter drew once");
        try (PDDocument document = Loader.loadPDF(result.pdf()); PDDocument plain = Loader.loadPDF(without.pdf())) {
            assertTrue(document.getNumberOfPages() > plain.getNumberOfPages(), "the diagram section adds a page");
            PDPage last = lastDiagramPage(document);
            assertTrue(last != null, "one page holds the diagram caption");
            PDRectangle box = last.getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "the diagram's page is landscape: " + box);
            List<Object> xobjects = new ArrayList<>();
            for (COSName name : last.getResources().getXObjectNames()) {
                xobjects.add(last.getResources().getXObject(name));
            }
            assertTrue(xobjects.stream().anyMatch(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class::isInstance), "the drawing is a form of vector paths: " + xobjects);
            assertTrue(xobjects.stream().noneMatch(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class::isInstance), "not an image: " + xobjects);
            for (PDFont font : fonts(document)) {
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    private static PDPage lastDiagramPage(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(document).contains("The wiring as drawn")) {
                return document.getPage(i - 1);
            }
        }
        return null;
    }
}
