package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.model.catalog.SettingRole;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Severity;

/** Remote on/off, interface cables and BMS output ratings (001 §2.2, Appendix A; 002 table), each broken and passing. */
class RemoteAndOutputRulesTest {

    private static void assertOne(List<Finding> found, String expected) {
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains(expected), found.get(0).message());
    }

    @Test
    void cwRem001_anMpptWithoutChargeDisconnectIsUncontrolled() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        assertEquals(List.of(), edits.findings("CW-REM-001"));
        edits.removeWire("w-cd-cable");
        List<Finding> found = edits.findings("CW-REM-001");
        assertOne(found, "'mppt' is on the lithium bank but nothing from the Smart BMS 12-200 'bms' switches it off: it keeps charging when a cell is full");
        assertTrue(found.get(0).message().contains("Charge disconnect through the VE.Direct non-inverting remote on-off cable (ASS030550320)"),
                found.get(0).message());
    }

    @Test
    void cwRem001_aDcLoadBehindABatteryProtectDrivenByLoadDisconnectIsControlled() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("generic-dc-load", "lights");
        edits.set("lights", SettingRole.LOAD_CURRENT, 5);
        edits.add("batteryprotect", "bp");
        edits.wire("bat1.battery-plus", "bp.in");
        edits.wire("bp.out", "lights.dc-plus");
        assertOne(edits.findings("CW-REM-001"), "'lights' is on the lithium bank but nothing");
        edits.wire("bms.load-disconnect", "bp.remote-2-1");
        assertEquals(List.of(), edits.findings("CW-REM-001"));
    }

    @Test
    void cwRem002_aLoadThatNeedsTheInvertingCableWiredStraight() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("generic-dc-load-remote-low", "pump");
        edits.wire("bat1.battery-plus", "pump.dc-plus");
        edits.wire("bms.load-disconnect", "pump.remote-on-off");
        List<Finding> found = edits.findings("CW-REM-002");
        assertOne(found, "It needs the Inverting remote on-off cable (ASS030550100 or ASS030550120)");
        assertSame(edits.product("inverting-remote-cable"), found.get(0).hint(Finding.HINT_PRODUCT));
        assertSame(edits.terminal("bms.load-disconnect"), found.get(0).hint(Finding.HINT_FROM));
        assertSame(edits.terminal("pump.remote-on-off"), found.get(0).hint(Finding.HINT_TO));
    }

    @Test
    void cwRem002_theNonInvertingCableWhereTheInvertingOneBelongsSaysWhatHappens() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("generic-dc-load-remote-low", "pump");
        edits.wire("bat1.battery-plus", "pump.dc-plus");
        edits.add("non-inverting-remote-cable", "cable");
        edits.wire("bms.load-disconnect", "cable.signal-in");
        edits.wire("cable.signal-out", "pump.remote-on-off");
        assertOne(edits.findings("CW-REM-002"), "does not invert the signal, so the device would run while the BMS says off");
        edits.component("cable").setType(edits.product("inverting-remote-cable"));
        // The inverting cable's terminals have the same ids, so the wiring stays valid.
        assertEquals(List.of(), edits.findings("CW-REM-002"));
        assertEquals(List.of(), edits.findings("CW-REM-001"));
    }

    @Test
    void cwRem003_aSmartBmsWithoutItsRemoteLoop() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        assertEquals(List.of(), edits.findings("CW-REM-003"));
        edits.removeWire("w-remote-loop");
        List<Finding> found = edits.findings("CW-REM-003");
        assertOne(found, "Nothing is connected to the remote on/off terminals L and H of the Smart BMS 12-200 'bms'");
        assertSame(edits.terminal("bms.remote-l"), found.get(0).hint(Finding.HINT_FROM));
        assertSame(edits.terminal("bms.remote-h"), found.get(0).hint(Finding.HINT_TO));
    }

    @Test
    void cwOut001_aLampStraightOnTheLoadDisconnectOutput() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("generic-dc-load", "lamp");
        edits.set("lamp", SettingRole.LOAD_CURRENT, 2);
        edits.wire("bms.load-disconnect", "lamp.dc-plus");
        assertOne(edits.findings("CW-OUT-001"), "The Load disconnect output of the Smart BMS 12-200 'bms' can deliver 10 mA (");
        edits.set("lamp", SettingRole.LOAD_CURRENT, 0.005);
        assertEquals(List.of(), edits.findings("CW-OUT-001"));
    }

    @Test
    void cwOut002_aRelayCoilOnChargeDisconnectButNotOnPreAlarm() throws Exception {
        DesignEdits edits = new DesignEdits("001-example-1-multiplus-compact-mppt");
        edits.add("generic-relay", "k1");
        edits.wire("bms.pre-alarm", "k1.coil-plus");
        assertEquals(List.of(), edits.findings("CW-OUT-002"));
        edits.removeWire("w-bms.pre-alarm-k1.coil-plus");
        edits.wire("bms.charge-disconnect", "k1.coil-plus");
        List<Finding> found = edits.findings("CW-OUT-002");
        assertOne(found, "The Charge disconnect output of the Smart BMS 12-200 'bms' powers the coil of the Relay");
        assertEquals(Severity.ERROR, found.get(0).severity());
    }
}
