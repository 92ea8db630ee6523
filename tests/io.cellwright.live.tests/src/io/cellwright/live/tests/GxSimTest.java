package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.AlarmState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.VenusMqttConnection;

/**
 * {@code cellwright gx-sim} seen through our own client: the overnight simulation of the manual's first
 * example, published as a GX would, shows in the live model as a falling state of charge, then the
 * pre-alarm (low cell voltage warning), then Load disconnect (alarm, discharge no longer allowed), and
 * the device goes at the end.
 */
class GxSimTest {

    static final Path EXAMPLE_1 = Path.of("../../examples/001-example-1-multiplus-compact-mppt.cwdesign").toAbsolutePath().normalize();
    static final String PORTAL = "c0619ab00002";
    static final DeviceKey BATTERY = new DeviceKey("battery", 512);

    @TempDir
    Path dir;
    private TestBroker broker;
    private VenusMqttConnection live;

    @AfterEach
    void stop() throws Exception {
        if (live != null) {
            live.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theOvernightRunOfExample1ShowsInTheLiveModel() throws Exception {
        broker = new MoquetteBroker(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // 65 simulated minutes at 500 x: about 8 s. Example 1's pre-alarm comes at 00:35, Load disconnect at 00:58.
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(new String[] { "gx-sim", "--broker", broker.url(), "--design",
            EXAMPLE_1.toString(), "--scenario", "overnight", "--speed", "500", "--duration", "65min", "--portal-id", PORTAL }, new PrintWriter(out),
                new PrintWriter(err)));
        // Like a GX that is already running when the user connects: the first keepalive asks for everything.
        Await.until("gx-sim publishing", () -> err.toString().contains("publishing"), err::toString);
        live = new VenusMqttConnection(MqttSettings.gx(broker.url()).withPortalId(PORTAL).withTimings(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(2)));
        live.connect();

        Await.until("the battery service after a full publish", () -> live.model().lastFullPublish() != null && soc() != null, err::toString);
        LiveDevice first = live.model().device(BATTERY);
        assertEquals("House bank", first.displayName());
        assertEquals("Smart BMS 12-200", first.value("ProductName").display());
        double startSoc = soc();
        assertTrue(startSoc > 5 && startSoc < 13, "the overnight scenario starts at 12 %: " + startSoc);
        assertTrue(first.number("Dc/0/Current") < 0, "discharging: " + first.value("Dc/0/Current"));
        assertEquals(AlarmState.OK, first.alarms().get("LowCellVoltage"));
        assertEquals("yes", first.value("Io/AllowToDischarge").display());

        Await.until("the pre-alarm as a low cell voltage warning", () -> alarm().isActive(), () -> String.valueOf(live.model().device(BATTERY)));
        assertTrue(soc() < startSoc, "the state of charge falls: " + startSoc + " → " + soc());
        assertTrue(live.model().device(BATTERY).number("System/MinCellVoltage") <= 3.1 + 0.01,
                "the lowest cell is at the 3.1 V pre-alarm threshold: " + live.model().device(BATTERY).value("System/MinCellVoltage"));

        Await.until("Load disconnect: the low cell voltage alarm", () -> alarm() == AlarmState.ALARM, () -> String.valueOf(live.model().device(BATTERY)));
        Await.until("discharge no longer allowed", () -> "no".equals(live.model().device(BATTERY).value("Io/AllowToDischarge").display()));

        assertEquals(ExitCode.OK, run.get(60, TimeUnit.SECONDS), err.toString());
        Await.until("the device gone after the run (empty payloads)", () -> live.model().device(BATTERY) == null);
        assertTrue(out.toString().contains("pre-alarm ON"), out.toString());
        assertTrue(out.toString().contains("the device has gone"), out.toString());
        assertTrue(err.toString().contains("cellwright gx-sim: portal " + PORTAL + " publishing battery/512 (Smart BMS 12-200)"), err.toString());
    }

    @Test
    void aWrongSpeedIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.USAGE, Cli.run(new String[] { "gx-sim", "--broker", "127.0.0.1:1", "--design", EXAMPLE_1.toString(), "--speed", "0" },
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("--speed must be a number above zero"), err.toString());
    }

    @Test
    void anUnreachableBrokerExitsOneNamingIt() throws Exception {
        int port = TestBroker.freePort();
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.INPUT, Cli.run(new String[] { "gx-sim", "--broker", "127.0.0.1:" + port, "--design", EXAMPLE_1.toString() },
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("cannot reach broker tcp://127.0.0.1:" + port), err.toString());
    }

    private Double soc() {
        LiveDevice d = live.model().device(BATTERY);
        return d == null ? null : d.number("Soc");
    }

    private AlarmState alarm() {
        LiveDevice d = live.model().device(BATTERY);
        return d == null ? AlarmState.UNKNOWN : d.alarms().getOrDefault("LowCellVoltage", AlarmState.UNKNOWN);
    }
}
