package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Severity;

/** System+ currents, GND fuse, cables, voltage drop, battery currents, settings, standby drain and mixed banks. */
class PowerRulesTest {

    private static String one(List<Finding> found, String expected) {
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains(expected), found.get(0).message());
        return found.get(0).message();
    }

    private static DesignEdits example1() throws Exception {
        return new DesignEdits("001-example-1-multiplus-compact-mppt");
    }

    private static Wire wire(DesignEdits edits, String id) {
        return edits.design.getWires().stream().filter(w -> id.equals(w.getId())).findFirst().orElseThrow();
    }

    @Test
    void cwSys001_anInverterOnSystemPlusAboveItsContinuousRating() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 2000);
        assertEquals(List.of(), edits.findings("CW-SYS-001"), "2000 W / 12.8 V = 156 A < 200 A");
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 3000);
        one(edits.findings("CW-SYS-001"), "The devices on the System+ port of the Smart BMS 12-200 'bms' draw 234.4 A continuously (mp 234.4 A at 12.8 V), more than its 200 A");
    }

    @Test
    void cwSys002_peaksAboveThePeakRating() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.PEAK_POWER, 4000);
        assertEquals(List.of(), edits.findings("CW-SYS-002"));
        edits.set("mp", SettingRole.PEAK_POWER, 6000);
        one(edits.findings("CW-SYS-002"), "draw 468.8 A at peak (mp 468.8 A at 12.8 V), more than its 400 A");
    }

    @Test
    void cwGnd001_noFuseATooSmallOneAndATooLargeOne() throws Exception {
        DesignEdits edits = example1();
        assertEquals(List.of(), edits.findings("CW-GND-001"));
        Wire gnd = wire(edits, "w-bms-gnd");
        gnd.getFuse().setRating(2);
        one(edits.findings("CW-GND-001"), "The 2 A fuse in the GND wire of the Smart BMS 12-200 'bms' is above the 1.3 A the manual allows");
        gnd.getFuse().setRating(0.3);
        edits.add("generic-relay", "k1");
        edits.wire("bms.pre-alarm", "k1.coil-plus");
        String message = one(edits.findings("CW-GND-001"), "The 300 mA fuse in the GND wire of the Smart BMS 12-200 'bms' is below the 1.284 A it needs and would blow");
        assertTrue(message.contains("consumption 17.5 mA + Charge disconnect 10 mA + Pre-alarm 1 A = 1.028 A × 1.25 = 1.284 A"), message);
        gnd.setFuse(null);
        one(edits.findings("CW-GND-001"), "The GND wire of the Smart BMS 12-200 'bms' has no fuse");
    }

    @Test
    void cwWire001_aCableTooThinForItsCurrentAndAFuseAboveTheCable() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 1700);
        assertEquals(List.of(), edits.findings("CW-WIRE-001"));
        wire(edits, "w-sys-mp").setCrossSection(35);
        one(edits.findings("CW-WIRE-001"), "The 200 A fuse of the 35 mm² wire 'w-sys-mp' (bms.system-plus to mp.dc-plus) is above the 150 A the cable carries");
        wire(edits, "w-sys-mp").setCrossSection(50);
        wire(edits, "w-bat-mppt").getFuse().setRating(40);
        one(edits.findings("CW-WIRE-001"), "The 40 A fuse of the 6 mm² wire 'w-bat-mppt'");
    }

    @Test
    void cwWire001_aCopyOfTheDesignWithoutItsFileIsCheckedTheSame() throws Exception {
        // The workbench and the diagram validate a private copy, which has no resource (and so no resource set).
        DesignEdits edits = example1();
        wire(edits, "w-sys-mp").setCrossSection(35);
        io.cellwright.model.design.SystemDesign copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(edits.design);
        assertEquals(null, copy.eResource());
        List<String> onCopy = io.cellwright.validation.Rules.validate(copy).all().stream().filter(f -> f.ruleId().equals("CW-WIRE-001"))
                .map(Finding::message).toList();
        assertEquals(edits.findings("CW-WIRE-001").stream().map(Finding::message).toList(), onCopy);
        assertEquals(1, onCopy.size());
    }

    @Test
    void cwWire001_aCurrentAboveTheCablesAmpacity() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 1700);
        wire(edits, "w-sys-mp").setCrossSection(25);
        wire(edits, "w-sys-mp").getFuse().setRating(100);
        List<Finding> found = edits.findings("CW-WIRE-001");
        assertTrue(found.stream().anyMatch(f -> f.message().contains("carries 132.8 A, more than the 100 A a 25 mm² cable carries in free air")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.message().contains("is below 125 % of the 132.8 A")), found.toString());
    }

    @Test
    void cwWire002_aLongThinRunDropsTooMuch() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 2000);
        assertEquals(List.of(), edits.findings("CW-WIRE-002"), "1.5 m of 50 mm² at 156 A is 1.3 %");
        wire(edits, "w-sys-mp").setLength(3);
        String message = one(edits.findings("CW-WIRE-002"), "The drop over wire 'w-sys-mp' (bms.system-plus to mp.dc-plus) is 0.32 V (2.5 % of 12.8 V) at 156.3 A over 3 m");
        assertTrue(message.contains("above the 2 % rule"), message);
    }

    @Test
    void cwBat001_batteryCurrentsAgainstTheBatteryTable() throws Exception {
        DesignEdits edits = example1();
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 2000);
        assertEquals(List.of(), edits.findings("CW-BAT-001"));
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 6000);
        Finding warning = edits.findings("CW-BAT-001").get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("Each battery of bank 'House bank' takes 234.4 A of discharge current, more than the recommended 200 A"), warning.message());
        edits.set("mp", SettingRole.CONTINUOUS_POWER, 11000);
        Finding error = edits.findings("CW-BAT-001").get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.message().contains("takes 429.7 A of discharge current, more than its maximum 400 A"), error.message());
    }

    @Test
    void cwSet003_usePreAlarmWithABatteryWithoutIt() throws Exception {
        DesignEdits edits = example1();
        assertEquals(List.of(), edits.findings("CW-SET-003"));
        ComponentInstance battery = edits.component("bat2");
        LithiumBatteryModel other = EcoreUtil.copy((LithiumBatteryModel) battery.getType());
        other.getPreAlarmSupport().setValue(false);
        battery.setType(other);
        Finding finding = edits.findings("CW-SET-003").get(0);
        assertTrue(finding.message().contains("is set to 'Use pre-alarm', but the Lithium Battery 12,8V/200Ah Smart 'bat2' has no pre-alarm feature: the BMS would report E-B32"),
                finding.message());
        assertEquals(OptionRole.PRE_ALARM_NOT_AVAILABLE, ((SettingOption) finding.hint(Finding.HINT_OPTION)).getRole());
        edits.choose("bms", SettingRole.PRE_ALARM_USAGE, "pre-alarm-not-available");
        assertEquals(List.of(), edits.findings("CW-SET-003"));
    }

    @Test
    void cwDrain001_daysUntilDamageAndTheSwitchEverythingOffWarning() throws Exception {
        DesignEdits edits = example1();
        Finding info = edits.findings("CW-DRAIN-001").get(0);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.message().contains("keeps about 12 Ah (3 % of 400 Ah at 2.8 V per cell"), info.message());
        assertTrue(info.message().contains("draws 17.5 mA") && info.message().contains("damaged after about 28.6 days"), info.message());
        edits.choose("bms", SettingRole.REMOTE_ON_OFF_FUNCTION, "switch-everything-off");
        Finding warning = edits.findings("CW-DRAIN-001").get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("draws 4.5 mA") && warning.message().contains("'Switch everything off'"), warning.message());
    }

    @Test
    void cwBank005_mixedCapacitiesAndStringsOfDifferentVoltage() throws Exception {
        DesignEdits edits = example1();
        assertEquals(List.of(), edits.findings("CW-BANK-005"));
        edits.component("bat2").setType(edits.product("lfp-smart-12-8-100"));
        Finding mixed = edits.findings("CW-BANK-005").get(0);
        assertEquals(Severity.WARNING, mixed.severity());
        DesignEdits small = new DesignEdits("smallbms-48v");
        assertEquals(List.of(), small.findings("CW-BANK-005"));
        ComponentInstance extra = small.add(small.design.getBatteryBanks().get(0).getStrings().get(0).getBatteries().get(0).getType().getId(), "extra");
        small.design.getBatteryBanks().get(0).getStrings().get(1).getBatteries().add(extra);
        Finding error = small.findings("CW-BANK-005").get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.message().contains("have different voltages (51.2 V and 76.8 V)"), error.message());
    }
}
