package io.cellwright.diagram;

import java.util.Locale;

import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.TerminalInstance;

/**
 * The side of its component's symbol a terminal sits on: the catalog's diagram hint when it gives one,
 * else power terminals left (negative, input side) or right (positive), control and communication at
 * the bottom, so that current flows left to right and signal wiring stays below the power path.
 */
public final class TerminalSides {

    private TerminalSides() {
    }

    public static DiagramSide sideOf(TerminalInstance terminal) {
        TerminalDefinition definition = terminal.getDefinition();
        if (definition == null) {
            return DiagramSide.BOTTOM;
        }
        if (definition.getSide() != null && definition.getSide() != DiagramSide.UNSPECIFIED) {
            return definition.getSide();
        }
        return defaultSide(definition.getKind());
    }

    static DiagramSide defaultSide(TerminalKind kind) {
        if (kind == null) {
            return DiagramSide.BOTTOM;
        }
        return switch (kind) {
            case BATTERY_NEGATIVE, DC_NEGATIVE, PV_POSITIVE, PV_NEGATIVE, AC_INPUT, SHUNT_BATTERY_NEGATIVE, LI_ION_POSITIVE -> DiagramSide.LEFT;
            case BATTERY_POSITIVE, DC_POSITIVE, SYSTEM_POSITIVE, ALTERNATOR_STARTER_POSITIVE, AC_OUTPUT, SHUNT_SYSTEM_NEGATIVE -> DiagramSide.RIGHT;
            default -> DiagramSide.BOTTOM;
        };
    }

    /** Whether the terminal carries load or charge current (as opposed to control or data). */
    public static boolean isPower(TerminalKind kind) {
        return kind != null && defaultSide(kind) != DiagramSide.BOTTOM;
    }

    /** CSS class naming the terminal kind, e.g. {@code cw-kind-system-positive}. */
    public static String cssClassOf(TerminalKind kind) {
        TerminalKind k = kind == null ? TerminalKind.UNSPECIFIED : kind;
        return "cw-kind-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
