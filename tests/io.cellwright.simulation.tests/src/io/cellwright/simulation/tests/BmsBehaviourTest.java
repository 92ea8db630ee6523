package io.cellwright.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;
import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.SimulationEvent;

/** Each BMS behaviour asserted from a real run of an example design. */
class BmsBehaviourTest {

    private static final String EXAMPLE_1 = "001-example-1-multiplus-compact-mppt";
    private static final String EXAMPLE_2 = "001-example-2-multiplus-smart-batteryprotect";
    private static final String CL = "cl-12-100-alternator-starter";

    @Test
    void preAlarmComesAtLeast30sBeforeLoadDisconnectWhichSwitchesTheMultiPlusOff() throws Exception {
        Run run = Run.of(Run.example(EXAMPLE_1), "duration = 6h\ninitial-soc = 12 %\nload * = 500 W\nsunrise = 08:00\n");
        SimulationEvent pre = run.first("Smart BMS 12-200", "pre-alarm", "ON");
        SimulationEvent ld = run.first("Smart BMS 12-200", "Load disconnect", "free floating");
        assertTrue(ld.t() - pre.t() >= 30, run.log());
        assertTrue(pre.reason().matches("cell \\d of battery \\d at 3\\.\\d\\d V"), pre.reason());
        SimulationEvent off = run.first("MultiPlus Compact 12/2000", "state", "OFF");
        assertEquals(ld.t(), off.t(), run.log());
        assertEquals("System+ port off", off.reason());
        assertEquals(1, run.at("W-B12", pre.t()));
        assertEquals(1, run.at("A-B11", ld.t()));
        assertEquals(0, run.at("led6", ld.t()), "the orange Load disconnect LED goes out (001 Appendix C)");
        // After the disconnect the MultiPlus draws nothing more.
        int mp = run.column("mp_A");
        assertTrue(run.rows.stream().filter(r -> r[0] > ld.t()).allMatch(r -> r[mp] == 0));
    }

    @Test
    void theLoadDisconnectWaitsForThe30sLeadEvenWhenTheCellsFallFast() throws Exception {
        SystemDesign design = Run.example(EXAMPLE_2);
        // Pre-alarm at its lowest (2.85 V) and Load disconnect at its highest (2.8 V): the cell crosses both within seconds.
        for (ComponentInstance c : design.getComponents()) {
            if (c.getId().equals("bat1")) {
                set(c, SettingRole.PRE_ALARM_CELL_VOLTAGE, 2.85);
                set(c, SettingRole.LOAD_DISCONNECT_CELL_VOLTAGE, 2.8);
            }
        }
        Run run = Run.of(design, "duration = 2h\ninitial-soc = 3 %\nload * = 2000 W\ncell-spread = 0 %\n");
        SimulationEvent pre = run.first(null, "pre-alarm", "ON");
        SimulationEvent ld = run.first(null, "Load disconnect", "free floating");
        assertTrue(ld.t() - pre.t() >= 30, run.log());
        assertTrue(ld.t() - pre.t() < 60, "it is held back, not later than needed: " + run.log());
    }

    @Test
    void noAlternatorCurrentAtOrBelow13V() throws Exception {
        Run run = Run.of(Run.example(CL), """
                duration = 4h
                initial-soc = 40 %
                load * = 0 W
                engine = on
                alternator-voltage = 12.9 V
                01:00 alternator-voltage = 14.4 V
                02:00 alternator-voltage = 13.0 V
                03:00 engine = off
                """);
        int alt = run.column("alternator_A");
        for (double[] r : run.rows) {
            double t = r[0];
            if (t < 3600 || t >= 7200) {
                assertEquals(0, r[alt], "no current at " + EventLog.clock(t));
            }
        }
        assertTrue(run.at("alternator_A", 5400) > 50, "charging above 13 V");
        SimulationEvent stop = run.first("Smart BMS CL 12/100", "alternator charging", "OFF");
        assertEquals("input 13.00 V, not above 13 V", stop.reason());
    }

    @Test
    void alternatorCurrentIsLimitedTo90PercentOfThePortFuse() throws Exception {
        SystemDesign design = Run.example(CL);
        String scenario = "duration = 1h\ninitial-soc = 30 %\nload * = 0 W\nengine = on\n";
        Run run = Run.of(design, scenario);
        // 120 A alternator, 100 A fuse on the port: about 90 % of the fuse rating (001 §2.2, 003).
        assertEquals(90, run.max("alternator_A"), 0.01);
        for (Wire w : design.getWires()) {
            if (w.getFuse() != null && (w.getTo().getId().equals("bms.alternator-starter-plus") || w.getFrom().getId().equals("bms.alternator-starter-plus"))) {
                w.getFuse().setRating(60);
            }
        }
        assertEquals(54, Run.of(design, scenario).max("alternator_A"), 0.01);
    }

    @Test
    void chargingResumesOnlyAfter10sAtHalfAVoltBelowTheChargeLimit() throws Exception {
        Run run = Run.of(Run.example(EXAMPLE_2), io.cellwright.simulation.Scenarios.builtIn("alternator"));
        double limit = 14.2;
        List<SimulationEvent> reached = run.events(e -> e.signal().equals("battery charge limit") && e.value().equals("reached"));
        List<SimulationEvent> released = run.events(e -> e.signal().equals("battery charge limit") && e.value().equals("released"));
        assertFalse(reached.isEmpty(), run.log());
        assertFalse(released.isEmpty(), run.log());
        int v = run.column("bank_V");
        int charge = run.column("system_charge");
        for (SimulationEvent release : released) {
            SimulationEvent before = reached.stream().filter(r -> r.t() < release.t()).reduce((a, b) -> b).orElseThrow();
            // The BMS decides at t from the voltage at the end of step t-1: rows t-10 .. t-1 are all 0.5 V below.
            double firstBelow = -1;
            for (double[] r : run.rows) {
                if (r[0] > before.t() && r[0] < release.t()) {
                    assertEquals(0, r[charge], "System+ charging stays off until released, at " + EventLog.clock(r[0]));
                    if (r[v] <= limit - 0.5 && firstBelow < 0) {
                        firstBelow = r[0];
                    } else if (r[v] > limit - 0.5) {
                        firstBelow = -1;
                    }
                }
            }
            assertTrue(firstBelow > 0, run.log());
            assertEquals(10, release.t() - firstBelow, 1e-9, "released 10 s after the voltage went 0.5 V below the limit");
        }
    }

    @Test
    void chargingIsBlockedBelow5DegreesUntilTheCellsWarm() throws Exception {
        Run run = Run.of(Run.example(EXAMPLE_1), io.cellwright.simulation.Scenarios.builtIn("cold-morning"));
        int temp = run.column("temp_min_C");
        int cd = run.column("charge_disconnect");
        int mppt = run.column("mppt_A");
        int sys = run.column("system_charge");
        boolean sawSunWhileCold = false;
        for (double[] r : run.rows) {
            if (r[temp] < 5) {
                assertEquals(0, r[cd], "Charge disconnect free floating at " + r[temp] + " °C");
                assertEquals(0, r[mppt], "no solar charging while cold");
                assertEquals(0, r[sys], "no charging through System+ while cold");
                sawSunWhileCold |= r[0] > 8 * 3600;
            }
        }
        assertTrue(sawSunWhileCold, "the scenario has sun while the cells are still cold");
        assertTrue(run.max("mppt_A") > 1, "the MPPT charges once the cells are warm");
        SimulationEvent blocked = run.first("Smart BMS 12-200", "Charge disconnect", "free floating");
        assertTrue(blocked.reason().contains("below 5 °C"), blocked.reason());
        SimulationEvent released = run.first("Smart BMS 12-200", "Charge disconnect", "high");
        SimulationEvent mpptOn = run.first("SmartSolar MPPT 75/15", "state", "ON");
        assertEquals(released.t(), mpptOn.t(), "the MPPT starts only when Charge disconnect goes high:\n" + run.log());
        assertEquals("Charge disconnect high via VE.Direct non-inverting remote on/off cable ASS030550320", mpptOn.reason());
    }

    @Test
    void remoteOffActsPerTheRemoteFunction() throws Exception {
        SystemDesign design = Run.example(EXAMPLE_1);
        String base = "duration = 3h\ninitial-soc = 60 %\nload * = 300 W\n01:00 remote = open\n02:00 remote = closed\n";
        Run both = Run.of(design, base + "remote-function = disable-alternator-and-system\n");
        assertEquals(0, both.at("system_discharge", 5400));
        assertEquals(1, both.at("load_disconnect", 5400), "BMS functions retained");
        assertEquals(6.5, both.at("bms_mA", 5400), 1e-9, "001 §4: remote off, BMS active");
        assertEquals(1, both.at("system_discharge", 9000));
        Run altOnly = Run.of(design, base + "remote-function = disable-alternator-only\n");
        assertEquals(1, altOnly.at("system_discharge", 5400), "System+ stays on");
        Run everything = Run.of(design, base + "remote-function = switch-everything-off\n");
        assertEquals(0, everything.at("system_discharge", 5400));
        assertEquals(0, everything.at("charge_disconnect", 5400), "outputs disabled too");
        assertEquals(4.5, everything.at("bms_mA", 5400), 1e-9, "001 §4: switch everything off");
        assertEquals(0, everything.at("led3", 5400), "BMS active LED off");
        assertEquals(17.5, everything.at("bms_mA", 1800), 1e-9, "001 §4: remote on");
        // The MPPT follows Charge disconnect through its cable: off while everything is off.
        assertTrue(everything.events(e -> e.source().startsWith("SmartSolar") && e.value().equals("OFF") && e.t() == 3600).size() == 1, everything.log());
    }

    @Test
    void remoteUseModesLPulledLowAndHPulledHigh() throws Exception {
        SystemDesign design = Run.example(EXAMPLE_1);
        design.getWires().removeIf(w -> w.getId().equals("w-remote-loop"));
        String base = "duration = 2h\nload * = 100 W\nremote-function = disable-alternator-and-system\n";
        Run noLoop = Run.of(design, base);
        assertEquals(0, noLoop.at("system_discharge", 60), "use mode 4: any other state is off");
        Run lLow = Run.of(design, base + "remote-l = 0.5 V\n01:00 remote-l = 6 V\n");
        assertEquals(1, lLow.at("system_discharge", 60), "L pulled below 5 V");
        assertEquals(0, lLow.at("system_discharge", 3700));
        Run hHigh = Run.of(design, base + "remote-h = 12 V\n01:00 remote-h = 2 V\n");
        assertEquals(1, hHigh.at("system_discharge", 60), "H above 3 V");
        assertEquals(0, hHigh.at("system_discharge", 3700));
    }

    @Test
    void shortCircuitAlarmWhenTheSystemPlusPeakIsPassed() throws Exception {
        Run run = Run.of(Run.example(EXAMPLE_1), "duration = 10min\ninitial-soc = 80 %\nload * = 6000 W\n");
        SimulationEvent a12 = run.first("Smart BMS 12-200", "A-A12", "ON");
        assertTrue(a12.reason().contains("above the 400 A peak"), a12.reason());
        assertEquals(0, run.at("system_discharge", a12.t()));
    }

    private static void set(ComponentInstance c, SettingRole role, double value) {
        NumberSettingValue v = DesignFactory.eINSTANCE.createNumberSettingValue();
        v.setDefinition(c.getType().findSetting(role));
        v.setValue(value);
        c.getSettings().add(v);
    }

    static CatalogRegistry catalogs() {
        return CatalogRegistry.getDefault();
    }
}
