package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Severity;

/** The alternator port: fuse table, fuse-type setting, alternator rating and models without a port (001 §3.4, 002). */
class AlternatorRulesTest {

    /** Example 1 with a starter battery and alternator on the Smart BMS 12-200's Alternator/Starter Batt+ port. */
    private static DesignEdits withAlternator(double fuse, String fuseType, double alternatorRating) throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("starter-battery", "starter");
        edits.add("alternator", "alt");
        edits.set("alt", SettingRole.CHARGE_CURRENT, alternatorRating);
        edits.wire("alt.b-plus", "starter.battery-plus");
        edits.fusedWire("starter.battery-plus", "bms.alternator-starter-plus", fuse, fuseType);
        return edits;
    }

    @Test
    void cwAlt003_theFuseTypeSettingMustNameTheInstalledFuse() throws Exception {
        DesignEdits edits = withAlternator(100, "megafuse", 120);
        List<Finding> found = edits.findings("CW-ALT-003");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("The fuse type setting of the Smart BMS 12-200 'bms' is not set, but a 100 A fuse is installed"),
                found.get(0).message());
        assertEquals("100A", ((SettingOption) found.get(0).hint(Finding.HINT_OPTION)).getKey());
        edits.choose("bms", SettingRole.FUSE_TYPE, "80A");
        assertTrue(edits.findings("CW-ALT-003").get(0).message().contains("is 80 A, but a 100 A fuse is installed"));
        edits.choose("bms", SettingRole.FUSE_TYPE, "100A");
        assertEquals(List.of(), edits.findings("CW-ALT-003"));
        assertEquals(90, DesignFigures.bmsFigures(edits.design, edits.component("bms")).alternatorCurrentLimit(), 1e-9);
    }

    @Test
    void cwAlt003_aFuseOutsideTheTable() throws Exception {
        DesignEdits edits = withAlternator(150, "megafuse", 120);
        List<Finding> found = edits.findings("CW-ALT-003");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("The 150 A fuse on the Alternator/Starter Batt+ port of the Smart BMS 12-200 'bms' is not in the fuse table"),
                found.get(0).message());
        assertTrue(found.get(0).message().contains("125 A, 100 A, 80 A, 60 A, 2 x 30 A"), found.get(0).message());
    }

    @Test
    void cwAlt004_aCurrentLimitAboveTheAlternatorsRating() throws Exception {
        DesignEdits edits = withAlternator(100, "megafuse", 70);
        edits.choose("bms", SettingRole.FUSE_TYPE, "100A");
        List<Finding> found = edits.findings("CW-ALT-004");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("the Smart BMS 12-200 'bms' lets the alternator deliver up to 90 A, more than the 70 A"), found.get(0).message());
        assertTrue(found.get(0).message().contains("Fit a 80 A fuse (max 60 A)"), found.get(0).message());
        edits.removeWire("w-starter.battery-plus-bms.alternator-starter-plus");
        edits.fusedWire("starter.battery-plus", "bms.alternator-starter-plus", 80, "megafuse");
        edits.choose("bms", SettingRole.FUSE_TYPE, "80A");
        assertEquals(List.of(), edits.findings("CW-ALT-004"));
        assertEquals(List.of(), edits.findings("CW-ALT-003"));
    }

    @Test
    void cwAlt002_anAlternatorWithASmallBmsNeedsADcDcCharger() throws Exception {
        DesignEdits edits = new DesignEdits("smallbms-48v");
        assertEquals(List.of(), edits.findings("CW-ALT-002"));
        edits.add("alternator", "alt");
        List<Finding> found = edits.findings("CW-ALT-002");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().startsWith("the SmallBMS with pre-alarm 'bms' has no alternator port"), found.get(0).message());
        edits.add("orion-12-24-20", "orion");
        edits.wire("alt.b-plus", "orion." + edits.component("orion").getTerminals().get(0).getDefinition().getId());
        assertEquals(List.of(), edits.findings("CW-ALT-002"));
        assertSame(Severity.WARNING, edits.findings("CW-ALT-002").stream().map(Finding::severity).findFirst().orElse(Severity.WARNING));
    }
}
