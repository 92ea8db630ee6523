package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Rule;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

/** Each rule against a design that breaks it and the examples, which pass. */
class RulesTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    private final CatalogRegistry catalogs = CatalogRegistry.getDefault();

    static Stream<Path> examples() throws Exception {
        return Files.list(EXAMPLES).filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList().stream();
    }

    private SystemDesign example(String name) throws Exception {
        return DesignFiles.load(EXAMPLES.resolve(name + ".cwdesign"), catalogs);
    }

    private static List<Finding> findings(SystemDesign design, String ruleId) {
        return Rules.validate(design).all().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private ProductType product(String id) {
        return catalogs.product(id).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleValidatesWithoutError(Path example) throws Exception {
        Findings findings = Rules.validate(DesignFiles.load(example, catalogs));
        assertEquals(List.of(), findings.all().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList());
    }

    @Test
    void everyRuleHasAStableIdAFamilyAndASource() {
        List<Rule> rules = Rules.installed();
        assertTrue(rules.size() >= 5);
        for (Rule rule : rules) {
            assertTrue(rule.id().matches("CW-[A-Z]+-\\d{3}"), rule.id());
            assertTrue(!rule.family().isBlank() && !rule.title().isBlank() && !rule.source().isBlank(), rule.id());
        }
    }

    @Test
    void cwVolt001_a24VBankOnA12VOnlyBms() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        BatteryBank bank = design.getBatteryBanks().get(0);
        // Put both batteries in one string: 25.6 V on the 12 V-only Smart BMS 12-200.
        BatteryString first = bank.getStrings().get(0);
        first.getBatteries().addAll(bank.getStrings().get(1).getBatteries());
        bank.getStrings().remove(1);
        List<Finding> found = findings(design, "CW-VOLT-001");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("Battery bank 'House bank' is 25.6 V (a 24 V system), but "), found.get(0).message());
        assertTrue(found.get(0).message().contains("connects to 12 V systems only (002"), found.get(0).message());
        assertTrue(found.get(0).message().contains("the Smart BMS 12-200 'bms'"), found.get(0).message());
    }

    @Test
    void cwBank001_moreBatteriesThanTheBmsTakesNamesTheDispute() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        BatteryBank bank = design.getBatteryBanks().get(0);
        ComponentInstance template = bank.getStrings().get(0).getBatteries().get(0);
        for (int i = 0; i < 19; i++) {
            ComponentInstance extra = org.eclipse.emf.ecore.util.EcoreUtil.copy(template);
            extra.setId("extra" + i);
            design.getComponents().add(extra);
            BatteryString string = io.cellwright.model.design.DesignFactory.eINSTANCE.createBatteryString();
            string.getBatteries().add(extra);
            bank.getStrings().add(string);
        }
        List<Finding> found = findings(design, "CW-BANK-001");
        assertEquals(1, found.size());
        String message = found.get(0).message();
        assertTrue(message.startsWith("Battery bank 'House bank' has 21 batteries, but the Smart BMS 12-200 'bms' takes at most 20"), message);
        assertTrue(message.contains("the documents disagree: 5 in 004"), message);
    }

    @Test
    void cwBank002_aBatteryOffTheChainAndAnOpenChain() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        BatteryBank bank = design.getBatteryBanks().get(0);
        bank.getBmsCableChain().remove(bank.getBmsCableChain().size() - 1);
        bank.getBmsCableChain().remove(bank.getBmsCableChain().size() - 1);
        List<String> messages = findings(design, "CW-BANK-002").stream().map(Finding::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("'bat2' is not on the M8 BMS cable chain of the Smart BMS 12-200 'bms'"), messages.get(0));
        assertTrue(messages.get(1).contains("does not end at the Smart BMS 12-200 'bms'"), messages.get(1));
    }

    @Test
    void cwBank004_fiveBatteriesInSeries() throws Exception {
        SystemDesign design = example("smallbms-48v");
        BatteryBank bank = design.getBatteryBanks().get(0);
        BatteryString first = bank.getStrings().get(0);
        first.getBatteries().addAll(bank.getStrings().get(1).getBatteries());
        bank.getStrings().remove(1);
        List<Finding> found = findings(design, "CW-BANK-004");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("has 4 batteries in series, but the Lithium Battery 25,6V/100Ah Smart allows at most 2"),
                found.get(0).message());
    }

    @Test
    void cwLife001_anEndOfLifeBmsNamesItsSuccessor() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        ComponentInstance bms = design.getBatteryBanks().get(0).getBms();
        bms.setType(product("bms-12-200"));
        List<Finding> found = findings(design, "CW-LIFE-001");
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().startsWith("the BMS 12/200 'bms' is end-of-life; use a Smart BMS 12-200 instead (002"),
                found.get(0).message());
    }

    private static ComponentInstance component(SystemDesign design, String id) {
        return design.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void cwAlt001_anAlternatorStraightOnTheLithiumBank() throws Exception {
        SystemDesign design = example("cl-12-100-alternator-starter");
        assertEquals(List.of(), findings(design, "CW-ALT-001"), "through the CL's alternator port it is protected");
        io.cellwright.model.design.Wire wire = io.cellwright.model.design.DesignFactory.eINSTANCE.createWire();
        wire.setId("w-bad");
        wire.setFrom(component(design, "alt").findTerminal("b-plus"));
        wire.setTo(component(design, "bat1").findTerminal("battery-plus"));
        design.getWires().add(wire);
        List<Finding> found = findings(design, "CW-ALT-001");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("the Alternator (12 V) 'alt' is wired straight to the Lithium Battery"), found.get(0).message());
    }

    private static io.cellwright.model.design.NumberSettingValue chargeLimit(SystemDesign design) {
        return (io.cellwright.model.design.NumberSettingValue) component(design, "bms")
                .findSettingValue(io.cellwright.model.catalog.SettingRole.BATTERY_CHARGE_LIMIT);
    }

    @Test
    void cwSet001_aChargeLimitOutsideTheManualsRange() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        assertEquals(List.of(), findings(design, "CW-SET-001"));
        chargeLimit(design).setValue(15.5);
        List<Finding> found = findings(design, "CW-SET-001");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("of the Smart BMS 12-200 'bms' is 15.5 V, outside 13.0 V to 15.3 V (001"), found.get(0).message());
        assertEquals(15.3, (Double) found.get(0).hint(Finding.HINT_VALUE), 1e-9, "the quick fix sets the nearest allowed value");
        assertTrue(found.get(0).hint(Finding.HINT_SETTING) == chargeLimit(design));
    }

    @Test
    void cwSet002_aChargeLimitAwayFrom14_2V() throws Exception {
        SystemDesign design = example("001-example-1-multiplus-compact-mppt");
        assertEquals(List.of(), findings(design, "CW-SET-002"));
        chargeLimit(design).setValue(14.6);
        List<Finding> found = findings(design, "CW-SET-002");
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().contains("is 14.6 V; for Lithium Battery Smart batteries it should normally be 14.2 V"), found.get(0).message());
        assertEquals(14.2, (Double) found.get(0).hint(Finding.HINT_VALUE), 1e-9);
    }

    @Test
    void cwCom001_theFirstVeBusBmsWithAGxDevice() throws Exception {
        SystemDesign design = example("vebus-bms-v2-multiplus-ii-gx");
        assertEquals(List.of(), findings(design, "CW-COM-001"), "the V2 talks to the GX device");
        component(design, "bms").setType(product("vebus-bms"));
        List<Finding> found = findings(design, "CW-COM-001");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("the VE.Bus BMS 'bms' cannot communicate with the GX device 'gx'"), found.get(0).message());
    }
}
