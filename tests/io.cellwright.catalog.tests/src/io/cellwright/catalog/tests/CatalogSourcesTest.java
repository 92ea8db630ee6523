package io.cellwright.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.SourceDocument;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.Unit;

/** The built-in catalog against its source documents: quotes, validity, and the facts rules lean on. */
class CatalogSourcesTest {

    private final Catalog victron = CatalogRegistry.getDefault().catalog("victron").orElseThrow();

    @Test
    void everyQuotedSourceTextIsInTheDocumentItCites() throws IOException {
        Map<SourceDocument, String> texts = new HashMap<>();
        List<String> notFound = new ArrayList<>();
        int checked = 0;
        for (TreeIterator<EObject> it = victron.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof SourceRef ref) || ref.getQuote() == null) {
                continue;
            }
            String text = texts.computeIfAbsent(ref.getDocument(), CatalogSourcesTest::read);
            checked++;
            if (!text.contains(normalise(ref.getQuote()))) {
                notFound.add(ref.getDocument().getId() + ": \"" + ref.getQuote() + "\"");
            }
        }
        assertEquals(List.of(), notFound);
        assertTrue(checked > 1000, checked + " quotes checked");
    }

    @Test
    void theCatalogIsValidAndEveryFactCitesASource() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(victron);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
        for (TreeIterator<EObject> it = victron.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Fact fact) {
                assertTrue(!fact.getSources().isEmpty(), () -> "fact without a source: " + fact);
                assertTrue(!fact.isDisputed() || fact.getRuling() != null, () -> "disputed fact without a ruling: " + fact);
            }
        }
    }

    @Test
    void theSeedsDisagreementsAreKeptWithTheirRulings() {
        BmsModel smart = (BmsModel) CatalogRegistry.getDefault().product("smart-bms-12-200").orElseThrow();
        // seeds/README: maximum batteries 20 (002, 000) against 5 (003, 004).
        assertEquals(20, smart.getMaxBatteries().getValue());
        assertTrue(smart.getMaxBatteries().isDisputed());
        assertEquals(5, ((io.cellwright.model.catalog.IntegerFact) smart.getMaxBatteries().getAlternatives().get(0)).getValue());
        BmsModel cl = (BmsModel) CatalogRegistry.getDefault().product("smart-bms-cl-12-100").orElseThrow();
        assertEquals(5, cl.getMaxBatteries().getValue(), "003 is the CL's own document");
        // seeds/README: the BMS 12/200 has no pre-alarm in the table and 004, although 002's prose says all models do.
        BmsModel old = (BmsModel) CatalogRegistry.getDefault().product("bms-12-200").orElseThrow();
        assertTrue(old.getPreAlarmTerminal().isDisputed());
    }

    @Test
    void theSmartBmsChargeLimitSettingIsTheManualsRange() {
        BmsModel smart = (BmsModel) CatalogRegistry.getDefault().product("smart-bms-12-200").orElseThrow();
        NumberSettingDefinition limit = (NumberSettingDefinition) smart.findSetting(SettingRole.BATTERY_CHARGE_LIMIT);
        // 001 §3.5.1: battery charge limit 13.0-15.3 V, normally 14.2 V.
        assertEquals(13.0, limit.getRange().getMinimum().getValue(), 1e-9);
        assertEquals(15.3, limit.getRange().getMaximum().getValue(), 1e-9);
        assertEquals(14.2, limit.getDefaultValue().getValue(), 1e-9);
        assertEquals(Unit.VOLT, limit.getDefaultValue().getUnit());
        assertEquals("001", limit.getRange().getSources().get(0).getDocument().getId());
    }

    private static String read(SourceDocument document) {
        URL entry = FrameworkUtil.getBundle(CatalogSourcesTest.class).getEntry("resources/sources/" + document.getFileName());
        if (entry == null) {
            throw new AssertionError("no copy of source document " + document.getId() + " (" + document.getFileName() + ") in resources/sources");
        }
        try (InputStream in = entry.openStream()) {
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Whitespace-insensitive text, as the catalog generator compares it (catalog-src/xmi.py). */
    static String normalise(String text) {
        String t = text.replaceAll(" ?\\\\\\[\\d+\\\\\\]", "");
        t = t.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        t = t.replace("**", "").replace("\\[", "[").replace("\\]", "]");
        t = t.replaceAll("(?U)-[ \\t]*\\n\\s*", "-");
        return t.replaceAll("(?U)\\s+", " "); // (?U): like Python, a no-break space is white space
    }
}
