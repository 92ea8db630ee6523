package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.selector.BmsSelector;
import io.cellwright.validation.selector.Fit;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;

/** The BMS selector against 002's five system design recommendations, the comparison table and the example designs. */
class SelectorTest {

    private static final String CITES_002 = "(002 \"System design recommendations\")";
    private final CatalogRegistry catalogs = CatalogRegistry.getDefault();

    private List<Recommendation> recommend(SystemNeeds.Builder needs) {
        return BmsSelector.recommend(needs.build(), catalogs);
    }

    private static Recommendation find(List<Recommendation> ranking, String id) {
        return ranking.stream().filter(r -> r.model().getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not ranked"));
    }

    private static List<String> recommended(List<Recommendation> ranking) {
        return ranking.stream().filter(Recommendation::isRecommended).map(r -> r.model().getId()).toList();
    }

    /** The model is RECOMMENDED and a reason quotes the 002 bullet and cites 002. */
    private static void assertRecommendedBy002(List<Recommendation> ranking, String id, String bullet) {
        Recommendation r = find(ranking, id);
        assertEquals(Fit.RECOMMENDED, r.fit(), r.toString());
        assertTrue(r.reasons().stream().anyMatch(s -> s.startsWith("002 recommends it for this system: \"" + bullet) && s.contains(CITES_002)),
                r.reasons().toString());
    }

    @Test
    void smallBmsFor24VWithoutInverterCharger() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(24).dcLoads(true).inverter(true));
        assertRecommendedBy002(ranking, "small-bms", "The SmallBMS for 12, 24 or 48 V systems without inverter/chargers.");
        assertEquals(List.of("small-bms"), recommended(ranking));
    }

    @Test
    void veBusBmsV2For48VWithInverterChargerAndGx() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(48).inverterCharger(true).gxDevice(true));
        assertRecommendedBy002(ranking, "vebus-bms-v2", "The VE.Bus BMS V2 for 12, 24 or 48 V systems with inverter/chargers and a GX device");
        assertEquals("vebus-bms-v2", ranking.get(0).model().getId());
        assertTrue(find(ranking, "vebus-bms-v2").reasons().stream().anyMatch(s -> s.startsWith("Controls the inverter/charger directly")));
        Recommendation small = find(ranking, "small-bms");
        assertEquals(Fit.POSSIBLE, small.fit());
        assertTrue(small.reasons().get(0).contains("this system has an inverter/charger"), small.reasons().toString());
    }

    @Test
    void lynxSmartBmsForDigitalIntegrationAndASafetyRelay() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(24).gxDevice(true).safetyRelay(true).dcLoads(true)
                .inverterCharger(true));
        assertRecommendedBy002(ranking, "lynx-smart-bms", "The Lynx Smart BMS for 12, 24 or 48 V systems with digital integration");
        assertEquals(List.of("lynx-smart-bms"), recommended(ranking));
        // The V2 would fit the inverter/charger and GX device, but cannot disconnect loads itself.
        Recommendation v2 = find(ranking, "vebus-bms-v2");
        assertEquals(Fit.UNSUITABLE, v2.fit());
        assertTrue(v2.reasons().get(0).startsWith("Has no system connection") && v2.reasons().get(0).contains("002 comparison table, row \"System connection\""),
                v2.reasons().toString());
    }

    @Test
    void smartBmsCl12100For12VWithAnAlternator() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(12).alternator(true));
        assertRecommendedBy002(ranking, "smart-bms-cl-12-100", "The Smart BMS CL 12/100 for 12 V systems with an alternator.");
        assertTrue(find(ranking, "smart-bms-cl-12-100").reasons().stream()
                .anyMatch(s -> s.startsWith("Has a dedicated alternator input (100 A)") && s.contains("row \"Alternator port\"")));
        // The SmallBMS's bullet does not exclude an alternator, but it has no alternator port (002 "Alternator").
        Recommendation small = find(ranking, "small-bms");
        assertEquals(Fit.POSSIBLE, small.fit());
        assertTrue(small.reasons().get(0).startsWith("Has no alternator port"), small.reasons().toString());
    }

    @Test
    void smartBms12200For12VWithAlternatorDcLoadsAndInverterRanksFirst() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(12).alternator(true).dcLoads(true).inverter(true));
        assertRecommendedBy002(ranking, "smart-bms-12-200",
                "The Smart BMS 12/200 for 12 V systems with an alternator and DC loads and an inverter or inverter/charger.");
        // Both bullets apply; the one that names more of the system comes first.
        assertEquals(List.of("smart-bms-12-200", "smart-bms-cl-12-100"), recommended(ranking));
    }

    @Test
    void endOfLifeModelsAreNeverRecommendedAndNameTheirSuccessor() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(12).alternator(true).dcLoads(true).inverter(true));
        Recommendation old = find(ranking, "bms-12-200");
        assertEquals(Fit.UNSUITABLE, old.fit());
        assertTrue(old.reasons().get(0).startsWith("End-of-life; use a Smart BMS 12-200 instead (002 comparison table, row \"Remarks\")"),
                old.reasons().toString());
        Recommendation veBus = find(recommend(SystemNeeds.builder().systemVoltage(48).inverterCharger(true)), "vebus-bms");
        assertEquals(Fit.UNSUITABLE, veBus.fit());
        assertTrue(veBus.reasons().get(0).startsWith("End-of-life; use a VE.Bus BMS V2 instead"), veBus.reasons().toString());
    }

    @Test
    void theSystemVoltageRowRulesOut12VOnlyModels() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(24).alternator(true));
        Recommendation cl = find(ranking, "smart-bms-cl-12-100");
        assertEquals(Fit.UNSUITABLE, cl.fit());
        assertEquals("12 V only; this is a 24 V system (002 comparison table, row \"System voltage\").", cl.reasons().get(0));
        // The Lynx's ATC mode protects the alternator, so at 24 V only the bullets' wording keeps it from RECOMMENDED.
        Recommendation lynx = find(ranking, "lynx-smart-bms");
        assertEquals(Fit.POSSIBLE, lynx.fit());
        assertTrue(lynx.reasons().stream().anyMatch(s -> s.startsWith("Has an alternator ATC mode")), lynx.reasons().toString());
        assertTrue(ranking.indexOf(lynx) < ranking.indexOf(cl), "possible before unsuitable");
    }

    @Test
    void theBatteryCountIsCheckedAgainstMaxBatteries() {
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(12).alternator(true).batteries(6));
        Recommendation cl = find(ranking, "smart-bms-cl-12-100");
        assertEquals(Fit.UNSUITABLE, cl.fit());
        assertTrue(cl.reasons().get(0).startsWith("Takes at most 5 batteries; this system has 6 ("), cl.reasons().toString());
        assertEquals(Fit.POSSIBLE, find(ranking, "smart-bms-12-200").fit(), "takes 20, but 002's bullet wants DC loads and an inverter");
    }

    @Test
    void dvccAndASystemCurrentAboveTheRatingRuleModelsOut() {
        List<Recommendation> dvcc = recommend(SystemNeeds.builder().systemVoltage(48).dvcc(true).inverterCharger(true));
        List<String> notUnsuitable = dvcc.stream().filter(r -> r.fit() != Fit.UNSUITABLE).map(r -> r.model().getId()).toList();
        assertEquals(List.of("vebus-bms-v2", "lynx-smart-bms"), notUnsuitable);
        assertTrue(find(dvcc, "small-bms").reasons().get(0).contains("row \"Control via GX device (DVCC)\""));

        List<Recommendation> current = recommend(SystemNeeds.builder().systemVoltage(12).alternator(true).dcLoads(true).inverterCharger(true)
                .systemCurrent(300));
        Recommendation smart = find(current, "smart-bms-12-200");
        assertEquals(Fit.UNSUITABLE, smart.fit());
        assertTrue(smart.reasons().get(0).startsWith("Too small: its system connection is rated 200 A and this system needs 300 A"),
                smart.reasons().toString());
    }

    @Test
    void whenNo002BulletFitsNothingIsRecommended() {
        // 001 §3.3 example 1: 12 V, inverter/charger, no alternator, no GX device. 002 is silent about it.
        List<Recommendation> ranking = recommend(SystemNeeds.builder().systemVoltage(12).inverterCharger(true).safetyRelay(true));
        assertEquals(List.of(), recommended(ranking));
        Recommendation smart = find(ranking, "smart-bms-12-200");
        assertEquals(Fit.POSSIBLE, smart.fit());
        assertTrue(smart.reasons().get(0).startsWith("002 does not recommend it for this system: this system has no alternator and no DC loads;"),
                smart.reasons().get(0));
    }

    @Test
    void needsAreValidated() {
        try {
            SystemNeeds.builder().systemVoltage(36).build();
            throw new AssertionError("36 V accepted");
        } catch (IllegalArgumentException e) {
            assertEquals("the system voltage must be 12, 24 or 48 V (the system voltages of 002), not 36 V", e.getMessage());
        }
        assertTrue(SystemNeeds.builder().systemVoltage(12).dvcc(true).build().gxDevice(), "DVCC needs a GX device");
    }

    private SystemDesign example(String name) throws Exception {
        return DesignFiles.load(RulesTest.EXAMPLES.resolve(name + ".cwdesign"), catalogs);
    }

    @Test
    void needsOfTheExampleDesigns() throws Exception {
        SystemNeeds cl = SystemNeeds.of(example("cl-12-100-alternator-starter"));
        assertEquals("a 12 V system with an alternator, an inverter/charger and DC loads; 3 batteries", cl.describe());
        SystemNeeds lynx = SystemNeeds.of(example("lynx-smart-bms-24v"));
        assertEquals("a 24 V system with an inverter/charger, a GX device and DC loads; wanted: a safety relay that disconnects DC loads and "
                + "inverters; 4 batteries", lynx.describe());
        // The MultiPlus is on the Smart BMS 12-200's System+: the design relies on the BMS to disconnect it.
        SystemNeeds example2 = SystemNeeds.of(example("001-example-2-multiplus-smart-batteryprotect"));
        assertTrue(example2.safetyRelay() && example2.inverterCharger() && example2.dcLoads() && !example2.alternator(), example2.describe());
        assertEquals(48, SystemNeeds.of(example("smallbms-48v")).systemVoltage());
    }

    static List<Path> examples() throws Exception {
        return RulesTest.examples().toList();
    }

    /** Each example's BMS is recommended, or 002 recommends no model for that system (001 §3.3's own examples). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleUsesARecommendedBmsOrOneFor002IsSilent(Path file) throws Exception {
        SystemDesign design = DesignFiles.load(file, catalogs);
        BmsModel bms = (BmsModel) design.getBatteryBanks().get(0).getBms().getType();
        List<Recommendation> ranking = BmsSelector.recommend(SystemNeeds.of(design), catalogs);
        List<String> recommended = recommended(ranking);
        String why = ranking.stream().map(r -> r.fit() + " " + r.model().getId() + " " + r.reasons()).collect(Collectors.joining("\n"));
        assertTrue(recommended.isEmpty() || recommended.contains(bms.getId()), why);
        assertFalse(find(ranking, bms.getId()).fit() == Fit.UNSUITABLE, why);
    }
}
