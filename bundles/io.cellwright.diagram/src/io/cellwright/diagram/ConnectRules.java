package io.cellwright.diagram;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Which terminals a wire may join, checked when the designer draws a wire: only what is plainly wrong
 * whatever the products are (plus to minus, power to a control input, a data port to another kind);
 * what depends on ratings and settings is the validation rules' job.
 */
public final class ConnectRules {

    private static final Set<TerminalKind> POSITIVE = EnumSet.of(TerminalKind.BATTERY_POSITIVE, TerminalKind.DC_POSITIVE,
            TerminalKind.LI_ION_POSITIVE, TerminalKind.SYSTEM_POSITIVE, TerminalKind.ALTERNATOR_STARTER_POSITIVE);
    private static final Set<TerminalKind> NEGATIVE = EnumSet.of(TerminalKind.BATTERY_NEGATIVE, TerminalKind.DC_NEGATIVE,
            TerminalKind.SHUNT_BATTERY_NEGATIVE, TerminalKind.SHUNT_SYSTEM_NEGATIVE, TerminalKind.GROUND);
    private static final Set<TerminalKind> CONTROL = EnumSet.of(TerminalKind.LOAD_DISCONNECT, TerminalKind.CHARGE_DISCONNECT,
            TerminalKind.PRE_ALARM, TerminalKind.REMOTE_L, TerminalKind.REMOTE_H, TerminalKind.REMOTE_ON_OFF_INPUT,
            TerminalKind.SIGNAL_INPUT, TerminalKind.SIGNAL_OUTPUT, TerminalKind.AUX_INPUT, TerminalKind.AUX_OUTPUT,
            TerminalKind.RELAY_CONTACT);
    /** Kinds that connect only to their own kind: data buses, the PV array, the M8 BMS cable. */
    private static final Set<TerminalKind> SAME_KIND_ONLY = EnumSet.of(TerminalKind.VE_DIRECT, TerminalKind.VE_BUS,
            TerminalKind.VE_CAN, TerminalKind.PV_POSITIVE, TerminalKind.PV_NEGATIVE);
    private static final Set<TerminalKind> AC = EnumSet.of(TerminalKind.AC_INPUT, TerminalKind.AC_OUTPUT);
    private static final Set<TerminalKind> BMS_CABLE = EnumSet.of(TerminalKind.BMS_CABLE_IN, TerminalKind.BMS_CABLE_OUT);

    private ConnectRules() {
    }

    /** Why a wire from {@code from} to {@code to} must not be drawn, or empty when it may. */
    public static Optional<String> whyNot(SystemDesign design, TerminalInstance from, TerminalInstance to) {
        if (from == to) {
            return Optional.of("A wire needs two different terminals.");
        }
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() == from && wire.getTo() == to || wire.getFrom() == to && wire.getTo() == from) {
                return Optional.of("Wire " + wire.getId() + " already joins " + name(from) + " and " + name(to) + ".");
            }
        }
        TerminalKind a = kindOf(from);
        TerminalKind b = kindOf(to);
        if (BMS_CABLE.contains(a) || BMS_CABLE.contains(b)) {
            return Optional.of("M8 BMS cable terminals are linked in the battery bank's BMS cable chain, not with a wire ("
                    + name(BMS_CABLE.contains(a) ? from : to) + ").");
        }
        if (SAME_KIND_ONLY.contains(a) || SAME_KIND_ONLY.contains(b) || AC.contains(a) != AC.contains(b)) {
            return a == b || AC.contains(a) && AC.contains(b) ? Optional.empty()
                    : Optional.of(name(from) + " and " + name(to) + " are different kinds of connection; "
                            + label(SAME_KIND_ONLY.contains(a) || AC.contains(a) ? a : b) + " connects only to its own kind.");
        }
        boolean powerA = POSITIVE.contains(a) || NEGATIVE.contains(a);
        boolean powerB = POSITIVE.contains(b) || NEGATIVE.contains(b);
        if (powerA && CONTROL.contains(b) || powerB && CONTROL.contains(a)) {
            return Optional.of("A power terminal cannot be wired to a control terminal: " + name(from) + " to " + name(to) + ".");
        }
        if (POSITIVE.contains(a) && NEGATIVE.contains(b) || NEGATIVE.contains(a) && POSITIVE.contains(b)) {
            if (!isSeriesConnection(from, to)) {
                return Optional.of("Wiring " + name(from) + " to " + name(to) + " joins plus and minus: a short circuit.");
            }
        }
        return Optional.empty();
    }

    /** Plus of one battery to minus of another: how batteries are put in series. */
    private static boolean isSeriesConnection(TerminalInstance from, TerminalInstance to) {
        Set<TerminalKind> pair = EnumSet.of(kindOf(from), kindOf(to));
        return pair.equals(EnumSet.of(TerminalKind.BATTERY_POSITIVE, TerminalKind.BATTERY_NEGATIVE)) && from.getComponent() != to.getComponent();
    }

    private static TerminalKind kindOf(TerminalInstance terminal) {
        TerminalKind kind = terminal.getDefinition() == null ? null : terminal.getDefinition().getKind();
        return kind == null ? TerminalKind.UNSPECIFIED : kind;
    }

    private static String label(TerminalKind kind) {
        return kind.getLiteral().replace('_', ' ');
    }

    private static String name(TerminalInstance terminal) {
        return DesignFiles.terminalName(terminal);
    }
}
