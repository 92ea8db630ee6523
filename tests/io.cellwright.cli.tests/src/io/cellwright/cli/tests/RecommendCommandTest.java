package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

class RecommendCommandTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void needsAloneRankTheModelsWithReasons() {
        assertEquals(ExitCode.OK, run("recommend", "--voltage", "12", "--alternator", "--inverter", "--dc-loads"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("Needs: a 12 V system with an alternator, an inverter and DC loads\n"), text);
        assertTrue(text.contains("  RECOMMENDED  Smart BMS 12-200 (smart-bms-12-200)\n      - 002 recommends it for this system: \"The Smart BMS 12/200 "
                + "for 12 V systems with an alternator and DC loads and an inverter or inverter/charger.\" (002 \"System design recommendations\")."),
                text);
        assertTrue(text.indexOf("RECOMMENDED  Smart BMS 12-200") < text.indexOf("RECOMMENDED  Smart BMS CL 12/100"), "the more specific bullet first");
        assertTrue(text.contains("  UNSUITABLE   BMS 12/200 (bms-12-200)\n      - End-of-life; use a Smart BMS 12-200 instead"), text);
        assertEquals("", err.toString());
    }

    @Test
    void aDesignGivesItsNeedsAndSaysHowItsBmsFits() {
        assertEquals(ExitCode.OK, run("recommend", EXAMPLES.resolve("lynx-smart-bms-24v.cwdesign").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("lynx-smart-bms-24v.cwdesign: a 24 V system with an inverter/charger, a GX device and DC loads; wanted: a safety "
                + "relay that disconnects DC loads and inverters; 4 batteries"), text);
        assertTrue(text.contains("  The design's BMS 'lynx' (Lynx Smart BMS): RECOMMENDED"), text);
    }

    @Test
    void optionsAddToADesignsNeeds() {
        // The SmallBMS example plus an inverter/charger and a GX device: now the VE.Bus BMS V2 is 002's advice.
        assertEquals(ExitCode.OK, run("recommend", "--inverter-charger", "--gx", EXAMPLES.resolve("smallbms-48v.cwdesign").toString()));
        String text = out.toString();
        assertTrue(text.contains("  The design's BMS 'bms' (SmallBMS with pre-alarm): POSSIBLE"), text);
        assertTrue(text.contains("  RECOMMENDED  VE.Bus BMS V2 (vebus-bms-v2)"), text);
    }

    @Test
    void jsonCarriesNeedsFitsAndReasons() {
        assertEquals(ExitCode.OK, run("recommend", "--format", "json", "--voltage", "24", "--gx", "--safety-relay"));
        String json = out.toString();
        assertTrue(json.contains("\"systemVoltage\": 24, \"alternator\": false"), json);
        assertTrue(json.contains("{\"id\": \"lynx-smart-bms\", \"name\": \"Lynx Smart BMS\", \"fit\": \"RECOMMENDED\", \"reasons\": [\"002 recommends it"),
                json);
        assertTrue(json.contains("{\"id\": \"smart-bms-cl-12-100\", \"name\": \"Smart BMS CL 12/100\", \"fit\": \"UNSUITABLE\", \"reasons\": [\"12 V only; "
                + "this is a 24 V system (002 comparison table, row \\\"System voltage\\\").\""), json);
    }

    @Test
    void anUnreadableDesignExitsOneAndSaysWhy() {
        assertEquals(ExitCode.INPUT, run("recommend", dir.resolve("missing.cwdesign").toString()));
        assertTrue(err.toString().contains("missing.cwdesign: no such design file. Check the path."), err.toString());
    }

    @Test
    void withoutDesignOrVoltageOrWithAWrongVoltageItIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("recommend", "--alternator"));
        assertTrue(err.toString().contains("give a design, or describe the system with --voltage 12|24|48"), err.toString());
        assertEquals(ExitCode.USAGE, run("recommend", "--voltage", "36"));
        assertTrue(err.toString().contains("--voltage must be 12, 24 or 48 (the system voltages of 002), not 36"), err.toString());
    }
}
