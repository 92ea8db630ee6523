package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

/** {@code cellwright diagram}: the wiring diagram as SVG or PNG from the command line. */
class DiagramCommandTest {

    static final Path EXAMPLE = ValidateCommandTest.EXAMPLE;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void svgOfAnExampleIsWrittenWithItsComponentsAndNothingElseIsLeftBehind() throws Exception {
        Path svg = dir.resolve("camper.svg");
        assertEquals(ExitCode.OK, run("diagram", EXAMPLE.toString(), "--format", "svg", "--output", svg.toString()), err.toString());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), text.substring(0, 80));
        assertTrue(text.contains("<g id=\"bms\" class=\"cw-component\">") && text.contains("Smart BMS 12-200"));
        assertEquals("", out.toString());
        assertEquals("", err.toString());
        assertEquals(List.of("camper.svg"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
    }

    @Test
    void pngIsScaledAndTheFormatComesFromTheExtension() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertEquals(ExitCode.OK, run("diagram", EXAMPLE.toString(), "--output", one.toString()), err.toString());
        assertEquals(ExitCode.OK, run("diagram", EXAMPLE.toString(), "--format", "png", "--scale", "2", "--output", two.toString()), err.toString());
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertTrue(small.getWidth() > 300 && small.getHeight() > 150, small.getWidth() + "x" + small.getHeight());
        assertEquals(small.getWidth() * 2, large.getWidth(), 2);
        assertEquals(small.getHeight() * 2, large.getHeight(), 2);
    }

    @Test
    void markersBadgeTheElementsOfFindingsAndStillExitZero() throws Exception {
        String xml = Files.readString(EXAMPLE);
        String closing = "    <bmsCableChain from=\"bat2.bms-cable-out\" to=\"bms.bms-cable-in\"/>\n";
        assertTrue(xml.contains(closing));
        Path broken = dir.resolve("open-chain.cwdesign");
        Files.writeString(broken, xml.replace(closing, ""));
        Path svg = dir.resolve("open-chain.svg");
        assertEquals(ExitCode.OK, run("diagram", broken.toString(), "--markers", "--output", svg.toString()), err.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains("class=\"cw-marker cw-error\"") && text.contains("CW-BANK-002"), "the open M8 loop is badged");
        Path plain = dir.resolve("plain.svg");
        assertEquals(ExitCode.OK, run("diagram", broken.toString(), "--output", plain.toString()));
        assertTrue(!Files.readString(plain).contains("cw-marker"), "no badges without --markers");
    }

    @Test
    void anUnreadableDesignExitsOneNamingTheFile() throws Exception {
        Path bad = dir.resolve("bad.cwdesign");
        Files.writeString(bad, "<not a design");
        Path svg = dir.resolve("bad.svg");
        assertEquals(ExitCode.INPUT, run("diagram", bad.toString(), "--output", svg.toString()));
        assertTrue(err.toString().startsWith("cellwright diagram: ") && err.toString().contains("bad.cwdesign"), err.toString());
        assertTrue(!Files.exists(svg), "nothing written");
        assertEquals(ExitCode.INPUT, run("diagram", dir.resolve("missing.cwdesign").toString(), "--output", svg.toString()));
    }

    @Test
    void anUnwritableOutputExitsOneAndSaysWhatToCheck() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path svg = notAFolder.resolve("x.svg");
        assertEquals(ExitCode.INPUT, run("diagram", EXAMPLE.toString(), "--output", svg.toString()));
        assertTrue(err.toString().contains("cannot write " + svg) && err.toString().contains("writable"), err.toString());
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        Path out1 = dir.resolve("x.pdf");
        assertEquals(ExitCode.USAGE, run("diagram", EXAMPLE.toString(), "--format", "pdf", "--output", out1.toString()));
        assertTrue(err.toString().contains("svg, png"), err.toString());
        assertEquals(ExitCode.USAGE, run("diagram", EXAMPLE.toString(), "--output", out1.toString()));
        assertTrue(err.toString().contains("give --format svg or --format png"), err.toString());
        assertEquals(ExitCode.USAGE, run("diagram", EXAMPLE.toString(), "--format", "svg"), "--output is required");
        assertEquals(ExitCode.USAGE, run("diagram", EXAMPLE.toString(), "--scale", "0", "--output", dir.resolve("x.svg").toString()));
        assertTrue(err.toString().contains("--scale must be above 0 and at most 8"), err.toString());
        assertEquals(ExitCode.USAGE, run("diagram", EXAMPLE.toString(), "--output", dir.toString()));
        assertTrue(err.toString().contains("is a directory"), err.toString());
    }

    @Test
    void theCustomerReportShowsTheDiagramInlineInHtmlAndAsVectorsInPdf() throws Exception {
        Path html = dir.resolve("camper.html");
        assertEquals(ExitCode.OK, run("validate", EXAMPLE.toString(), "--format", "html", "--output", html.toString(), "--date", "2026-05-04"), err.toString());
        String text = Files.readString(html);
        int section = text.indexOf("<section id=\"wiring-diagram\">");
        assertTrue(section > 0, "the report has its wiring diagram section");
        assertTrue(text.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\"", section) > section && text.contains("<g id=\"bms\" class=\"cw-component\">"),
                "the diagram is inline SVG with the design's components");

        Path pdf = dir.resolve("camper.pdf");
        assertEquals(ExitCode.OK, run("validate", EXAMPLE.toString(), "--format", "pdf", "--output", pdf.toString(), "--date", "2026-05-04"), err.toString());
        assertEquals("", err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            boolean found = false;
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                PDPage page = document.getPage(i - 1);
                String pageText = stripper.getText(document);
                if (pageText.contains("Wiring diagram")) {
                    found = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                    assertTrue(pageText.contains("SmartShunt 500A/50mV") && pageText.contains("50 mm² · 0.3 m"), "the drawing's labels are text in the PDF: " + pageText);
                }
            }
            assertTrue(found, "the wiring diagram section is on a landscape page");
        }
    }
}
