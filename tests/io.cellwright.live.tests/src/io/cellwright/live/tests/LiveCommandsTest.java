package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.SampleDevices;
import io.cellwright.live.mqtt.VenusPublisher;

/** {@code cellwright monitor} and {@code cellwright ble-decode} as a user runs them. */
class LiveCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TestBroker broker;
    private VenusPublisher gx;

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void startFakeGx() throws Exception {
        broker = new MoquetteBroker(dir);
        gx = new VenusPublisher(MqttSettings.gx(broker.url()), "c0619ab00001");
        SampleDevices.addLynxSmartBms(gx, 512, 87.5);
        gx.start(300);
    }

    @AfterEach
    void stop() throws Exception {
        if (gx != null) {
            gx.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void monitorPrintsTheValuesTheGxPublishes() throws Exception {
        startFakeGx();
        assertEquals(ExitCode.OK, run("monitor", "--broker", broker.url(), "--duration", "2s"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("battery/512  House bank  (product 41957)"), text);
        assertTrue(text.matches("(?s).*Dc/0/Voltage\\s+Voltage\\s+26\\.71 V.*"), text);
        assertTrue(text.matches("(?s).*System/MinCellVoltage\\s+Min cell voltage\\s+3\\.335 V.*"), text);
        assertTrue(text.matches("(?s).*Io/AllowToDischarge\\s+Allow to discharge\\s+yes.*"), text);
        assertTrue(text.matches("(?s).*Alarms\\s+all 16 ok.*"), text);
        assertTrue(err.toString().contains("receiving from tcp://127.0.0.1:" + broker.port() + ", portal c0619ab00001"), err.toString());
    }

    @Test
    void monitorJsonIsOneObjectPerChange() throws Exception {
        startFakeGx();
        assertEquals(ExitCode.OK, run("monitor", "--broker", broker.url(), "--portal-id", "c0619ab00001", "--json", "--duration", "2s"), err.toString());
        List<JsonObject> lines = out.toString().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        JsonObject voltage = lines.stream().filter(o -> o.has("path") && o.get("path").getAsString().equals("Dc/0/Voltage")).findFirst().orElseThrow();
        assertEquals("battery/512", voltage.get("device").getAsString());
        assertEquals(26.71, voltage.get("value").getAsDouble());
        assertEquals("V", voltage.get("unit").getAsString());
        assertTrue(lines.stream().anyMatch(o -> o.has("event") && o.get("event").getAsString().equals("full_publish_completed")), out.toString());
    }

    @Test
    void monitorOfAnUnreachableBrokerExitsOneWithAClearMessage() throws Exception {
        int port = TestBroker.freePort();
        assertEquals(ExitCode.INPUT, run("monitor", "--broker", "127.0.0.1:" + port, "--portal-id", "c0619ab00001", "--duration", "1s"));
        assertTrue(err.toString().contains("cellwright monitor: cannot reach broker tcp://127.0.0.1:" + port), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void monitorRecordsAndReplays() throws Exception {
        startFakeGx();
        Path file = dir.resolve("boat.cwlive");
        assertEquals(ExitCode.OK, run("monitor", "--broker", broker.url(), "--portal-id", "c0619ab00001", "--duration", "2s", "--json", "--record", file.toString()));
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("monitor", "--replay", file.toString(), "--speed", "0", "--duration", "10s"), err.toString());
        assertTrue(out.toString().contains("battery/512  House bank  (product 41957)"), out.toString());
    }

    @Test
    void bleDecodePrintsTheValuesOfATestVector() {
        assertEquals(ExitCode.OK, run("ble-decode", "100289a302b040af925d09a4d89aa0128bdef48c6298a9", "--key", "aff4d0995b7d1e176c0c33ecb9e70dcd"));
        String text = out.toString();
        assertTrue(text.startsWith("record type   0x02 battery monitor"), text);
        assertTrue(text.matches("(?s).*battery voltage\\s+12\\.53 V\\s+Dc/0/Voltage.*"), text);
        assertTrue(text.matches("(?s).*state of charge\\s+50 %.*"), text);
        assertTrue(text.matches("(?s).*consumed\\s+-50 Ah.*"), text);
        assertEquals("", err.toString());
    }

    @Test
    void bleDecodeOfAWrongKeyExitsOne() {
        assertEquals(ExitCode.INPUT, run("ble-decode", "100289a302b040af925d09a4d89aa0128bdef48c6298a9", "--key", "00f4d0995b7d1e176c0c33ecb9e70dcd"));
        assertTrue(err.toString().contains("the key does not belong to this device"), err.toString());
    }

    @Test
    void bleDecodeOfADecryptedPayload() {
        assertEquals(ExitCode.OK, run("ble-decode", "--record-type", "0x05", "000000060000c7e3f1f8ffffff2c35b5fab478010fd249d2ae5f6956e1f8a965"));
        assertTrue(out.toString().matches("(?s).*battery voltage\\s+13\\.24 V.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*balancer\\s+imbalance.*"), out.toString());
    }
}
