package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;

class CatalogCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void catalogListsTheProductsOfEveryInstalledCatalog() {
        assertEquals(ExitCode.OK, run("catalog"), err.toString());
        assertTrue(out.toString().contains("(catalog victron,"), out.toString());
        assertTrue(out.toString().contains("smart-bms-12-200"), out.toString());
        assertEquals("", err.toString(), "no catalog problems");
    }

    @Test
    void compareStartsWithTheModelsInTheOrderOf002() {
        assertEquals(ExitCode.OK, run("catalog", "compare"), err.toString());
        String[] lines = out.toString().split("\\R");
        assertEquals("Features\tSmall BMS\tVE.Bus BMS V2\tVE.Bus BMS\tLynx Smart BMS\tSmart BMS CL 12/100\tSmart BMS 12/200\tBMS 12/200", lines[0]);
        assertTrue(lines[1].startsWith("System voltage\t12, 24 or 48 V\t"), lines[1]);
    }

    @Test
    void anUnknownTableIsAnInputErrorThatListsTheTables() {
        assertEquals(ExitCode.INPUT, run("catalog", "compare", "--table", "nope"));
        assertTrue(err.toString().contains("no comparison table with id 'nope'; the installed ones are: "), err.toString());
    }
}
