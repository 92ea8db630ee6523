package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveModel;
import io.cellwright.live.design.Difference;
import io.cellwright.live.design.LiveComparison;
import io.cellwright.live.mqtt.SampleDevices;
import io.cellwright.live.venus.VenusIngest;
import io.cellwright.live.venus.VenusTopics;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;

/** A live device bound to a design component: what differs, in sentences citing the catalog's sources. */
class LiveComparisonTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final DeviceKey BATTERY = new DeviceKey("battery", 512);

    static ComponentInstance component(String example, String id) throws Exception {
        SystemDesign design = DesignFiles.load(EXAMPLES.resolve(example + ".cwdesign"), CatalogRegistry.getDefault());
        return design.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** Example 1's bank (two 12.8 V/200 Ah in parallel, Smart BMS 12-200) quietly discharging: nothing beyond a limit. */
    static Map<String, Object> quietBank() {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("CustomName", "House bank");
        v.put("Dc/0/Voltage", 13.2);
        v.put("Dc/0/Current", -40.0);
        v.put("Soc", 62.0);
        v.put("System/MinCellVoltage", 3.29);
        v.put("System/MaxCellVoltage", 3.31);
        v.put("Alarms/LowCellVoltage", 0);
        v.put("Alarms/HighTemperature", 0);
        return v;
    }

    /** The device as our client sees it: the values arrive as Venus OS notifications. */
    static LiveDevice device(Map<String, Object> values) {
        LiveModel model = new LiveModel();
        VenusIngest ingest = new VenusIngest(model, "c0619ab00001");
        values.forEach((path, value) -> ingest.accept(VenusTopics.notification("c0619ab00001", BATTERY, path), VenusTopics.valuePayload(value)));
        return model.device(BATTERY);
    }

    static List<Difference> of(List<Difference> all, Difference.Kind kind) {
        return all.stream().filter(d -> d.kind() == kind).toList();
    }

    @Test
    void aDeviceThatAgreesWithTheDesignHasNoDifferences() throws Exception {
        assertEquals(List.of(), LiveComparison.compare(component("001-example-1-multiplus-compact-mppt", "bms"), device(quietBank())));
    }

    @Test
    void theSameProductIsNoDifferenceAnotherProductIsOneCitingWhereTheProductIdComesFrom() throws Exception {
        ComponentInstance lynx = component("lynx-smart-bms-24v", "lynx");
        assertEquals(List.of(), of(LiveComparison.compare(lynx, device(SampleDevices.lynxSmartBms(80))), Difference.Kind.OTHER_PRODUCT));

        Map<String, Object> shunt = SampleDevices.lynxSmartBms(80);
        shunt.put("ProductId", 41865);
        shunt.put("ProductName", "SmartShunt 500A/50mV");
        List<Difference> found = of(LiveComparison.compare(lynx, device(shunt)), Difference.Kind.OTHER_PRODUCT);
        assertEquals(1, found.size(), found.toString());
        assertEquals("House bank is product 41865 (SmartShunt 500A/50mV), but the Lynx Smart BMS 'lynx' is a Lynx Smart BMS, product id 41957. "
                + "(source: venus-os-mqtt §battery service paths, row \"ProductId\")", found.get(0).text());
    }

    @Test
    void anActiveAlarmIsADifference() throws Exception {
        Map<String, Object> values = quietBank();
        values.put("Alarms/LowCellVoltage", 1);
        values.put("Alarms/HighTemperature", 2);
        List<Difference> found = of(LiveComparison.compare(component("001-example-1-multiplus-compact-mppt", "bms"), device(values)), Difference.Kind.ALARM);
        assertEquals(List.of("House bank reports the HighTemperature alarm: alarm.", "House bank reports the LowCellVoltage alarm: warning."),
                found.stream().map(Difference::message).toList());
        assertTrue(found.get(0).text().endsWith("(source: venus-os-mqtt §Alarms)"), found.get(0).text());
    }

    @Test
    void aVoltageAboveTheDesignsBatteryChargeLimitIsADifference() throws Exception {
        Map<String, Object> values = quietBank();
        values.put("Dc/0/Voltage", 14.6);
        values.put("Dc/0/Current", 30.0);
        List<Difference> found = of(LiveComparison.compare(component("001-example-1-multiplus-compact-mppt", "bms"), device(values)),
                Difference.Kind.LIMIT_EXCEEDED);
        assertEquals(1, found.size(), found.toString());
        assertEquals("The live battery voltage 14.6 V is above the battery charge limit 14.2 V of the Smart BMS 12-200 'bms'.", found.get(0).message());
        assertTrue(found.get(0).source().contains("001 §3.5.1"), found.get(0).source());
        assertTrue(found.get(0).source().startsWith("the design's setting 'Battery charge limit' of 'bms'"), found.get(0).source());
    }

    @Test
    void aCellBelowTheBatterysLoadDisconnectThresholdIsADifference() throws Exception {
        Map<String, Object> values = quietBank();
        values.put("System/MinCellVoltage", 2.71);
        List<Difference> found = of(LiveComparison.compare(component("001-example-1-multiplus-compact-mppt", "bms"), device(values)),
                Difference.Kind.LIMIT_EXCEEDED);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("The lowest live cell voltage 2.71 V is below the Load disconnect threshold 2.8 V of the Lithium Battery 12,8V/200Ah Smart 'bat"),
                found.get(0).message());
        assertTrue(found.get(0).source().contains("batteries-and-wiring §BMS thresholds"), found.get(0).source());
    }

    @Test
    void aCurrentAboveTheBatteryTableForTheBankIsADifference() throws Exception {
        Map<String, Object> values = quietBank();
        values.put("Dc/0/Current", -700.0);
        ComponentInstance bms = component("001-example-1-multiplus-compact-mppt", "bms");
        assertEquals(List.of(), of(LiveComparison.compare(bms, device(values)), Difference.Kind.LIMIT_EXCEEDED), "700 A is within 2 x 400 A");
        values.put("Dc/0/Current", -900.0);
        List<Difference> found = of(LiveComparison.compare(bms, device(values)), Difference.Kind.LIMIT_EXCEEDED);
        assertEquals(1, found.size(), found.toString());
        assertEquals("The live discharge current 900 A is above the maximum continuous discharge current 800 A of Lithium Battery 12,8V/200Ah Smart "
                + "(400 A per battery, 2 strings in parallel).", found.get(0).message());
        assertTrue(found.get(0).source().contains("batteries-and-wiring §Lithium Battery Smart, table Lithium Battery Smart, row \"12,8/200\""), found.get(0).source());
    }

    @Test
    void bindingIsKeptInTheDesignComponent() throws Exception {
        ComponentInstance bms = component("001-example-1-multiplus-compact-mppt", "bms");
        assertEquals(null, LiveComparison.boundDevice(bms));
        LiveComparison.bind(bms, BATTERY);
        assertEquals(BATTERY, LiveComparison.boundDevice(bms));
        assertEquals("battery", bms.getLiveBinding().getServiceType());
        assertEquals(512, bms.getLiveBinding().getDeviceInstance());
    }
}
