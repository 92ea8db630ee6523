package io.cellwright.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.simulation.SimulationEvent;

/**
 * Devices react through the wiring, cables included: a wrongly chosen or wrongly fed interface cable
 * shows its real consequence. Built on the SmallBMS 48 V example (Phoenix Inverter Smart on Load
 * disconnect, H terminal, 001 Appendix A item 1).
 */
class CableTest {

    /** The SmallBMS's Load disconnect terminal, as the catalog labels it (002 table). */
    private static final String LD = "Allowed to discharge";
    private static final String OVERNIGHT = "duration = 8h\ninitial-soc = 10 %\nload * = 400 W\nsunrise = 09:00\n";

    @Test
    void theInverterOnLoadDisconnectSwitchesOffAsDesigned() throws Exception {
        Run run = Run.of(Run.example("smallbms-48v"), OVERNIGHT);
        SimulationEvent ld = run.first(null, LD, "free floating");
        SimulationEvent off = run.first("Phoenix Inverter Smart 48/3000", "state", "OFF");
        assertEquals(ld.t(), off.t());
        assertEquals(LD + " free floating", off.reason());
    }

    @Test
    void anInvertingCableFedFromChargeDisconnectLeavesTheLoadOnThroughLoadDisconnect() throws Exception {
        SystemDesign design = Run.example("smallbms-48v");
        // A Phoenix VE.Bus inverter needs the inverting cable (001 Appendix A item 2): here it is fed from
        // Charge disconnect, the pin beside Load disconnect on the same plug.
        ComponentInstance inverter = add(design, "phoenix-ve-bus", "vb", "Phoenix VE.Bus inverter");
        ComponentInstance cable = add(design, "inverting-remote-cable", "ic", "Inverting remote on-off cable");
        wire(design, terminalOf(design, "a2.battery-plus"), inverter.findTerminal("dc-plus"));
        wire(design, terminalOf(design, "bms.charge-disconnect"), cable.findTerminal("signal-in"));
        wire(design, cable.findTerminal("signal-out"), inverter.findTerminal("remote-on-off"));
        Run run = Run.of(design, OVERNIGHT + "load vb = 300 W\n");
        SimulationEvent ld = run.first(null, LD, "free floating");
        assertTrue(run.events(e -> e.source().equals("Phoenix VE.Bus inverter") && e.value().equals("OFF")).isEmpty(),
                "the VE.Bus inverter is never switched off:\n" + run.log());
        assertTrue(run.at("vb_A", ld.t() + 600) < -5, "it keeps draining the battery after Load disconnect");
        // The same cable fed from Load disconnect switches it off with Load disconnect.
        design.getWires().removeIf(w -> w.getFrom() == terminalOf(design, "bms.charge-disconnect") && w.getTo() == cable.findTerminal("signal-in"));
        wire(design, terminalOf(design, "bms.load-disconnect"), cable.findTerminal("signal-in"));
        Run right = Run.of(design, OVERNIGHT + "load vb = 300 W\n");
        SimulationEvent off = right.first("Phoenix VE.Bus inverter", "state", "OFF");
        assertEquals(right.first(null, LD, "free floating").t(), off.t());
        assertEquals(LD + " free floating via Inverting remote on-off cable", off.reason());
    }

    @Test
    void anInvertingCableOnAnInputThatWantsHighKeepsTheInverterOff() throws Exception {
        SystemDesign design = Run.example("smallbms-48v");
        ComponentInstance cable = add(design, "inverting-remote-cable", "ic", "Inverting remote on-off cable");
        Wire direct = design.getWires().stream().filter(w -> w.getId().equals("w-ld-inv")).findFirst().orElseThrow();
        design.getWires().remove(direct);
        wire(design, terminalOf(design, "bms.load-disconnect"), cable.findTerminal("signal-in"));
        wire(design, cable.findTerminal("signal-out"), terminalOf(design, "inv.remote-h"));
        Run run = Run.of(design, OVERNIGHT);
        assertEquals(0, run.max("inv_A"), "the inverter never runs: the cable pulls H low while the BMS is fine");
        assertTrue(run.events(e -> e.source().startsWith("Phoenix Inverter Smart") && e.value().equals("ON")).isEmpty(), run.log());
    }

    private static ComponentInstance add(SystemDesign design, String type, String id, String name) {
        ComponentInstance c = Components.instantiate(CatalogRegistry.getDefault().product(type).orElseThrow(), id);
        c.setName(name);
        design.getComponents().add(c);
        return c;
    }

    private static TerminalInstance terminalOf(SystemDesign design, String id) {
        return design.getComponents().stream().flatMap(c -> c.getTerminals().stream()).filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static void wire(SystemDesign design, TerminalInstance from, TerminalInstance to) {
        Wire w = DesignFactory.eINSTANCE.createWire();
        w.setId("w-" + from.getId() + "-" + to.getId());
        w.setFrom(from);
        w.setTo(to);
        design.getWires().add(w);
    }
}
