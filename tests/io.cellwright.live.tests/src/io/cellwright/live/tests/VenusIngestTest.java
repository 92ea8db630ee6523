package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveModel;
import io.cellwright.live.LiveValue;
import io.cellwright.live.venus.VenusIngest;
import io.cellwright.live.venus.VenusTopics;

/** The Venus OS message rules, without a broker. */
class VenusIngestTest {

    private final LiveModel model = new LiveModel();
    private final VenusIngest ingest = new VenusIngest(model, "c0619ab00001");
    private static final DeviceKey BMS = new DeviceKey("battery", 512);

    private void accept(String topic, String payload) {
        ingest.accept(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void valuesNullAndLimits() {
        accept("N/c0619ab00001/battery/512/Dc/0/Voltage", "{\"value\": 13.21}");
        accept("N/c0619ab00001/battery/512/Dc/0/Current", "{\"value\": null}");
        accept("N/c0619ab00001/battery/512/System/MinVoltageCellId", "{\"value\": \"B1/C4\"}");
        accept("N/c0619ab00001/settings/0/Settings/LEDs/Enable", "{\"max\":1,\"min\":0,\"value\":1}");
        assertEquals("13.21 V", model.device(BMS).value("Dc/0/Voltage").display());
        LiveValue current = model.device(BMS).value("Dc/0/Current");
        assertFalse(current.isValid());
        assertEquals("invalid", current.display());
        assertEquals("B1/C4", model.device(BMS).value("System/MinVoltageCellId").value());
        LiveValue setting = model.device(new DeviceKey("settings", 0)).value("Settings/LEDs/Enable");
        assertEquals(0.0, setting.min());
        assertEquals(1.0, setting.max());
        assertEquals(0, model.skippedCount());
    }

    @Test
    void anEmptyPayloadRemovesTheDeviceOnce() {
        accept("N/c0619ab00001/battery/512/Dc/0/Voltage", "{\"value\": 13.21}");
        accept("N/c0619ab00001/battery/512/Soc", "{\"value\": 80}");
        int[] removals = { 0 };
        model.addListener(c -> removals[0] += c.kind() == LiveModel.Kind.DEVICE_REMOVED ? 1 : 0);
        accept("N/c0619ab00001/battery/512/Dc/0/Voltage", "");
        accept("N/c0619ab00001/battery/512/Soc", "");
        assertNull(model.device(BMS));
        assertEquals(1, removals[0]);
    }

    @Test
    void otherPortalsAndRequestsAreNotRead() {
        accept("N/ffffffffffff/battery/512/Dc/0/Voltage", "{\"value\": 13.21}");
        accept("R/c0619ab00001/keepalive", "");
        accept("W/c0619ab00001/battery/512/Mode", "{\"value\": 4}");
        assertTrue(model.devices().isEmpty());
        assertEquals(0, model.skippedCount());
    }

    @Test
    void fullPublishCompleted() {
        accept("N/c0619ab00001/full_publish_completed", "{\"value\": 1702459522}");
        assertTrue(model.lastFullPublish() != null);
    }

    @Test
    void garbageIsCountedAndNamesTheTopic() {
        accept("N/c0619ab00001/battery/512/Soc", "eighty");
        accept("N/c0619ab00001/battery/512/Soc", "{\"val\": 80}");
        accept("N/c0619ab00001/battery/five/Soc", "{\"value\": 80}");
        accept("N/c0619ab00001/battery/512", "{\"value\": 80}");
        assertEquals(4, model.skippedCount());
        assertTrue(model.lastSkipped().startsWith("topic N/c0619ab00001/battery/512 "), model.lastSkipped());
        accept("N/c0619ab00001/battery/512/Soc", "{\"value\": 80}");
        assertEquals(80.0, model.device(BMS).number("Soc"));
    }

    @Test
    void vrmBrokerHostFromThePortalId() {
        // Sum of the character codes of "c0619ab00001" = 743; 743 mod 128 = 103.
        assertEquals("mqtt103.victronenergy.com", VenusTopics.vrmHost(" C0619AB00001 "));
    }
}
