package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

/** CW-SEL-001: the design's BMS against the selector's recommendations for what the design has. */
class RecommendationRuleTest {

    private final CatalogRegistry catalogs = CatalogRegistry.getDefault();

    private static List<Finding> findings(SystemDesign design) {
        return Rules.validate(design).all().stream().filter(f -> f.ruleId().equals("CW-SEL-001")).toList();
    }

    static List<Path> examples() throws Exception {
        return RulesTest.examples().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExamplesPass(Path example) throws Exception {
        assertEquals(List.of(), findings(DesignFiles.load(example, catalogs)).stream().map(Finding::message).toList());
    }

    @Test
    void aSmallBmsWhere002RecommendsTheVeBusBmsV2() throws Exception {
        SystemDesign design = DesignFiles.load(RulesTest.EXAMPLES.resolve("vebus-bms-v2-multiplus-ii-gx.cwdesign"), catalogs);
        design.getBatteryBanks().get(0).getBms().setType(catalogs.product("small-bms").orElseThrow());
        List<Finding> found = findings(design);
        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        String message = finding.message();
        assertTrue(message.startsWith("the SmallBMS with pre-alarm 'bms' is not a recommended fit for a 48 V system with an inverter/charger and a GX "
                + "device; 4 batteries. 002 does not recommend it for this system: this system has an inverter/charger;"), message);
        assertTrue(message.contains("Recommended instead: the VE.Bus BMS V2. VE.Bus BMS V2: 002 recommends it for this system: \"The VE.Bus BMS V2 "
                + "for 12, 24 or 48 V systems with inverter/chargers and a GX device\" (002 \"System design recommendations\")."), message);
        assertEquals("002 \"System design recommendations\"", finding.source());
    }
}
