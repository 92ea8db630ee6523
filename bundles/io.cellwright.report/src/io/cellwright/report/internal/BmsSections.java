package io.cellwright.report.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.FuseKind;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.FuseType;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.Sourced;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.FuseLocation;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.report.CustomerReport;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.DesignFigures.BmsFigures;

/** The sections that come from each BMS: settings to enter in VictronConnect, fuses to install, and its derived figures. */
final class BmsSections {

    private final CustomerReport report;
    private final HtmlWriter writer;
    private final Xhtml html;

    BmsSections(CustomerReport report, HtmlWriter writer) {
        this.report = report;
        this.writer = writer;
        this.html = writer.html();
    }

    void writeSettings() {
        writer.section("settings", "Settings to enter in VictronConnect");
        List<CustomerReport.ComponentSettings> all = report.victronConnectSettings();
        if (all.isEmpty()) {
            html.element("p", "No product in this design has settings made in VictronConnect.", "class", "muted");
        }
        for (CustomerReport.ComponentSettings component : all) {
            html.element("h3", HtmlWriter.component(component.component()));
            html.open("table").raw("<colgroup><col style=\"width: 27%\"/><col style=\"width: 25%\"/><col style=\"width: 22%\"/><col style=\"width: 10%\"/><col style=\"width: 16%\"/></colgroup>"
                    + "<thead><tr><th>Setting</th><th>Enter</th><th>Default</th><th></th><th>Source</th></tr></thead>\n<tbody>");
            for (CustomerReport.SettingToEnter setting : component.settings()) {
                html.open("tr").element("td", label(setting)).open("td").element("strong", setting.line().value()).raw("</td>")
                        .element("td", setting.defaultValue(), "class", "muted");
                html.open("td").element("span", tag(setting), "class", "tag " + tag(setting).replace("not set", "unset")).raw("</td>");
                html.element("td", cite(setting.line().definition()), "class", "small muted").close("tr");
            }
            html.raw("</tbody>").close("table");
        }
        html.element("p", "\"default\": the product's factory value, nothing to change. \"change\": enter the value shown. \"not set\": the design does not "
                + "say; choose it on site as the product manual describes.", "class", "muted small");
        html.close("section");
    }

    private static String label(CustomerReport.SettingToEnter setting) {
        String label = setting.line().definition().getLabel();
        return label == null ? setting.line().definition().getKey() : label;
    }

    private static String tag(CustomerReport.SettingToEnter setting) {
        if ("not set".equals(setting.line().value())) {
            return "not set";
        }
        return setting.atDefault() ? "default" : "change";
    }

    void writeFuses() {
        writer.section("fuses", "Fuses to install");
        for (BmsFigures figures : report.bmsFigures()) {
            html.element("h3", HtmlWriter.component(figures.bms()));
            boolean alternator = alternatorFuse(figures);
            boolean gnd = gndFuse(figures);
            if (!alternator && !gnd) {
                html.element("p", "No fuse rule specific to this BMS model in the catalog; its wiring fuses are in the list below.", "class", "muted");
            }
        }
        fusedWires();
        html.close("section");
    }

    /** The Alternator/Starter Batt+ port's fuse; false when the BMS has no such port. */
    private boolean alternatorFuse(BmsFigures figures) {
        BmsModel model = (BmsModel) figures.bms().getType();
        TerminalInstance port = DesignFigures.terminal(figures.bms(), TerminalKind.ALTERNATOR_STARTER_POSITIVE);
        if (port == null) {
            return false;
        }
        html.open("div", "class", "fuse").element("div", "Alternator/Starter Batt+ port fuse", "class", "muted small");
        FuseTableEntry fuse = figures.alternatorFuse();
        if (!DesignFigures.isWired(report.design(), port)) {
            html.element("p", "The Alternator/Starter Batt+ port is not used in this design: no alternator fuse to choose.");
        } else if (!model.getAlternatorFuseTable().isEmpty() && fuse == null) {
            html.element("p", "Fuse type not set in the design. Choose the fuse from the fuse table for the alternator current wanted, install it and "
                    + "enter it as Fuse type in VictronConnect.", "class", "none");
        } else if (fuse != null) {
            html.element("div", fuse.getFuseCount() + " × " + FactFormatter.quantity(fuse.getFuseRating()) + " " + fuseName(model, fuse.getFuseKind()),
                    "class", "big");
            html.element("p", "The BMS limits the alternator charge current to " + FactFormatter.quantity(fuse.getMaxChargeCurrent())
                    + " with this fuse. Enter the same fuse as Fuse type in VictronConnect.");
            html.element("div", "Source: " + cite(fuse), "class", "small muted");
        } else {
            portFuseFromDesign(model, port);
        }
        html.close("div");
        return true;
    }

    /** A port without a fuse table (Smart BMS CL 12/100): the fuse the design puts on it and what the catalog says of the port. */
    private void portFuseFromDesign(BmsModel model, TerminalInstance port) {
        Wire wire = report.design().getWires().stream().filter(w -> w.getFuse() != null && (w.getFrom() == port || w.getTo() == port)).findFirst().orElse(null);
        if (wire == null) {
            html.element("p", "The design has no fuse on the wire to this port.", "class", "none");
        } else {
            html.element("div", HtmlWriter.amps(wire.getFuse().getRating()) + (wire.getFuse().getFuseType() == null ? " fuse" : " " + wire.getFuse().getFuseType().getName()),
                    "class", "big");
            html.element("p", "As the design gives it, on wire " + wireName(wire) + ".");
        }
        if (model.getAlternatorPort() != null && model.getAlternatorPort().getMaxChargeCurrent() != null) {
            html.element("p", "The port takes at most " + FactFormatter.quantity(model.getAlternatorPort().getMaxChargeCurrent())
                    + (model.getAlternatorPort().getWithFuse() == null ? "" : " (with a " + FactFormatter.quantity(model.getAlternatorPort().getWithFuse()) + " fuse)")
                    + ".", "class", "muted");
            html.element("div", "Source: " + cite(model.getAlternatorPort()), "class", "small muted");
        }
    }

    /** The GND wire fuse; false when the model has no GND fuse rule. */
    private boolean gndFuse(BmsFigures figures) {
        if (!figures.hasGndFuse()) {
            return false;
        }
        BmsModel model = (BmsModel) figures.bms().getType();
        html.open("div", "class", "fuse").element("div", "GND wire fuse", "class", "muted small");
        html.element("div", "at least " + HtmlWriter.amps(DesignFigures.gndFuseToInstall(figures)), "class", "big");
        html.element("p", "Expected consumption with the outputs in use, times the factor: " + figures.gndFuseWorking() + "."
                + (model.getGndFuse() == null ? "" : " The GND fuse must be between " + FactFormatter.quantity(model.getGndFuse().getMinimum()) + " and "
                        + FactFormatter.quantity(model.getGndFuse().getMaximum()) + "."));
        Wire gnd = gndWire(figures);
        html.element("p", gnd == null ? "The design has no fused GND wire on this BMS."
                : "In the design: " + HtmlWriter.amps(gnd.getFuse().getRating()) + " on wire " + wireName(gnd) + ".", gnd == null ? "none" : "muted");
        html.element("div", "Source: " + (model.getGndFuse() == null ? cite(model.getGndFuseFactor()) : cite(model.getGndFuse())), "class", "small muted");
        html.close("div");
        return true;
    }

    private Wire gndWire(BmsFigures figures) {
        TerminalInstance gnd = DesignFigures.terminal(figures.bms(), TerminalKind.GROUND);
        return report.design().getWires().stream().filter(w -> w.getFuse() != null && (w.getFrom() == gnd || w.getTo() == gnd) && gnd != null)
                .findFirst().orElse(null);
    }

    private void fusedWires() {
        List<Wire> wires = report.fusedWires();
        html.element("h3", "All fuses in the wiring (" + wires.size() + ")");
        if (wires.isEmpty()) {
            html.element("p", "The design has no fused wire.", "class", "none");
            return;
        }
        html.open("table").raw("<thead><tr><th>Wire</th><th class=\"num\">Cable</th><th class=\"num\">Fuse</th><th>Fuse at</th></tr></thead>\n<tbody>");
        for (Wire wire : wires) {
            TerminalInstance end = wire.getFuse().getLocation() == FuseLocation.AT_TO ? wire.getTo() : wire.getFrom();
            String type = wire.getFuse().getFuseType() == null ? "" : " " + wire.getFuse().getFuseType().getName();
            html.open("tr").element("td", wireName(wire)).element("td", wire.isSetCrossSection() ? FactFormatter.number(wire.getCrossSection(), -1) + " mm²" : "—",
                    "class", "num").element("td", HtmlWriter.amps(wire.getFuse().getRating()) + type, "class", "num")
                    .element("td", wire.getFuse().getLocation() == FuseLocation.UNSPECIFIED ? "not given" : DesignFiles.terminalName(end)).close("tr");
        }
        html.raw("</tbody>").close("table");
    }

    void writeFigureRows() {
        for (BmsFigures figures : report.bmsFigures()) {
            String bms = HtmlWriter.component(figures.bms());
            if (!Double.isNaN(figures.chargeLimit())) {
                writer.figure(bms + ": battery charge limit", HtmlWriter.volts(figures.chargeLimit()), "the design's setting, else the product default");
            }
            if (figures.alternatorFuse() != null) {
                writer.figure(bms + ": alternator current limit", HtmlWriter.amps(figures.alternatorCurrentLimit()),
                        "fuse table row " + figures.alternatorFuse().getFuseCount() + " × " + FactFormatter.quantity(figures.alternatorFuse().getFuseRating())
                                + " (" + cite(figures.alternatorFuse()) + ")");
            }
            if (figures.hasGndFuse()) {
                writer.figure(bms + ": GND fuse minimum", HtmlWriter.amps(figures.gndFuseMinimum()), figures.gndFuseWorking());
            }
        }
    }

    static String wireName(Wire wire) {
        return DesignFiles.terminalName(wire.getFrom()) + " → " + DesignFiles.terminalName(wire.getTo());
    }

    /** The catalog's name for a fuse family (the fuse type product of that kind), else the kind's name. */
    private static String fuseName(BmsModel model, FuseKind kind) {
        EObject container = model.eContainer();
        if (container instanceof Catalog catalog) {
            for (ProductType product : catalog.getProductTypes()) {
                if (product instanceof FuseType type && type.getFuseKind() == kind) {
                    return type.getName();
                }
            }
        }
        return kind.getLiteral();
    }

    /** "001 §3.4, fuse table, row 125A": where a catalog value comes from, its first source as the catalog cites it. */
    static String cite(Sourced sourced) {
        if (sourced == null || sourced.getSources().isEmpty()) {
            return "";
        }
        return cite(sourced.getSources().get(0));
    }

    private static String cite(SourceRef source) {
        StringBuilder text = new StringBuilder(source.getDocument() == null ? "?" : source.getDocument().getId());
        if (source.getSection() != null) {
            String section = source.getSection();
            text.append(Character.isDigit(section.charAt(0)) ? " §" + section : " \u201c" + section + "\u201d");
        }
        if (source.getTable() != null) {
            text.append(", ").append(source.getTable());
        }
        if (source.getRow() != null) {
            text.append(", row ").append(source.getRow());
        }
        return text.toString();
    }
}
