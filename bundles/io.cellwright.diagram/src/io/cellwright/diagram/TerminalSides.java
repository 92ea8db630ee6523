package io.cellwright.diagram;

import java.util.Locale;

import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalDirection;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.TerminalInstance;

/**
 * The side of its component's symbol a terminal sits on: the catalog's diagram hint when it gives one,
 * else power terminals face the rest of the power path and control and communication terminals are
 * grouped at the bottom, so that signal wiring stays below the power path. The diagram reads like the
 * manual's system examples (001 §3.3): energy sources (batteries, alternator) at the left with their
 * power terminals on their right, consumers and chargers at the right with their DC terminals on their
 * left, and in between (BMS, shunt, BatteryProtect) the battery side left and the system side right.
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
        DiagramSide side = defaultSide(definition.getKind());
        if (side == DiagramSide.BOTTOM) {
            return side;
        }
        ComponentRole role = terminal.eContainer() instanceof ComponentInstance component ? ComponentRole.of(component) : ComponentRole.DISTRIBUTION;
        return switch (role) {
            case SOURCE, STORAGE -> DiagramSide.RIGHT;
            case CONSUMER -> isDcPower(definition.getKind()) ? DiagramSide.LEFT : DiagramSide.RIGHT;
            default -> inBetweenSide(definition, side);
        };
    }

    /** A switch or feed-through device: its input on the battery side (left), its output on the system side. */
    private static DiagramSide inBetweenSide(TerminalDefinition definition, DiagramSide byKind) {
        if (definition.getKind() == TerminalKind.DC_POSITIVE || definition.getKind() == TerminalKind.DC_NEGATIVE) {
            if (definition.getDirection() == TerminalDirection.INPUT) {
                return DiagramSide.LEFT;
            }
            if (definition.getDirection() == TerminalDirection.OUTPUT) {
                return DiagramSide.RIGHT;
            }
        }
        return byKind;
    }

    private static boolean isDcPower(TerminalKind kind) {
        return switch (kind) {
            case DC_POSITIVE, DC_NEGATIVE, BATTERY_POSITIVE, BATTERY_NEGATIVE -> true;
            default -> false;
        };
    }

    static DiagramSide defaultSide(TerminalKind kind) {
        if (kind == null) {
            return DiagramSide.BOTTOM;
        }
        return switch (kind) {
            case BATTERY_NEGATIVE, DC_NEGATIVE, PV_POSITIVE, PV_NEGATIVE, AC_INPUT, SHUNT_BATTERY_NEGATIVE, LI_ION_POSITIVE,
                    ALTERNATOR_STARTER_POSITIVE -> DiagramSide.LEFT;
            case BATTERY_POSITIVE, DC_POSITIVE, SYSTEM_POSITIVE, AC_OUTPUT, SHUNT_SYSTEM_NEGATIVE -> DiagramSide.RIGHT;
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

    /**
     * Where a component stands in the power path, which is also its column in the diagram, from left to
     * right: what charges the bank, the bank, the BMS and what sits in the battery leads, switches and
     * interface cables, and the devices that the system feeds or that charge it.
     */
    public enum ComponentRole {
        SOURCE, STORAGE, DISTRIBUTION, SWITCHING, CONSUMER;

        public static ComponentRole of(ComponentInstance component) {
            ProductCategory category = component.getType() == null ? null : component.getType().getCategory();
            if (category == null) {
                return CONSUMER;
            }
            return switch (category) {
                case ALTERNATOR -> SOURCE;
                case LITHIUM_BATTERY, STARTER_BATTERY -> STORAGE;
                case BMS, BATTERY_MONITOR, FUSE, FUSE_HOLDER, DC_DISTRIBUTION, BATTERY_COMBINER -> DISTRIBUTION;
                case BATTERY_PROTECT, SWITCH, CABLE_ACCESSORY -> SWITCHING;
                default -> CONSUMER;
            };
        }
    }
}
