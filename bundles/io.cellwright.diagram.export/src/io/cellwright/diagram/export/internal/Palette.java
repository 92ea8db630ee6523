package io.cellwright.diagram.export.internal;

import io.cellwright.diagram.TerminalSides;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.validation.Severity;

/**
 * The colours of the exported diagram, taken from the editor's style sheet
 * (bundles/io.cellwright.diagram.ui/client/css/diagram.css) so an export looks like the editor: red positive,
 * black negative (the usual DC convention), blue control. The style sheet does not yet tell BMS cable and data
 * (VE.Direct, VE.Bus, VE.Can) terminals from control ones; the export gives them their own colours, which the
 * editor's sheet can adopt.
 */
public final class Palette {

    public static final String COMPONENT_FILL = "#f4f6f9";
    public static final String COMPONENT_STROKE = "#4a5a70";
    public static final String LABEL = "#1c2733";
    public static final String MUTED_LABEL = "#5b6878";
    public static final String WIRE = "#33404f";
    public static final String BACKGROUND = "#ffffff";
    public static final String PORT_STROKE = "#4a5a70";

    static final String POWER_POSITIVE = "#d12f2f";
    static final String POWER_NEGATIVE = "#222222";
    static final String OTHER_POWER = "#8a96a8";
    static final String CONTROL = "#2f7dd1";
    static final String BMS_CABLE = "#8e44ad";
    static final String DATA = "#16a085";

    static final String ERROR = "#c62828";
    static final String WARNING = "#ef8f00";

    private Palette() {
    }

    /** The five families a designer tells apart on the drawing. */
    public enum Family { POWER_POSITIVE, POWER_NEGATIVE, BMS_CABLE, CONTROL, DATA, OTHER_POWER }

    public static Family familyOf(TerminalKind kind) {
        TerminalKind k = kind == null ? TerminalKind.UNSPECIFIED : kind;
        return switch (k) {
            case BATTERY_POSITIVE, DC_POSITIVE, LI_ION_POSITIVE, SYSTEM_POSITIVE, ALTERNATOR_STARTER_POSITIVE, PV_POSITIVE -> Family.POWER_POSITIVE;
            case BATTERY_NEGATIVE, DC_NEGATIVE, PV_NEGATIVE, SHUNT_BATTERY_NEGATIVE, SHUNT_SYSTEM_NEGATIVE, GROUND -> Family.POWER_NEGATIVE;
            case BMS_CABLE_IN, BMS_CABLE_OUT -> Family.BMS_CABLE;
            case VE_DIRECT, VE_BUS, VE_CAN -> Family.DATA;
            default -> TerminalSides.isPower(k) ? Family.OTHER_POWER : Family.CONTROL;
        };
    }

    public static String colourOf(Family family) {
        return switch (family) {
            case POWER_POSITIVE -> POWER_POSITIVE;
            case POWER_NEGATIVE -> POWER_NEGATIVE;
            case BMS_CABLE -> BMS_CABLE;
            case DATA -> DATA;
            case CONTROL -> CONTROL;
            case OTHER_POWER -> OTHER_POWER;
        };
    }

    static String colourOf(Severity severity) {
        return severity == Severity.ERROR ? ERROR : WARNING;
    }
}
