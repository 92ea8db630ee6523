package io.cellwright.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cellwright.design.DesignSummary;
import io.cellwright.model.catalog.ConfigurationChannel;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.report.internal.HtmlWriter;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

/**
 * The report a dealer hands over with a system: what it is, what to buy, what to set in VictronConnect, which
 * fuses to install, the figures derived from the catalog, and what the rules found. Every figure comes from
 * {@link DesignFigures} and {@link DesignSummary}, the same code the validator uses, so the report and the
 * Problems view never disagree. One report renders as {@link #toHtml() HTML} and as {@link #toPdf() PDF}
 * from the same XHTML.
 */
public final class CustomerReport {

    /** One setting to enter: the line as the validator reads it, the catalog default, and whether it is left at it. */
    public record SettingToEnter(DesignFigures.SettingLine line, String defaultValue, boolean atDefault) {
    }

    /** The VictronConnect settings of one component. */
    public record ComponentSettings(ComponentInstance component, List<SettingToEnter> settings) {
    }

    private final SystemDesign design;
    private final Findings findings;
    private final ReportContext context;

    private CustomerReport(SystemDesign design, Findings findings, ReportContext context) {
        this.design = Objects.requireNonNull(design, "design");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The report of {@code design} checked against every installed rule. */
    public static CustomerReport of(SystemDesign design, ReportContext context) {
        return new CustomerReport(design, Rules.validate(design), context);
    }

    /** The report of {@code design} with findings already computed (the command line validates first). */
    public static CustomerReport of(SystemDesign design, Findings findings, ReportContext context) {
        return new CustomerReport(design, findings, context);
    }

    public SystemDesign design() {
        return design;
    }

    public Findings findings() {
        return findings;
    }

    public ReportContext context() {
        return context;
    }

    public List<Finding> findings(Severity severity) {
        return findings.all().stream().filter(f -> f.severity() == severity).toList();
    }

    public List<BillOfMaterials.Line> billOfMaterials() {
        return BillOfMaterials.of(design);
    }

    public List<DesignSummary.Bank> banks() {
        return DesignFigures.banks(design);
    }

    public List<DesignFigures.BmsFigures> bmsFigures() {
        return DesignFigures.bmsFigures(design);
    }

    /** Per component with VictronConnect settings (001 §3.5.1), every such setting with its value and default. */
    public List<ComponentSettings> victronConnectSettings() {
        List<ComponentSettings> result = new ArrayList<>();
        for (ComponentInstance component : design.getComponents()) {
            List<SettingToEnter> settings = new ArrayList<>();
            for (DesignFigures.SettingLine line : DesignFigures.settings(component)) {
                if (line.definition().getChannel() == ConfigurationChannel.VICTRONCONNECT) {
                    String defaultValue = DesignFigures.defaultText(line.definition());
                    settings.add(new SettingToEnter(line, defaultValue, line.isDefault() || line.value().equals(defaultValue)));
                }
            }
            if (!settings.isEmpty()) {
                result.add(new ComponentSettings(component, List.copyOf(settings)));
            }
        }
        return result;
    }

    /** The design's wires that carry a fuse, in design order. */
    public List<Wire> fusedWires() {
        return design.getWires().stream().filter(w -> w.getFuse() != null).toList();
    }

    /** The report as one self-contained XHTML document (inline CSS, no external resources). */
    public String toHtml() {
        return new HtmlWriter(this).write();
    }

    /** The report as PDF (A4, fonts embedded). */
    public byte[] toPdf() throws IOException {
        return PdfReport.render(this);
    }
}
