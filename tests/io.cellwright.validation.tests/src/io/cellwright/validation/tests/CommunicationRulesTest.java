package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.validation.Finding;
import io.cellwright.validation.Severity;

/** Communication: DVCC with a BMS that cannot do it, the Lynx Distributor count (002). */
class CommunicationRulesTest {

    @Test
    void cwCom002_aGxDrivingChargersWithABmsWithoutDvcc() throws Exception {
        DesignEdits edits = new DesignEdits("vebus-bms-v2-multiplus-ii-gx");
        assertEquals(List.of(), edits.findings("CW-COM-002"), "the VE.Bus BMS V2 supports DVCC");
        edits.component("bms").setType(edits.product("small-bms"));
        List<Finding> found = edits.findings("CW-COM-002");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().contains("cannot be used for control via a GX device (DVCC: No, 002 §Comparison overview comparison table, row \"Control via GX device (DVCC)\""),
                found.get(0).message());
    }

    @Test
    void cwCom003_fiveLynxDistributorsOnALynxSmartBms() throws Exception {
        DesignEdits edits = new DesignEdits("lynx-smart-bms-24v");
        for (int i = 1; i <= 4; i++) {
            edits.add("lynx-distributor", "dist" + i);
        }
        assertEquals(List.of(), edits.findings("CW-COM-003"));
        edits.add("lynx-distributor", "dist5");
        List<Finding> found = edits.findings("CW-COM-003");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("The design has 5 Lynx Distributors, but the Lynx Smart BMS 'lynx' monitors at most 4 (002"), found.get(0).message());
    }

    @Test
    void cwCom004_theVeBusBmsHasNoRemoteOnOffTerminalAndTheDisputeIsNamed() throws Exception {
        DesignEdits edits = new DesignEdits("vebus-bms-v2-multiplus-ii-gx");
        assertEquals(List.of(), edits.findings("CW-COM-004"), "the V2 has a remote on/off terminal");
        edits.component("bms").setType(edits.product("vebus-bms"));
        List<Finding> found = edits.findings("CW-COM-004");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("the VE.Bus BMS 'bms' has no remote on/off terminal (002"), found.get(0).message());
        assertTrue(found.get(0).message().contains("says every model has one, Cellwright follows the table"), found.get(0).message());
    }
}
