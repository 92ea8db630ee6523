package io.cellwright.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.Relation;
import io.cellwright.model.catalog.StatusCode;

/** The Smart BMS 12-200 facts the validation and simulation lean on, against 000 and 001. */
class SmartBms12200Test {

    private final BmsModel bms = (BmsModel) CatalogRegistry.getDefault().product("smart-bms-12-200").orElseThrow();

    @Test
    void systemPlusCarries200AContinuousAnd400APeak() {
        PowerPortSpec systemPlus = bms.findTerminal("system-plus").getPower();
        assertEquals(200, systemPlus.getContinuousCurrent().getValue(), 1e-9); // 000 / 001 §4
        assertEquals(400, systemPlus.getPeakCurrent().getValue(), 1e-9);       // 000 "Peak discharge current 400 A"
    }

    @Test
    void theAlternatorPortStartsAbove13VAndGives100AWithA125AFuse() {
        PowerPortSpec alternator = bms.findTerminal("alternator-starter-plus").getPower();
        assertEquals(13, alternator.getEnableVoltage().getValue(), 1e-9);
        assertEquals(Relation.GREATER_THAN, alternator.getEnableVoltage().getRelation());
        assertEquals(100, alternator.getContinuousCurrent().getValue(), 1e-9);
    }

    @Test
    void consumptionIs17_5_6_5_and4_5mA() {
        List<Double> values = bms.getConsumption().stream().map(ConsumptionFact::getValue).sorted().toList();
        assertEquals(List.of(4.5, 6.5, 17.5), values); // 000 / 001 §4: remote on, remote off, switch everything off
    }

    @Test
    void theFuseTableOf001Section3_4HasItsNineRows() {
        List<FuseTableEntry> table = bms.getAlternatorFuseTable();
        assertEquals(9, table.size());
        assertEquals(125, table.get(0).getFuseRating().getValue(), 1e-9);
        assertEquals(100, table.get(0).getMaxChargeCurrent().getValue(), 1e-9);
        assertTrue(table.stream().allMatch(e -> !e.getSources().isEmpty()));
    }

    @Test
    void theCodesOfAppendixBAndTheLedsOfAppendixCAreAllThere() {
        List<String> codes = bms.getStatusCodes().stream().map(StatusCode::getCode).sorted().toList();
        assertEquals(List.of("A-A12", "A-B11", "A-B15", "E-B30", "E-B31", "E-B32", "E-B33", "W-B12"), codes);
        assertEquals(7, bms.getLeds().size());
    }
}
