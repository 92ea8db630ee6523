package io.cellwright.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.catalog.ComparisonTablePrinter;
import io.cellwright.model.catalog.ComparisonTable;

/** The BMS comparison table generated from the structured catalog reproduces 002's table cell by cell. */
class ComparisonTableTest {

    @Test
    void theGeneratedTableIsTheSeedTable() throws IOException {
        ComparisonTable table = CatalogRegistry.getDefault().catalog("victron").orElseThrow().getComparisonTables().get(0);
        List<String> generated = ComparisonTablePrinter.print(table);
        List<String> seed = seedTable();

        List<String> differences = new ArrayList<>();
        for (int row = 0; row < Math.max(generated.size(), seed.size()); row++) {
            String[] g = row < generated.size() ? generated.get(row).split("\t", -1) : new String[0];
            String[] s = row < seed.size() ? seed.get(row).split("\t", -1) : new String[0];
            for (int column = 0; column < Math.max(g.length, s.length); column++) {
                String generatedCell = column < g.length ? g[column] : "<none>";
                String seedCell = column < s.length ? s[column] : "<none>";
                if (!generatedCell.equals(seedCell)) {
                    differences.add("row " + row + " (" + (s.length > 0 ? s[0] : "?") + "), column " + column + ": generated '"
                            + generatedCell + "', 002 says '" + seedCell + "'");
                }
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(19, generated.size(), "header and 18 feature rows, without the Datasheet row");
        assertEquals(8, generated.get(0).split("\t").length, "features column and seven BMS models");
    }

    @Test
    void noCellOfTheTableIsFreeTextExceptWhereTheTypedValueCannotSayIt() {
        ComparisonTable table = CatalogRegistry.getDefault().catalog("victron").orElseThrow().getComparisonTables().get(0);
        long freeText = table.getColumns().stream().flatMap(c -> table.getRows().stream()
                .map(r -> ComparisonTablePrinter.cell(c.getProduct(), r)))
                .filter(fact -> fact != null && fact.getDisplayText() != null).count();
        // The three "Data communication" sentences and the one dimensions cell 002 writes with "mm".
        assertTrue(freeText <= 4, freeText + " cells use displayText");
        long missing = table.getColumns().stream().flatMap(c -> table.getRows().stream()
                .map(r -> ComparisonTablePrinter.cell(c.getProduct(), r))).filter(f -> f == null).count();
        assertEquals(0, missing, "every cell is a fact of the catalog");
    }

    private static List<String> seedTable() throws IOException {
        try (InputStream in = FrameworkUtil.getBundle(ComparisonTableTest.class).getEntry("resources/002-comparison-table.tsv").openStream()) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
