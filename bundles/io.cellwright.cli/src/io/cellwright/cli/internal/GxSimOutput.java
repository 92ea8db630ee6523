package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.mqtt.VenusPublisher;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.Columns;
import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationOutput;

/**
 * Turns the simulation's samples into the {@code battery} service paths a GX publishes for a BMS
 * (venus-os-mqtt facts, "battery service paths" and "Alarms"), paced to wall-clock time.
 * <p>
 * Mapping: bank voltage, current (positive = charging, as on Venus OS) and power; state of charge;
 * highest battery temperature; lowest and highest cell voltage and temperature; Allow to charge / discharge
 * from the BMS's Charge disconnect and Load disconnect outputs; {@code Alarms/LowCellVoltage} 1 (warning)
 * while the pre-alarm (W-B12) is on and 2 (alarm) on cell undervoltage (A-B11); {@code Alarms/HighTemperature}
 * 2 on A-B15; {@code Alarms/HighDischargeCurrent} 2 on A-A12. Other alarms stay 0 (not simulated).
 */
final class GxSimOutput implements SimulationOutput {

    /** Most often the analogue values are sent: a GX sends a changed value about once a second. */
    private static final long MIN_PUBLISH_NANOS = 250_000_000L;
    private static final List<String> ALARMS = List.of("LowVoltage", "HighVoltage", "LowCellVoltage", "HighCellVoltage", "LowSoc", "HighChargeCurrent",
            "HighDischargeCurrent", "CellImbalance", "InternalFailure", "HighTemperature", "LowTemperature", "HighChargeTemperature",
            "LowChargeTemperature", "Contactor", "BmsCable", "LoadDisconnect");

    private final VenusPublisher gx;
    private final DeviceKey battery;
    private final SystemDesign design;
    private final double speed;
    private final PrintWriter out;
    private final Map<String, Integer> column = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private long lastPublish;
    private double[] lastStates;

    GxSimOutput(VenusPublisher gx, DeviceKey battery, SystemDesign design, String[] columns, double speed, PrintWriter out) {
        this.gx = gx;
        this.battery = battery;
        this.design = design;
        this.speed = speed;
        this.out = out;
        for (int i = 0; i < columns.length; i++) {
            column.put(columns[i], i);
        }
        for (String required : Columns.ALWAYS) {
            if (!column.containsKey(required)) {
                // A missing value would be published as 0 V / 0 %: a GX never says that, so refuse instead.
                throw new IllegalStateException("the simulation wrote no column '" + required + "'; columns: " + column.keySet());
            }
        }
    }

    private ComponentInstance bms() {
        return design.getBatteryBanks().isEmpty() ? null : design.getBatteryBanks().get(0).getBms();
    }

    /** The BMS's catalog name, as the GX's ProductName. */
    String productName() {
        ComponentInstance bms = bms();
        return bms == null || bms.getType() == null ? "battery bank" : bms.getType().getName();
    }

    /** What does not change during a run: identity, configuration, alarms at rest. */
    void publishStatic() {
        Map<String, Object> v = new LinkedHashMap<>();
        ComponentInstance bms = bms();
        ProductType type = bms == null ? null : bms.getType();
        Integer productId = productId(bms);
        // Without a catalog product id the GX would still publish the path; "invalid" says we do not know it.
        v.put("ProductId", productId);
        v.put("ProductName", productName());
        BatteryBank bank = design.getBatteryBanks().isEmpty() ? null : design.getBatteryBanks().get(0);
        v.put("CustomName", bank != null && bank.getName() != null ? bank.getName() : type == null ? "battery" : type.getName());
        v.put("State", 9);
        v.put("Mode", 3);
        v.put("ErrorCode", 0);
        if (bank != null && !bank.getStrings().isEmpty()) {
            int parallel = bank.getStrings().size();
            int series = bank.getStrings().get(0).getBatteries().size();
            v.put("System/NrOfBatteries", bank.getStrings().stream().mapToInt(s -> s.getBatteries().size()).sum());
            v.put("System/BatteriesParallel", parallel);
            v.put("System/BatteriesSeries", series);
        }
        for (String alarm : ALARMS) {
            v.put("Alarms/" + alarm, 0);
        }
        gx.setAll(battery, v);
    }

    private static Integer productId(ComponentInstance bms) {
        if (bms == null || bms.getType() == null) {
            return null;
        }
        if (bms.getVariant() != null && !bms.getVariant().getProductIds().isEmpty()) {
            return bms.getVariant().getProductIds().get(0);
        }
        return bms.getType().getProductIds().isEmpty() ? null : bms.getType().getProductIds().get(0);
    }

    @Override
    public void sample(double t, double[] row) {
        pace(t);
        double[] states = { get(row, "load_disconnect"), get(row, "charge_disconnect"), get(row, "W-B12"), get(row, "A-B11"), get(row, "A-B15"),
            get(row, "A-A12") };
        boolean statesChanged = !Arrays.equals(states, lastStates);
        long now = System.nanoTime();
        if (!statesChanged && lastStates != null && now - lastPublish < MIN_PUBLISH_NANOS) {
            return;
        }
        lastPublish = now;
        lastStates = states;
        double volts = get(row, Columns.BANK_V);
        double amps = get(row, Columns.BANK_A);
        gx.set(battery, "Dc/0/Voltage", round(volts, 2));
        gx.set(battery, "Dc/0/Current", round(amps, 1));
        gx.set(battery, "Dc/0/Power", round(volts * amps, 0));
        gx.set(battery, "Dc/0/Temperature", round(get(row, Columns.TEMP_MAX_C), 1));
        gx.set(battery, "Soc", round(get(row, Columns.SOC_PCT), 1));
        gx.set(battery, "System/MinCellVoltage", round(get(row, Columns.CELL_MIN_V), 3));
        gx.set(battery, "System/MaxCellVoltage", round(get(row, Columns.CELL_MAX_V), 3));
        gx.set(battery, "System/MinCellTemperature", round(get(row, Columns.TEMP_MIN_C), 1));
        gx.set(battery, "System/MaxCellTemperature", round(get(row, Columns.TEMP_MAX_C), 1));
        if (statesChanged) {
            gx.set(battery, "Io/AllowToDischarge", (int) states[0]);
            gx.set(battery, "Io/AllowToCharge", (int) states[1]);
            gx.set(battery, "Alarms/LowCellVoltage", states[3] > 0 ? 2 : states[2] > 0 ? 1 : 0);
            gx.set(battery, "Alarms/HighTemperature", states[4] > 0 ? 2 : 0);
            gx.set(battery, "Alarms/HighDischargeCurrent", states[5] > 0 ? 2 : 0);
        }
    }

    /** Waits until wall-clock time catches up with simulated time divided by the speed. */
    private void pace(double t) {
        long due = started + (long) (t / speed * 1e9);
        long ahead = due - System.nanoTime();
        if (ahead > 2_000_000L) {
            try {
                Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void event(SimulationEvent event) {
        out.println(EventLog.line(event));
        out.flush();
    }

    private double get(double[] row, String name) {
        Integer i = column.get(name);
        return i == null ? 0 : row[i];
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
