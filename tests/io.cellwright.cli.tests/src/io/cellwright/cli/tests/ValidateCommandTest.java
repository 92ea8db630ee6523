package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

class ValidateCommandTest {

    static final Path EXAMPLE = Path.of("../../examples/001-example-1-multiplus-compact-mppt.cwdesign").toAbsolutePath().normalize();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** The example with its M8 chain left open: the last link back to the BMS removed. */
    private Path brokenChain() throws Exception {
        String xml = Files.readString(EXAMPLE);
        String closing = "    <bmsCableChain from=\"bat2.bms-cable-out\" to=\"bms.bms-cable-in\"/>\n";
        assertTrue(xml.contains(closing));
        Path file = dir.resolve("open-chain.cwdesign");
        Files.writeString(file, xml.replace(closing, ""));
        return file;
    }

    @Test
    void aCleanDesignExitsZero() {
        assertEquals(ExitCode.OK, run("validate", EXAMPLE.toString()), out + "" + err);
        assertTrue(out.toString().contains(": 0 error(s)"), out.toString());
    }

    @Test
    void aDesignWithAnErrorExitsTwoAndNamesTheRule() throws Exception {
        assertEquals(2, run("validate", EXAMPLE.toString(), brokenChain().toString()));
        assertTrue(out.toString().contains("ERROR   CW-BANK-002"), out.toString());
        assertTrue(out.toString().contains("does not end at the Smart BMS 12-200 'bms'"), out.toString());
    }

    @Test
    void jsonCarriesRuleSeverityMessageSourceAndElements() throws Exception {
        Path report = dir.resolve("findings.json");
        assertEquals(2, run("validate", "--format", "json", "--output", report.toString(), brokenChain().toString()));
        String json = Files.readString(report);
        assertTrue(json.contains("\"rule\": \"CW-BANK-002\", \"severity\": \"ERROR\""), json);
        assertTrue(json.contains("\"source\": \"001 §3.2.4; 001 §3.4 step 7\""), json);
        assertTrue(json.contains("\"elements\": [\"house-bank\", \"bms\"]"), json);
        assertEquals("", out.toString(), "with --output nothing goes to the console");
    }

    @Test
    void anUnreadableFileExitsOneAndSaysWhy() {
        assertEquals(1, run("validate", dir.resolve("missing.cwdesign").toString()));
        assertTrue(err.toString().contains("missing.cwdesign: no such design file. Check the path."), err.toString());
    }

    @Test
    void rulesListsEveryRuleWithItsSource() {
        assertEquals(ExitCode.OK, run("rules", "--format", "json"));
        assertTrue(out.toString().contains("\"id\":\"CW-BANK-001\""), out.toString());
        assertTrue(out.toString().contains("\"source\":\"001 §3.2.4; 001 §3.4 step 7\""), out.toString());
    }
}
