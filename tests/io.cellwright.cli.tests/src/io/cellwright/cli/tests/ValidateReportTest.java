package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

/** {@code cellwright validate --format html|pdf}: the customer report on the command line. */
class ValidateReportTest {

    static final Path EXAMPLE = ValidateCommandTest.EXAMPLE;
    static final Path EXAMPLE_2 = EXAMPLE.resolveSibling("cl-12-100-alternator-starter.cwdesign");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path brokenChain() throws Exception {
        String xml = Files.readString(EXAMPLE);
        String closing = "    <bmsCableChain from=\"bat2.bms-cable-out\" to=\"bms.bms-cable-in\"/>\n";
        assertTrue(xml.contains(closing));
        Path file = dir.resolve("open-chain.cwdesign");
        Files.writeString(file, xml.replace(closing, ""));
        return file;
    }

    private static boolean isPdf(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String tail = new String(bytes, Math.max(0, bytes.length - 16), Math.min(16, bytes.length), StandardCharsets.US_ASCII);
        return bytes.length > 10_000 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-") && tail.contains("%%EOF");
    }

    @Test
    void aPdfReportOfACleanDesignExitsZero() throws Exception {
        Path pdf = dir.resolve("camper.pdf");
        assertEquals(ExitCode.OK, run("validate", EXAMPLE.toString(), "--format", "pdf", "--output", pdf.toString()), err.toString());
        assertTrue(isPdf(pdf));
        assertEquals("", out.toString());
        assertEquals("", err.toString());
        assertEquals(List.of("camper.pdf"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
    }

    @Test
    void anHtmlReportOfADesignWithErrorsExitsTwo() throws Exception {
        Path html = dir.resolve("report.html");
        assertEquals(ExitCode.FINDINGS, run("validate", brokenChain().toString(), "--format", "html", "--output", html.toString(), "--date", "2026-05-04"));
        String text = Files.readString(html);
        assertTrue(text.contains("CW-BANK-002") && text.contains("1 error(s)"), text);
        assertTrue(text.contains("2026-05-04") && text.contains("open-chain.cwdesign"), "the given date and the design file");
    }

    @Test
    void htmlOfOneDesignMayGoToTheConsole() {
        assertEquals(ExitCode.OK, run("validate", EXAMPLE.toString(), "--format", "html", "--date", "2026-05-04"));
        assertTrue(out.toString().startsWith("<!DOCTYPE html>"), out.toString().substring(0, Math.min(60, out.toString().length())));
        assertTrue(out.toString().contains("Bill of materials"));
    }

    @Test
    void aPdfToTheConsoleIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("validate", EXAMPLE.toString(), "--format", "pdf"));
        assertTrue(err.toString().contains("--format pdf writes a binary file, not text for the console: give --output FILE.pdf."), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void severalDesignsGoIntoADirectoryOneReportEach() throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        assertEquals(ExitCode.FINDINGS, run("validate", EXAMPLE.toString(), brokenChain().toString(), EXAMPLE_2.toString(), "--format", "pdf", "--output",
                reports.toString()));
        for (String name : List.of("001-example-1-multiplus-compact-mppt.pdf", "open-chain.pdf", "cl-12-100-alternator-starter.pdf")) {
            assertTrue(isPdf(reports.resolve(name)), name);
        }
        assertTrue(err.toString().contains("writing report 3 of 3"), "progress on stderr: " + err);
    }

    @Test
    void severalDesignsWithoutADirectoryAreAUsageErrorAndWriteNothing() throws Exception {
        Path file = dir.resolve("both.pdf");
        assertEquals(ExitCode.USAGE, run("validate", EXAMPLE.toString(), EXAMPLE_2.toString(), "--format", "pdf", "--output", file.toString()));
        assertTrue(err.toString().contains("needs --output DIRECTORY, an existing directory: one report per design is written into it"), err.toString());
        assertFalse(Files.exists(file));
        assertEquals(ExitCode.USAGE, run("validate", EXAMPLE.toString(), EXAMPLE_2.toString(), "--format", "html"));
    }

    @Test
    void twoDesignsWithTheSameFileNameAreRefused() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other")).resolve(EXAMPLE.getFileName());
        Files.copy(EXAMPLE, other);
        assertEquals(ExitCode.USAGE, run("validate", EXAMPLE.toString(), other.toString(), "--format", "html", "--output", dir.toString()));
        assertTrue(err.toString().contains("would both be reported as 001-example-1-multiplus-compact-mppt.html"), err.toString());
    }

    @Test
    void anUnreadableDesignExitsOneAndLeavesAnExistingReportAlone() throws Exception {
        Path pdf = dir.resolve("old.pdf");
        byte[] previous = "previous report".getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, previous);
        assertEquals(ExitCode.INPUT, run("validate", dir.resolve("missing.cwdesign").toString(), "--format", "pdf", "--output", pdf.toString()));
        assertTrue(err.toString().contains("missing.cwdesign: no such design file"), err.toString());
        assertArrayEquals(previous, Files.readAllBytes(pdf));
    }

    @Test
    void helpExplainsWhereReportsGo() {
        assertEquals(ExitCode.OK, run("validate", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--format pdf --output camper.pdf"), help);
        assertTrue(help.contains("--output must be an existing directory: each report is written into it, named after its design file"), help);
    }
}
