package io.cellwright.ui.internal.emf;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * How designers name the parts of a design in the tree: "bms: Smart BMS 12-200", "bms.load-disconnect",
 * "bms.load-disconnect → inverter.remote-h, 0.75 mm², 1.5 m". The generated item providers only know
 * one attribute per class; these labels combine what a designer reads.
 */
public final class DesignLabels {

    private DesignLabels() {
    }

    /** The label, or null to fall back to the item provider. */
    public static String text(Object element) {
        return switch (element) {
            case SystemDesign design -> "Design " + (design.getName() == null ? design.getId() : design.getName());
            case ComponentInstance component -> component(component);
            case TerminalInstance terminal -> terminal(terminal) + kind(terminal);
            case Wire wire -> wire(wire);
            case BatteryBank bank -> "Battery bank " + (bank.getName() == null ? bank.getId() : bank.getName());
            case BatteryString string -> "String " + (string.getName() == null ? "" : string.getName()) + " (" + string.getBatteries().size()
                    + " in series)";
            default -> null;
        };
    }

    private static String component(ComponentInstance component) {
        ProductType type = component.getType();
        String product = type == null ? "?" : type.getName();
        String name = component.getName() == null || component.getName().equals(product) ? "" : " " + component.getName() + " —";
        return component.getId() + ":" + name + " " + product;
    }

    static String terminal(TerminalInstance terminal) {
        return DesignFiles.terminalName(terminal);
    }

    private static String kind(TerminalInstance terminal) {
        return terminal.getDefinition() == null || terminal.getDefinition().getKind() == null ? ""
                : " (" + FactFormatter.label(terminal.getDefinition().getKind()) + ")";
    }

    private static String wire(Wire wire) {
        StringBuilder text = new StringBuilder(terminal(wire.getFrom())).append(" → ").append(terminal(wire.getTo()));
        if (wire.isSetCrossSection()) {
            text.append(", ").append(FactFormatter.number(wire.getCrossSection(), -1)).append(" mm²");
        }
        if (wire.isSetLength()) {
            text.append(", ").append(FactFormatter.number(wire.getLength(), -1)).append(" m");
        }
        if (wire.getFuse() != null) {
            text.append(", fuse ").append(FactFormatter.number(wire.getFuse().getRating(), -1)).append(" A");
        }
        return text.toString();
    }
}
