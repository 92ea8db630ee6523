package io.cellwright.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.SourceDocument;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.catalog.Unit;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.edit.CellwrightEditPlugin;

/** The hand-written operations behind the generated model (src/ of io.cellwright.model). */
class ModelOperationsTest {

    private final CatalogFactory catalog = CatalogFactory.eINSTANCE;

    private SourceRef source(String document, String section) {
        SourceDocument doc = catalog.createSourceDocument();
        doc.setId(document);
        SourceRef ref = catalog.createSourceRef();
        ref.setDocument(doc);
        ref.setSection(section);
        return ref;
    }

    @Test
    void quantitiesConvertToTheirBaseUnitByTheFactorInTheMetamodel() {
        Quantity sinkCurrent = catalog.createQuantity();
        sinkCurrent.setValue(10);
        sinkCurrent.setUnit(Unit.MILLIAMPERE);
        assertEquals(0.010, sinkCurrent.valueInBaseUnit(), 1e-12, "10 mA is 0.01 A");
        Quantity current = catalog.createQuantity();
        current.setValue(200);
        current.setUnit(Unit.AMPERE);
        assertEquals(200, current.valueInBaseUnit(), 1e-12);
    }

    @Test
    void aFactWithAlternativesIsDisputedAndTheAlternativeIsOverruled() {
        IntegerFact maxBatteries = catalog.createIntegerFact();
        maxBatteries.setValue(20);
        IntegerFact older = catalog.createIntegerFact();
        older.setValue(5);
        assertFalse(maxBatteries.isDisputed());
        maxBatteries.getAlternatives().add(older);
        assertTrue(maxBatteries.isDisputed());
        assertFalse(maxBatteries.isOverruled());
        assertTrue(older.isOverruled());
    }

    @Test
    void aFactWithoutASourceIsInvalid() {
        io.cellwright.model.catalog.Catalog holder = catalog.createCatalog();
        holder.setId("t");
        holder.setFormatVersion("1.0");
        BmsModel bms = catalog.createBmsModel();
        holder.getProductTypes().add(bms);
        IntegerFact maxBatteries = catalog.createIntegerFact();
        maxBatteries.setValue(20);
        bms.setMaxBatteries(maxBatteries);
        assertTrue(messages(maxBatteries).contains("'sources'"), messages(maxBatteries));

        SourceRef ref = source("002", "Feature highlights common to all models");
        holder.getDocuments().add(ref.getDocument());
        maxBatteries.getSources().add(ref);
        assertFalse(messages(maxBatteries).contains("'sources'"), messages(maxBatteries));
        assertFalse(messages(maxBatteries).contains("'document'"), messages(maxBatteries));
    }

    private static String messages(org.eclipse.emf.ecore.EObject object) {
        return Diagnostician.INSTANCE.validate(object).getChildren().stream().map(Diagnostic::getMessage)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void productsFindTheirTerminalsAndSettingsAndComponentsTheirValues() {
        BmsModel bms = catalog.createBmsModel();
        bms.setId("smart-bms-12-200");
        TerminalDefinition load = catalog.createTerminalDefinition();
        load.setId("load-disconnect");
        load.setKind(TerminalKind.LOAD_DISCONNECT);
        bms.getTerminals().add(load);
        NumberSettingDefinition chargeLimit = catalog.createNumberSettingDefinition();
        chargeLimit.setKey("battery-charge-limit");
        chargeLimit.setRole(SettingRole.BATTERY_CHARGE_LIMIT);
        bms.getSettings().add(chargeLimit);
        assertSame(load, bms.findTerminal("load-disconnect"));
        assertNull(bms.findTerminal("pre-alarm"));
        assertSame(chargeLimit, bms.findSetting(SettingRole.BATTERY_CHARGE_LIMIT));

        ComponentInstance component = DesignFactory.eINSTANCE.createComponentInstance();
        component.setType(bms);
        TerminalInstance terminal = DesignFactory.eINSTANCE.createTerminalInstance();
        terminal.setDefinition(load);
        component.getTerminals().add(terminal);
        NumberSettingValue value = DesignFactory.eINSTANCE.createNumberSettingValue();
        value.setDefinition(chargeLimit);
        component.getSettings().add(value);
        assertSame(terminal, component.findTerminal("load-disconnect"));
        assertSame(value, component.findSettingValue(SettingRole.BATTERY_CHARGE_LIMIT));
        assertNull(component.findSettingValue(SettingRole.FUSE_TYPE));
    }

    @Test
    void theEditPluginNamesModelTypesForTheUser() {
        assertEquals("Bms Model", CellwrightEditPlugin.INSTANCE.getString("_UI_BmsModel_type"));
    }
}
