package io.cellwright.simulation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cellwright.design.Nets;
import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.RemoteActivation;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * The design's wiring as the engine needs it: nets (terminals joined by wires and through fuses),
 * which power bus each net is (battery, System+, Alternator/Starter side, a switch's output), the
 * signal nets driven by BMS outputs and interface cables, and what drives each device's remote input.
 */
final class Wiring {

    private final Nets nets;
    private final Map<TerminalInstance, Integer> netIndex = new LinkedHashMap<>();
    private final Map<Integer, Driver> netDriver = new HashMap<>();

    /** What drives a signal net: BMS output {@code output} (0 Load, 1 Charge disconnect, 2 pre-alarm), maybe through cables. */
    record Driver(String signal, int output, String via) {
        Driver through(String cable) {
            return new Driver(signal, output, via == null ? cable : via + " and " + cable);
        }
    }
    private final Map<Integer, Integer> netBus = new HashMap<>();
    private final SystemDesign design;
    private final Map<Wire, Double> wireOhm = new HashMap<>();

    Wiring(SystemDesign design, double resistivityOhmMm2PerM) {
        this.design = design;
        this.nets = new Nets(design);
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null) {
                if (wire.isSetLength() && wire.isSetCrossSection() && wire.getCrossSection() > 0) {
                    // There and back: 2 x length (batteries-and-wiring.md, voltage drop 2·L·I·ρ/A).
                    wireOhm.put(wire, 2 * wire.getLength() * resistivityOhmMm2PerM / wire.getCrossSection());
                }
            }
        }
        for (ComponentInstance component : design.getComponents()) {
            for (TerminalInstance terminal : component.getTerminals()) {
                net(terminal);
            }
        }
    }

    int netCount() {
        return netIndex.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** The net index of a terminal (its wired group); every terminal has one, a lone terminal its own. */
    int net(TerminalInstance terminal) {
        TerminalInstance root = nets.root(terminal);
        Integer index = netIndex.get(root);
        if (index == null) {
            index = netIndex.size();
            netIndex.put(root, index);
        }
        return index;
    }

    boolean wired(TerminalInstance terminal) {
        return design.getWires().stream().anyMatch(w -> w.getFrom() == terminal || w.getTo() == terminal);
    }

    /** Series resistance of the wires at a terminal (Ω), 0 when their size is not given. */
    double ohmAt(TerminalInstance terminal) {
        double ohm = 0;
        for (Map.Entry<Wire, Double> e : wireOhm.entrySet()) {
            if (e.getKey().getFrom() == terminal || e.getKey().getTo() == terminal) {
                ohm += e.getValue();
            }
        }
        return ohm;
    }

    // ------------------------------------------------------------------------------------ power buses

    void markBus(TerminalInstance terminal, int bus) {
        netBus.putIfAbsent(net(terminal), bus);
    }

    int bus(TerminalInstance terminal) {
        return terminal == null ? Engine.BUS_NONE : netBus.getOrDefault(net(terminal), Engine.BUS_NONE);
    }

    static TerminalInstance firstOfKind(ComponentInstance component, TerminalKind... kinds) {
        for (TerminalInstance t : component.getTerminals()) {
            TerminalDefinition def = t.getDefinition();
            for (TerminalKind kind : kinds) {
                if (def != null && def.getKind() == kind) {
                    return t;
                }
            }
        }
        return null;
    }

    static List<TerminalInstance> ofKind(ComponentInstance component, TerminalKind kind) {
        List<TerminalInstance> out = new ArrayList<>();
        for (TerminalInstance t : component.getTerminals()) {
            if (t.getDefinition() != null && t.getDefinition().getKind() == kind) {
                out.add(t);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ signals

    /** Declares {@code terminal}'s net as driven by BMS output {@code output} named {@code signal}. */
    int drive(TerminalInstance terminal, String signal, int output) {
        int net = net(terminal);
        netDriver.putIfAbsent(net, new Driver(signal, output, null));
        return wired(terminal) ? net : -1;
    }

    /** Builds the interface cables: output level from the catalog facts of the cable's output terminal. */
    List<Signals.Cable> cables(List<ComponentInstance> cableComponents) {
        List<Signals.Cable> cables = new ArrayList<>();
        for (ComponentInstance c : cableComponents) {
            AccessoryCableType type = (AccessoryCableType) c.getType();
            List<Integer> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            byte normal = Level.HIGH;
            byte active = Level.FLOATING;
            boolean inverting = type.getInverting() != null && type.getInverting().isValue();
            for (TerminalInstance t : c.getTerminals()) {
                TerminalDefinition def = t.getDefinition();
                if (def == null) {
                    continue;
                }
                if (def.getKind() == TerminalKind.SIGNAL_INPUT) {
                    in.add(net(t));
                } else if (def.getKind() == TerminalKind.SIGNAL_OUTPUT || def.getKind() == TerminalKind.VE_DIRECT) {
                    out.add(net(t));
                    OutputBehaviour behaviour = def.getOutput();
                    if (behaviour != null && behaviour.getNormalState() != null) {
                        normal = Level.of(behaviour.getNormalState().getState(), normal);
                    } else if (inverting) {
                        // An inverting cable pulls its output low while its input is high (001 §3.2.1).
                        normal = Level.LOW;
                    }
                    if (behaviour != null && behaviour.getActiveState() != null) {
                        active = Level.of(behaviour.getActiveState().getState(), active);
                    }
                }
            }
            String label = c.getName() == null ? type.getName() : c.getName();
            Driver upstream = in.stream().map(netDriver::get).filter(d -> d != null).findFirst().orElse(null);
            for (int o : out) {
                if (upstream != null) {
                    netDriver.putIfAbsent(o, upstream.through(label));
                }
            }
            cables.add(new Signals.Cable(label, in.stream().mapToInt(Integer::intValue).toArray(), out.stream().mapToInt(Integer::intValue).toArray(),
                    normal, active));
        }
        return cables;
    }


    /**
     * Connects a device's remote on/off inputs to the nets that drive them. An input on a net nothing
     * drives counts as not used: the device runs (its own wire loop or switch, as shipped).
     */
    void remoteInputs(Device device, ComponentInstance component) {
        List<Integer> nets = new ArrayList<>();
        List<Byte> levels = new ArrayList<>();
        Driver cause = null;
        for (TerminalInstance t : component.getTerminals()) {
            TerminalDefinition def = t.getDefinition();
            if (def == null || !(def.getKind() == TerminalKind.REMOTE_ON_OFF_INPUT || def.getKind() == TerminalKind.VE_DIRECT)) {
                continue;
            }
            int net = net(t);
            Driver driver = netDriver.get(net);
            if (driver == null || !wired(t)) {
                continue;
            }
            RemoteActivation activation = def.getRemoteInput() == null ? RemoteActivation.UNSPECIFIED : def.getRemoteInput().getActivation();
            nets.add(net);
            levels.add(activation == RemoteActivation.PULLED_LOW ? Level.LOW : Level.HIGH);
            cause = cause == null ? driver : cause;
        }
        device.remoteNets = nets.stream().mapToInt(Integer::intValue).toArray();
        device.remoteOnLevel = new byte[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            device.remoteOnLevel[i] = levels.get(i);
        }
        device.remoteDriver = cause;
    }
}
