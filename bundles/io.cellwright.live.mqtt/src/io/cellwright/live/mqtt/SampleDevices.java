package io.cellwright.live.mqtt;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cellwright.live.DeviceKey;

/**
 * Plausible devices for the fake GX: what a GX publishes for a Lynx Smart BMS 500 on a 24 V bank
 * (paths from the battery service table of venus-os-mqtt facts; ProductId 41957 = Lynx Smart BMS 500).
 * For demos and tests, never for figures about a real system.
 */
public final class SampleDevices {

    /** Lynx Smart BMS 500 (venus-os-mqtt facts, "ProductId"). */
    public static final int LYNX_SMART_BMS_500 = 41957;

    private SampleDevices() {
    }

    /** The values of a Lynx Smart BMS 500 on a 24 V bank at rest, charging lightly. */
    public static Map<String, Object> lynxSmartBms(double socPercent) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ProductId", LYNX_SMART_BMS_500);
        v.put("ProductName", "Lynx Smart BMS 500");
        v.put("CustomName", "House bank");
        v.put("Dc/0/Voltage", 26.71);
        v.put("Dc/0/Current", 12.4);
        v.put("Dc/0/Power", 331.2);
        v.put("Dc/0/Temperature", 21.0);
        v.put("Soc", socPercent);
        v.put("Soh", 100.0);
        v.put("ConsumedAmphours", -18.6);
        v.put("Capacity", 400.0);
        v.put("TimeToGo", null);
        v.put("State", 9);
        v.put("Mode", 3);
        v.put("ErrorCode", 0);
        v.put("System/MinCellVoltage", 3.335);
        v.put("System/MaxCellVoltage", 3.342);
        v.put("System/MinVoltageCellId", "B2/C3");
        v.put("System/MaxVoltageCellId", "B1/C2");
        v.put("System/MinCellTemperature", 20.0);
        v.put("System/MaxCellTemperature", 22.0);
        v.put("System/NrOfModulesOnline", 2);
        v.put("System/NrOfModulesOffline", 0);
        v.put("System/NrOfModulesBlockingCharge", 0);
        v.put("System/NrOfModulesBlockingDischarge", 0);
        v.put("System/NrOfBatteries", 2);
        v.put("System/BatteriesParallel", 1);
        v.put("System/BatteriesSeries", 2);
        v.put("Io/AllowToCharge", 1);
        v.put("Io/AllowToDischarge", 1);
        v.put("Io/AllowToBalance", 1);
        v.put("Io/ExternalRelay", 0);
        v.put("Info/MaxChargeVoltage", 28.4);
        v.put("Info/MaxChargeCurrent", 200.0);
        v.put("Info/MaxDischargeCurrent", 500.0);
        v.put("History/ChargeCycles", 37);
        for (String alarm : new String[] { "LowVoltage", "HighVoltage", "LowCellVoltage", "HighCellVoltage", "LowSoc", "HighChargeCurrent",
            "HighDischargeCurrent", "CellImbalance", "InternalFailure", "HighTemperature", "LowTemperature", "HighChargeTemperature",
            "LowChargeTemperature", "Contactor", "BmsCable", "LoadDisconnect" }) {
            v.put("Alarms/" + alarm, 0);
        }
        return v;
    }

    /** Publishes a Lynx Smart BMS 500 as {@code battery/<instance>}. */
    public static void addLynxSmartBms(VenusPublisher publisher, int instance, double socPercent) {
        publisher.setAll(new DeviceKey("battery", instance), lynxSmartBms(socPercent));
    }
}
