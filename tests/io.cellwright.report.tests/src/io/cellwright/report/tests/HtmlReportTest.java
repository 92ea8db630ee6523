package io.cellwright.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.report.CustomerReport;
import io.cellwright.report.WiringDiagram;
import io.cellwright.validation.DesignFigures;

/** What the HTML report says, and that it is one self-contained, well-formed document. */
class HtmlReportTest {

    private static String html(SystemDesign design) {
        return CustomerReport.of(design, Designs.context("design.cwdesign")).toHtml();
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the section with this id, as a reader sees it. */
    private static String section(Document document, String id) {
        var sections = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            var section = (org.w3c.dom.Element) sections.item(i);
            if (id.equals(section.getAttribute("id"))) {
                return section.getTextContent();
            }
        }
        return null;
    }

    @Test
    void theExampleReportHasEverySectionWithItsFigures() throws Exception {
        Document document = parse(html(Designs.load(Designs.EXAMPLE_1)));
        String header = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "header").item(0).getTextContent();
        assertTrue(header.contains("001 §3.3 example 1: MultiPlus Compact 12/2000, SmartSolar MPPT 75/15, SmartShunt"), header);
        assertTrue(header.contains("2026-05-04") && header.contains("Cellwright 0.1.0.test") && header.contains("12 V nominal"), header);
        assertTrue(header.contains("No errors found"), header);
        String summary = section(document, "summary");
        assertTrue(summary.contains("1 in series × 2 in parallel") && summary.contains("12.8 V") && summary.contains("400 Ah") && summary.contains("5120 Wh"), summary);
        String fuses = section(document, "fuses");
        assertTrue(fuses.contains("GND wire fuse") && fuses.contains("at least 300 mA"), fuses);
        assertTrue(fuses.contains("consumption 17.5 mA + Charge disconnect 10 mA = 27.5 mA × 1.25 = 34.4 mA"), fuses);
        assertTrue(fuses.contains("In the design: 300 mA on wire shunt.shunt-system-minus → bms.gnd"), fuses);
        assertTrue(fuses.contains("Alternator/Starter Batt+ port is not used in this design"), fuses);
        String figures = section(document, "figures");
        assertTrue(figures.contains("battery charge limit14.2 V"), figures);
        assertEquals(null, section(document, "wiring-diagram"), "no diagram supplied, no diagram section");
    }

    @Test
    void theHtmlIsOneSelfContainedWellFormedDocument() throws Exception {
        String html = html(Designs.load(Designs.EXAMPLE_1));
        parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""), html.substring(0, 80));
        for (String external : List.of("<link", "<script", " src=", " href=", "url(", "@import")) {
            assertFalse(html.contains(external), "the report must not load anything: found " + external);
        }
        assertTrue(html.contains("@page") && html.contains("counter(pages)"), "page footer for print");
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        SystemDesign design = Designs.load(Designs.EXAMPLE_1);
        design.setName("<script>alert('x')</script> & \"Boat\"");
        design.setNotes("Notes with </section> and ]]> and &amp;");
        String html = html(design);
        assertFalse(html.contains("<script>"), "a design name must never become markup");
        Document document = parse(html);
        assertEquals("<script>alert('x')</script> & \"Boat\"", document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h1").item(0).getTextContent());
        assertTrue(section(document, "summary").contains("Notes with </section> and ]]> and &amp;"));
        // In the CSS page footer the name is hex-escaped: no quote or angle bracket can end the string or the style.
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertTrue(style.contains("\\3c script\\3e alert\\28 \\27 x\\27 \\29 "), style.substring(0, 400));
    }

    @Test
    void findingsAreGroupedBySeverityWithRuleIdSourceAndElements() throws Exception {
        Document document = parse(html(Designs.withFindings()));
        String header = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "header").item(0).getTextContent();
        assertTrue(header.contains("1 error(s) and 1 warning(s) found"), header);
        String findings = section(document, "findings");
        assertFalse(findings.contains("No errors found"), findings);
        int errors = findings.indexOf("Errors (1)");
        int warnings = findings.indexOf("Warnings (1)");
        assertTrue(errors >= 0 && warnings > errors, findings);
        String errorPart = findings.substring(errors, warnings);
        assertTrue(errorPart.contains("CW-BANK-002") && errorPart.contains("does not end at the Smart BMS 12-200 'bms'"), errorPart);
        assertTrue(errorPart.contains("Source: 001 §3.2.4; 001 §3.4 step 7"), errorPart);
        assertTrue(errorPart.contains("Concerns: battery bank 'house-bank'"), errorPart);
        assertTrue(findings.substring(warnings).contains("CW-SET-002"), findings);
        assertTrue(findings.contains("Information (1)") && findings.contains("CW-DRAIN-001"), "the standby drain figure is information: " + findings);
        assertFalse(findings.contains("(0)"), "empty groups are left out");
    }

    @Test
    void settingsToEnterAreTheVictronConnectOnesWithTheirDefaults() throws Exception {
        CustomerReport report = CustomerReport.of(Designs.withFindings(), Designs.context("x.cwdesign"));
        List<CustomerReport.ComponentSettings> settings = report.victronConnectSettings();
        assertEquals(List.of("bms"), settings.stream().map(s -> s.component().getId()).toList(), "only the BMS has VictronConnect settings here");
        CustomerReport.SettingToEnter limit = settings.get(0).settings().stream()
                .filter(s -> s.line().definition().getKey().equals("battery-charge-limit")).findFirst().orElseThrow();
        assertEquals("14.4 V", limit.line().value());
        assertEquals("14.2 V", limit.defaultValue());
        assertFalse(limit.atDefault());
        CustomerReport.SettingToEnter remote = settings.get(0).settings().stream()
                .filter(s -> s.line().definition().getKey().equals("remote-on-off-function")).findFirst().orElseThrow();
        assertTrue(remote.atDefault(), "not set in the design: the product default");
        String html = report.toHtml();
        assertFalse(html.contains("load-disconnect-cell-voltage") || html.contains("Load disconnect cell voltage"),
                "battery settings are not VictronConnect settings of the BMS");
        // In the unchanged example the design gives 14.2 V, the default: nothing to change.
        CustomerReport example = CustomerReport.of(Designs.load(Designs.EXAMPLE_1), Designs.context("x.cwdesign"));
        assertTrue(example.victronConnectSettings().get(0).settings().stream()
                .filter(s -> s.line().definition().getKey().equals("battery-charge-limit")).findFirst().orElseThrow().atDefault());
    }

    @Test
    void theAlternatorFuseToInstallComesFromTheFuseTypeSetting() throws Exception {
        SystemDesign design = Designs.load(Designs.EXAMPLE_1);
        ComponentInstance bms = design.getComponents().stream().filter(c -> c.getId().equals("bms")).findFirst().orElseThrow();
        ChoiceSettingDefinition fuseType = (ChoiceSettingDefinition) bms.getType().findSetting(SettingRole.FUSE_TYPE);
        ChoiceSettingValue value = DesignFactory.eINSTANCE.createChoiceSettingValue();
        value.setDefinition(fuseType);
        value.setOption(fuseType.getOptions().stream().filter(o -> o.getKey().equals("2x30A")).findFirst().orElseThrow());
        bms.getSettings().add(value);
        Wire wire = DesignFactory.eINSTANCE.createWire();
        wire.setId("w-alternator");
        wire.setFrom(bms.getTerminals().stream().filter(t -> t.getId().equals("bms.alternator-starter-plus")).findFirst().orElseThrow());
        wire.setTo(design.getComponents().stream().filter(c -> c.getId().equals("mp")).findFirst().orElseThrow().getTerminals().get(0));
        design.getWires().add(wire);

        Document document = parse(html(design));
        String fuses = section(document, "fuses");
        assertTrue(fuses.contains("2 × 30 A ATO blade fuse"), fuses);
        assertTrue(fuses.contains("limits the alternator charge current to 40 A"), fuses);
        assertTrue(fuses.contains("Source: 001 §3.4, fuse table, row 2 x 30A"), fuses);
        assertTrue(section(document, "figures").contains("alternator current limit40 A"), section(document, "figures"));
        assertEquals(40, DesignFigures.bmsFigures(design, bms).alternatorCurrentLimit());
    }

    @Test
    void articleNumbersAreOnlyTheCatalogs() throws Exception {
        Set<String> catalog = CatalogRegistry.getDefault().catalogs().stream().flatMap(c -> c.getProductTypes().stream())
                .flatMap(p -> p.getArticleNumbers().stream()).map(ArticleNumberFact::getNumber).collect(Collectors.toSet());
        for (var example : Designs.examples()) {
            String name = example.getFileName().toString().replace(".cwdesign", "");
            String bom = section(parse(html(Designs.load(name))), "bill-of-materials");
            Matcher numbers = Pattern.compile("\\b[A-Z]{3}\\d{9}\\b").matcher(bom);
            while (numbers.find()) {
                assertTrue(catalog.contains(numbers.group()), name + ": " + numbers.group() + " is not in the catalog");
            }
            assertTrue(bom.contains("no article number in the source documents"), name);
        }
    }

    @Test
    void theDiagramSectionAppearsOnlyWithADiagram() throws Exception {
        SystemDesign design = Designs.load(Designs.EXAMPLE_1);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\"/></svg>";
        CustomerReport report = CustomerReport.of(design, Designs.context("d.cwdesign").withDiagram(new WiringDiagram("Wiring <as drawn>", svg)));
        Document document = parse(report.toHtml());
        String diagram = section(document, "wiring-diagram");
        assertTrue(diagram != null && diagram.contains("Wiring <as drawn>"), String.valueOf(diagram));
        assertEquals(1, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(), "the SVG is inline, in the SVG namespace");
        assertEquals(null, section(parse(html(design)), "wiring-diagram"));
    }
}
