package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveModel;
import io.cellwright.live.ble.InstantReadout;
import io.cellwright.live.ble.InstantReadoutException;
import io.cellwright.live.ble.InstantReadoutFeed;
import io.cellwright.live.ble.Readout;

/** Every test vector of shared/domain/instant-readout.md, decoded to the expected values. */
class InstantReadoutTest {

    private static Readout decode(String advertisement, String key) throws InstantReadoutException {
        return InstantReadout.decode(HexFormat.of().parseHex(advertisement), HexFormat.of().parseHex(key));
    }

    private static Readout plain(int recordType, String plaintext) {
        return InstantReadout.decodePlaintext(recordType, 0, 0, HexFormat.of().parseHex(plaintext));
    }

    private static Object value(Readout r, String field) {
        Readout.Field f = r.field(field);
        assertTrue(f != null, "no field '" + field + "' in " + r.fields());
        return f.value();
    }

    @Test
    void smartShuntBatteryMonitor() throws Exception {
        Readout r = decode("100289a302b040af925d09a4d89aa0128bdef48c6298a9", "aff4d0995b7d1e176c0c33ecb9e70dcd");
        assertEquals(0x02, r.recordType());
        assertEquals(0xA389, r.productId());
        assertEquals("ffffe50400000000030000f40140df", r.plaintextHex());
        assertEquals("none", value(r, "aux input"));
        assertEquals(-50.0, value(r, "consumed"));
        assertEquals(0.0, value(r, "battery current"));
        assertEquals(50.0, value(r, "state of charge"));
        assertEquals(12.53, value(r, "battery voltage"));
        assertEquals(0.0, value(r, "alarm"));
        assertNull(value(r, "time to go"), "0xFFFF is 'not available'");
    }

    @Test
    void blueSolarMppt() throws Exception {
        Readout r = decode("100242a0016207adceb37b605d7e0ee21b24df5c", "adeccb947395801a4dd45a2eaa44bf17");
        assertEquals("solarcharger", r.serviceType());
        assertEquals("absorption", value(r, "state"));
        assertEquals(13.88, value(r, "battery voltage"));
        assertEquals(1.4, value(r, "battery current"));
        assertEquals(0.03, value(r, "yield today"), "30 Wh");
        assertEquals(19.0, value(r, "PV power"));
        assertEquals(0.0, value(r, "load current"));
    }

    @Test
    void orionSmartDcdc() throws Exception {
        Readout r = decode("1000c0a304121d64ca8d442b90bbdf6a8cba", "64ba49f1a8562e45197a8e1fe50d7658");
        assertEquals("off", value(r, "state"));
        assertEquals(0.0, value(r, "error"));
        assertEquals(13.15, value(r, "input voltage"));
        assertNull(value(r, "output voltage"), "output voltage n/a");
        assertEquals("engine shutdown", value(r, "off reason"));
    }

    @Test
    void multiPlusVeBus() throws Exception {
        Readout r = decode("100380270c1252dad26f0b8eb39162074d140df410", "da3f5fa2860cb1cf86ba7a6d1d16b9dd");
        assertEquals(0x2780, r.productId());
        assertEquals("float", value(r, "state"));
        assertEquals(0.0, value(r, "error"));
        assertEquals(0.0, value(r, "alarm"));
        assertEquals(14.45, value(r, "battery voltage"));
        assertEquals(23.2, value(r, "battery current"));
        assertEquals("AC in 1", value(r, "active AC input"));
        assertEquals(1459.0, value(r, "AC input power"));
        assertEquals(1046.0, value(r, "AC output power"));
        assertEquals(32.0, value(r, "temperature"));
        assertNull(value(r, "state of charge"), "SoC n/a");
    }

    @Test
    void smartBatteryProtect() throws Exception {
        Readout r = decode("1080b0a3093523fadedea38b1af8bcbde91ca8b6dbb60e", "fac570d66380b797a5b7543758be00e4");
        assertEquals(0.0, value(r, "alarm reason"));
        assertEquals("active", value(r, "device state"));
        assertEquals(0xF9L, r.field("device state").raw());
        assertEquals(0.0, value(r, "error"));
        assertEquals(13.07, value(r, "input voltage"));
        assertEquals(13.07, value(r, "output voltage"));
        assertEquals("on", value(r, "output state"));
    }

    @Test
    void smartLithiumDecryptedPayload() {
        Readout r = plain(0x05, "000000060000c7e3f1f8ffffff2c35b5fab478010fd249d2ae5f6956e1f8a965");
        assertEquals("0x06000000", value(r, "BMS flags"));
        assertEquals(1.0, value(r, "allowed to charge"));
        assertEquals(1.0, value(r, "allowed to discharge"));
        assertEquals(0.0, value(r, "error"));
        for (int cell = 1; cell <= 4; cell++) {
            assertEquals(3.31, (Double) value(r, "cell " + cell + " voltage"), 1e-9);
        }
        for (int cell = 5; cell <= 8; cell++) {
            assertNull(value(r, "cell " + cell + " voltage"), "cell " + cell + " n/a");
        }
        assertEquals(13.24, value(r, "battery voltage"));
        assertEquals("imbalance", value(r, "balancer"));
        assertEquals(13.0, value(r, "temperature"));
    }

    @Test
    void lynxSmartBmsDecryptedPayload() {
        Readout r = plain(0x0A, "0040388b0afaff951555148ccf0200ffb3eaf174d6fc7a4854b8ec008609e9ca");
        assertEquals(0.0, value(r, "error"));
        assertEquals(14400L, r.field("time to go").raw(), "minutes");
        assertEquals(14400.0 * 60, value(r, "time to go"), "seconds, as Venus OS publishes TimeToGo");
        assertEquals(26.99, value(r, "battery voltage"));
        assertEquals(-0.6, value(r, "battery current"));
        assertEquals(5525L, r.field("IO status").raw());
        assertEquals(5205L, r.field("warnings/alarms").raw());
        assertEquals(99.5, value(r, "state of charge"));
        assertEquals(-4.4, value(r, "consumed"), "-4.4 by the document's sign rule");
        assertNull(value(r, "temperature"), "temperature n/a");
    }

    @Test
    void decodedValuesFeedTheLiveModel() throws Exception {
        LiveModel model = new LiveModel();
        Readout r = decode("100289a302b040af925d09a4d89aa0128bdef48c6298a9", "aff4d0995b7d1e176c0c33ecb9e70dcd");
        DeviceKey key = InstantReadoutFeed.feed(model, 0, r);
        LiveDevice device = model.device(key);
        assertEquals(new DeviceKey("battery", 0), key);
        assertEquals(0xA389, device.productId());
        assertEquals(12.53, device.number("Dc/0/Voltage"));
        assertEquals(50.0, device.number("Soc"));
        assertEquals("12.53 V", device.value("Dc/0/Voltage").display());
        assertEquals("invalid", device.value("TimeToGo").display());
    }

    @Test
    void aWrongKeyIsRefusedNamingBothKeyBytes() {
        InstantReadoutException e = assertThrows(InstantReadoutException.class,
                () -> decode("100289a302b040af925d09a4d89aa0128bdef48c6298a9", "adeccb947395801a4dd45a2eaa44bf17"));
        assertTrue(e.getMessage().contains("starting with af") && e.getMessage().contains("starts with ad"), e.getMessage());
    }

    @Test
    void aFrameThatIsNotAProductAdvertisementIsRefused() {
        InstantReadoutException e = assertThrows(InstantReadoutException.class,
                () -> decode("110289a302b040af925d09a4d89aa0128bdef48c6298a9", "aff4d0995b7d1e176c0c33ecb9e70dcd"));
        assertTrue(e.getMessage().contains("not a product advertisement"), e.getMessage());
    }

    @Test
    void theCompanyIdInFrontIsSkipped() throws Exception {
        Readout r = decode("e102100289a302b040af925d09a4d89aa0128bdef48c6298a9", "aff4d0995b7d1e176c0c33ecb9e70dcd");
        assertEquals(12.53, value(r, "battery voltage"));
    }

    @Test
    void aLongerPayloadIsNotRejected() {
        // Layouts only grow: extra bytes after the known fields change nothing.
        Readout r = plain(0x02, "ffffe50400000000030000f40140df0102030405");
        assertEquals(12.53, value(r, "battery voltage"));
        assertEquals(50.0, value(r, "state of charge"));
    }
}
