package io.cellwright.report.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignFiles;
import io.cellwright.design.DesignSummary;
import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.report.BillOfMaterials;
import io.cellwright.report.CustomerReport;
import io.cellwright.report.ReportContext;
import io.cellwright.report.WiringDiagram;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Severity;

/**
 * Writes a {@link CustomerReport} as one XHTML document: header, system summary, bill of materials,
 * settings to enter, fuses to install, derived figures, findings, and the wiring diagram when supplied.
 * Every string from the design or the catalog is escaped by {@link Xhtml}.
 */
public final class HtmlWriter {

    static final String NO_ARTICLE_NUMBER = "no article number in the source documents";

    private final CustomerReport report;
    private final SystemDesign design;
    private final Xhtml html = new Xhtml();
    private int section;

    /** The element the PDF report draws the diagram into (see PdfReport): an object of this type. */
    public static final String DIAGRAM_OBJECT_TYPE = "application/x-cellwright-wiring-diagram";
    /** Room for the diagram on its landscape A4 page (ReportStyle's @page diagram), in CSS pixels. */
    static final double DIAGRAM_MAX_WIDTH = 1000;
    static final double DIAGRAM_MAX_HEIGHT = 560;

    private final boolean forPdf;

    public HtmlWriter(CustomerReport report) {
        this(report, false);
    }

    /** With {@code forPdf}, the diagram is an object the PDF renderer draws as vectors instead of inline SVG. */
    public HtmlWriter(CustomerReport report, boolean forPdf) {
        this.report = report;
        this.design = report.design();
        this.forPdf = forPdf;
    }

    public String write() {
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
        html.element("title", "Battery system report: " + designName()).raw("\n");
        html.raw("<meta name=\"author\" content=\"Cellwright " + Xhtml.escape(report.context().cellwrightVersion()) + "\"/>\n");
        html.raw("<meta name=\"subject\" content=\"" + Xhtml.escape("System summary, bill of materials, settings, fuses and validation findings for " + designName()) + "\"/>\n");
        html.raw("<style>\n").raw(ReportStyle.css(designName())).raw("</style>\n</head>\n<body>\n");
        header();
        summary();
        billOfMaterials();
        BmsSections bms = new BmsSections(report, this);
        bms.writeSettings();
        bms.writeFuses();
        derivedFigures(bms);
        findings();
        report.context().diagram().ifPresent(this::diagram);
        about();
        html.raw("</body>\n</html>\n");
        return html.toString();
    }

    String designName() {
        return design.getName() != null && !design.getName().isBlank() ? design.getName() : design.getId() != null ? design.getId() : report.context().designFile();
    }

    /** Opens the next numbered section. */
    void section(String id, String title) {
        section++;
        html.open("section", "id", id).element("h2", section + "  " + title).raw("\n");
    }

    private void header() {
        ReportContext context = report.context();
        html.open("header", "class", "report").element("p", "Battery system report", "class", "kicker").element("h1", designName());
        html.open("table", "class", "meta");
        meta("Date", context.date().toString());
        meta("Design file", context.designFile());
        if (design.isSetNominalVoltage()) {
            meta("System voltage", FactFormatter.number(design.getNominalVoltage(), -1) + " V nominal");
        }
        meta("Checked with", "Cellwright " + context.cellwrightVersion());
        html.close("table");
        status();
        html.close("header");
    }

    private void meta(String label, String value) {
        html.open("tr").element("td", label, "class", "label").element("td", value).close("tr");
    }

    private void status() {
        long errors = report.findings().count(Severity.ERROR);
        long warnings = report.findings().count(Severity.WARNING);
        if (errors > 0) {
            html.element("p", errors + " error(s) and " + warnings + " warning(s) found. The errors must be corrected before the system is installed; see Findings.",
                    "class", "status errors");
        } else if (warnings > 0) {
            html.element("p", "No errors found; " + warnings + " warning(s) to review (see Findings).", "class", "status warnings");
        } else {
            html.element("p", "No errors found: the design passes every installed rule.", "class", "status ok");
        }
    }

    private void summary() {
        section("summary", "System summary");
        if (design.getNotes() != null && !design.getNotes().isBlank()) {
            html.element("p", design.getNotes());
        }
        html.element("p", design.getComponents().size() + " components, " + design.getWires().size() + " wires, " + design.getBatteryBanks().size()
                + " battery bank(s).", "class", "muted");
        List<DesignSummary.Bank> banks = report.banks();
        if (!banks.isEmpty()) {
            html.open("table").raw("<thead><tr><th>Battery bank</th><th>Arrangement</th><th class=\"num\">Voltage</th><th class=\"num\">Capacity</th>"
                    + "<th class=\"num\">Energy</th></tr></thead>\n<tbody>");
            for (DesignSummary.Bank bank : banks) {
                html.open("tr").element("td", bank.name()).element("td", bank.series() + " in series × " + bank.parallel() + " in parallel")
                        .element("td", volts(bank.voltage()), "class", "num").element("td", FactFormatter.number(bank.capacityAh(), -1) + " Ah", "class", "num")
                        .element("td", energy(bank.energyWh()), "class", "num").close("tr");
            }
            html.raw("</tbody>").close("table");
            banks.stream().flatMap(b -> b.missing().stream()).forEach(m -> html.element("p", "Not counted: " + m + ".", "class", "none"));
        }
        html.close("section");
    }

    private void billOfMaterials() {
        section("bill-of-materials", "Bill of materials");
        html.open("table").raw("<thead><tr><th class=\"num\">Qty</th><th>Product</th><th>Article number</th><th>In the design</th></tr></thead>\n<tbody>");
        for (BillOfMaterials.Line line : report.billOfMaterials()) {
            html.open("tr").element("td", Integer.toString(line.quantity()), "class", "num");
            html.open("td").text(line.productName());
            if (line.product().getManufacturer() != null) {
                html.raw("<br/>").element("span", line.product().getManufacturer(), "class", "muted small");
            }
            html.raw("</td>");
            articleNumbers(line.articleNumbers());
            html.element("td", line.components().stream().map(c -> c.getId()).collect(Collectors.joining(", ")), "class", "id").close("tr");
        }
        for (BillOfMaterials.FuseLine fuse : BillOfMaterials.fuses(design)) {
            html.open("tr").element("td", Integer.toString(fuse.quantity()), "class", "num");
            html.element("td", fuse.type() == null ? "Fuse " + amps(fuse.rating()) + " (type not given in the design)" : fuse.type().getName() + " " + amps(fuse.rating()));
            articleNumbers(fuse.articleNumbers());
            html.element("td", "fuse in " + fuse.wires().stream().map(w -> w.getId()).collect(Collectors.joining(", ")), "class", "id").close("tr");
        }
        html.raw("</tbody>").close("table");
        html.element("p", "Article numbers as the product documents print them, with the document they come from in brackets. Cables and lugs are "
                + "in the design file (cross-section and length of every wire).", "class", "muted small");
        html.close("section");
    }

    private void articleNumbers(List<ArticleNumberFact> numbers) {
        if (numbers.isEmpty()) {
            html.element("td", NO_ARTICLE_NUMBER, "class", "none");
            return;
        }
        html.open("td");
        for (int i = 0; i < numbers.size(); i++) {
            ArticleNumberFact number = numbers.get(i);
            html.raw(i == 0 ? "" : "<br/>").element("strong", number.getNumber());
            List<String> sources = BillOfMaterials.sources(number);
            if (!sources.isEmpty()) {
                html.text(" ").element("span", "(" + String.join(", ", sources) + ")", "class", "muted small");
            }
        }
        html.raw("</td>");
    }

    private void derivedFigures(BmsSections bms) {
        section("figures", "Derived figures");
        html.open("table").raw("<thead><tr><th>Figure</th><th class=\"num\">Value</th><th>How it is derived</th></tr></thead>\n<tbody>");
        for (DesignSummary.Bank bank : report.banks()) {
            figure(bank.name() + ": voltage", volts(bank.voltage()), bank.series() + " battery nominal voltage(s) in series (catalog)");
            figure(bank.name() + ": capacity", FactFormatter.number(bank.capacityAh(), -1) + " Ah",
                    bank.parallel() + " string(s) in parallel, each as strong as its weakest battery (rated capacity at 25 °C)");
            figure(bank.name() + ": energy", energy(bank.energyWh()), "voltage × capacity");
        }
        bms.writeFigureRows();
        html.raw("</tbody>").close("table");
        html.close("section");
    }

    void figure(String name, String value, String how) {
        html.open("tr").element("td", name).element("td", value, "class", "num").element("td", how, "class", "muted").close("tr");
    }

    private void findings() {
        section("findings", "Findings");
        long errors = report.findings().count(Severity.ERROR);
        if (report.findings().all().isEmpty()) {
            html.element("p", "No errors found, no warnings: the design passes every installed rule.", "class", "status ok");
        } else if (errors == 0) {
            html.element("p", "No errors found. The warnings and notes below are for the installer to review.", "class", "status ok");
        } else {
            html.element("p", errors + " error(s) found; each must be corrected before installation.", "class", "status errors");
        }
        findingGroup("Errors", Severity.ERROR, "error");
        findingGroup("Warnings", Severity.WARNING, "warning");
        findingGroup("Information", Severity.INFO, "info");
        html.close("section");
    }

    private void findingGroup(String title, Severity severity, String css) {
        List<Finding> group = report.findings(severity);
        if (group.isEmpty()) {
            return;
        }
        html.element("h3", title + " (" + group.size() + ")");
        for (Finding finding : group) {
            html.open("div", "class", "finding " + css);
            html.open("div").element("span", severity.name(), "class", "tag " + css).text(" ").element("span", finding.ruleId(), "class", "rule")
                    .text("  ").element("span", finding.rule().title(), "class", "muted").raw("</div>");
            html.element("p", finding.message(), "class", "message");
            html.open("div", "class", "small muted").text("Source: " + finding.source());
            if (!finding.elements().isEmpty()) {
                html.raw("<br/>").text("Concerns: " + finding.elements().stream().map(DesignFiles::describe).collect(Collectors.joining("; ")));
            }
            html.raw("</div>").close("div");
        }
    }

    private void diagram(WiringDiagram diagram) {
        section("wiring-diagram", "Wiring diagram");
        // The SVG comes from Cellwright's own diagram code (see WiringDiagram), not from the design file.
        html.open("figure", "class", "diagram");
        if (forPdf && diagram.vector().isPresent()) {
            WiringDiagram.Vector vector = diagram.vector().get();
            double fit = Math.min(1, Math.min(DIAGRAM_MAX_WIDTH / vector.width(), DIAGRAM_MAX_HEIGHT / vector.height()));
            html.raw(String.format(java.util.Locale.ROOT, "<object type=\"%s\" style=\"display: block; margin: 0 auto; width: %.1fpx; height: %.1fpx\"></object>",
                    DIAGRAM_OBJECT_TYPE, vector.width() * fit, vector.height() * fit));
        } else {
            html.raw(diagram.svg());
        }
        html.element("figcaption", diagram.caption(), "class", "muted small").close("figure");
        html.close("section");
    }

    private void about() {
        ReportContext context = report.context();
        html.open("footer", "class", "about");
        html.element("p", "Made with Cellwright " + context.cellwrightVersion() + " on " + context.date() + " from " + context.designFile()
                + ". Product figures come from Cellwright's catalog, where each cites the product document it is taken from; the "
                + "document ids in this report (001, 002, …) are those sources. The checks cover the rules that 'cellwright rules' lists; they do not "
                + "replace the products' installation manuals.");
        html.close("footer");
    }

    Xhtml html() {
        return html;
    }

    static String component(ComponentInstance component) {
        String name = component.getName() != null ? component.getName() : component.getType() == null ? component.getId() : component.getType().getName();
        return name + " '" + component.getId() + "'";
    }

    static String volts(double volts) {
        return Double.isNaN(volts) ? "—" : FactFormatter.number(Math.round(volts * 100) / 100.0, -1) + " V";
    }

    static String amps(double amps) {
        if (Double.isNaN(amps)) {
            return "—";
        }
        return amps < 1 ? FactFormatter.number(Math.round(amps * 10000) / 10.0, -1) + " mA" : FactFormatter.number(Math.round(amps * 100) / 100.0, -1) + " A";
    }

    static String energy(double wattHours) {
        return FactFormatter.number(Math.round(wattHours), -1) + " Wh (" + FactFormatter.number(Math.round(wattHours / 10) / 100.0, -1) + " kWh)";
    }
}
