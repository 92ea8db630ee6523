package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.live.AlarmState;
import io.cellwright.live.ConnectionState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.WriteGuard;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.SampleDevices;
import io.cellwright.live.mqtt.VenusMqttConnection;
import io.cellwright.live.mqtt.VenusPublisher;
import io.cellwright.live.session.ReplayConnection;

/**
 * What a user of a live connection relies on, run against every broker (embedded Moquette, Debian's
 * mosquitto): values of a (fake) GX arrive, keepalives keep it publishing, devices come and go, garbage
 * is skipped, writes are guarded, and a broker restart is survived.
 */
abstract class VenusSessionContract {

    static final String PORTAL = "c0619ab00001";
    static final DeviceKey BMS = new DeviceKey("battery", 512);

    @TempDir
    Path dir;
    TestBroker broker;
    final List<AutoCloseable> closeLater = new ArrayList<>();

    abstract TestBroker startBroker(Path folder) throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        broker = startBroker(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeLater.reversed()) {
            c.close();
        }
        broker.close();
    }

    MqttSettings settings() {
        // Keepalive every second so that tests see the suppress-republish keepalives quickly.
        return MqttSettings.gx(broker.url()).withTimings(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    VenusPublisher fakeGx(long announceMillis) throws LiveException {
        VenusPublisher gx = new VenusPublisher(MqttSettings.gx(broker.url()), PORTAL);
        SampleDevices.addLynxSmartBms(gx, BMS.instance(), 87.5);
        gx.start(announceMillis);
        closeLater.add(gx);
        return gx;
    }

    VenusMqttConnection connection(MqttSettings settings) {
        VenusMqttConnection connection = new VenusMqttConnection(settings);
        closeLater.add(connection);
        return connection;
    }

    static Double number(LiveModel model, DeviceKey key, String path) {
        LiveDevice device = model.device(key);
        return device == null ? null : device.number(path);
    }

    @Test
    void theValuesOfTheGxArriveAfterTheFirstKeepaliveAndLaterKeepalivesSuppressTheRepublish() throws Exception {
        VenusPublisher gx = fakeGx(0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        live.connect();
        assertEquals(ConnectionState.CONNECTED, live.state());
        Await.until("full publish completed", () -> live.model().lastFullPublish() != null);

        LiveDevice bms = live.model().device(BMS);
        assertNotNull(bms, "the BMS is in the live model");
        assertEquals(SampleDevices.LYNX_SMART_BMS_500, bms.productId());
        assertEquals("House bank", bms.displayName());
        assertEquals("26.71 V", bms.value("Dc/0/Voltage").display());
        assertEquals("12.4 A", bms.value("Dc/0/Current").display());
        assertEquals("87.5 %", bms.value("Soc").display());
        assertEquals("3.335 V", bms.value("System/MinCellVoltage").display());
        assertEquals("yes", bms.value("Io/AllowToCharge").display());
        assertEquals(16, bms.alarms().size());
        assertTrue(bms.alarms().values().stream().allMatch(a -> a == AlarmState.OK), bms.alarms().toString());
        assertNotNull(live.model().device(new DeviceKey("system", 0)), "the system service (serial) too");

        Await.until("three keepalives", () -> gx.keepalivesReceived() >= 3);
        assertEquals(1, gx.fullPublishes(), "only the first keepalive asks for a full republish");
        assertTrue(gx.isAlive());

        gx.set(BMS, "Alarms/HighTemperature", 2);
        Await.until("the alarm", () -> live.model().device(BMS).alarms().get("HighTemperature") == AlarmState.ALARM);
    }

    @Test
    void thePortalIdIsFoundOnTheBrokerWhenNoneIsGiven() throws Exception {
        fakeGx(200);
        VenusMqttConnection live = connection(settings());
        live.connect();
        assertEquals(PORTAL, live.portalId());
        Await.until("values", () -> Objects.equals(26.71, number(live.model(), BMS, "Dc/0/Voltage")));
    }

    @Test
    void withoutAGxThePortalIdSearchEndsWithAMessageSayingWhatToEnter() {
        VenusMqttConnection live = connection(settings().withTimings(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(5),
                Duration.ofMillis(200), Duration.ofSeconds(2)));
        LiveException e = assertThrows(LiveException.class, live::connect);
        assertTrue(e.getMessage().contains("Enter the portal id"), e.getMessage());
        assertEquals(ConnectionState.DISCONNECTED, live.state());
    }

    @Test
    void anUnreachableBrokerIsAClearError() throws Exception {
        int nothing = TestBroker.freePort();
        VenusMqttConnection live = connection(MqttSettings.gx("127.0.0.1:" + nothing).withPortalId(PORTAL));
        LiveException e = assertThrows(LiveException.class, live::connect);
        assertTrue(e.getMessage().startsWith("cannot reach broker tcp://127.0.0.1:" + nothing), e.getMessage());
        assertTrue(e.getMessage().contains("Settings → Services → MQTT"), e.getMessage());
        assertEquals(ConnectionState.DISCONNECTED, live.state());
    }

    @Test
    void aDeviceThatDisappearsLeavesTheModelAndTheOthersStay() throws Exception {
        VenusPublisher gx = fakeGx(0);
        DeviceKey second = new DeviceKey("battery", 513);
        SampleDevices.addLynxSmartBms(gx, second.instance(), 40.0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        List<LiveModel.Change> removed = new CopyOnWriteArrayList<>();
        live.model().addListener(c -> {
            if (c.kind() == LiveModel.Kind.DEVICE_REMOVED) {
                removed.add(c);
            }
        });
        live.connect();
        Await.until("both BMS", () -> live.model().device(BMS) != null && live.model().device(second) != null
                && live.model().lastFullPublish() != null);

        gx.removeDevice(second);
        Await.until("the second BMS gone", () -> live.model().device(second) == null);
        assertEquals(1, removed.size(), "one removal, although every topic of the device came with an empty payload");
        assertEquals(second, removed.get(0).device());
        assertNotNull(live.model().device(BMS), "the first BMS is still there");
        assertEquals(0, live.model().skippedCount(), "empty payloads are not garbage");
    }

    @Test
    void garbageIsLoggedAndSkippedAndTheNextValueIsRead() throws Exception {
        VenusPublisher gx = fakeGx(0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        live.connect();
        Await.until("values", () -> live.model().device(BMS) != null && live.model().lastFullPublish() != null);

        gx.publishRaw("battery/512/Dc/0/Voltage", "not json {".getBytes(StandardCharsets.UTF_8));
        gx.publishRaw("battery/512/Soc", new byte[] { (byte) 0xFF, 0x00, 0x13 });
        gx.publishRaw("battery/xyz/Soc", "{\"value\": 3}".getBytes(StandardCharsets.UTF_8));
        gx.publishRaw("battery/512/Dc/0/Current", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        gx.set(BMS, "Dc/0/Voltage", 26.55);
        gx.set(BMS, "Dc/0/Power", null);

        Await.until("the good value after the garbage", () -> Objects.equals(26.55, number(live.model(), BMS, "Dc/0/Voltage")));
        Await.until("the invalid power", () -> !live.model().device(BMS).value("Dc/0/Power").isValid());
        assertEquals(4, live.model().skippedCount(), live.model().lastSkipped());
        assertTrue(live.model().lastSkipped().contains("N/" + PORTAL + "/battery/512/Dc/0/Current"), live.model().lastSkipped());
        assertEquals("invalid", live.model().device(BMS).value("Dc/0/Power").display());
        assertEquals(87.5, number(live.model(), BMS, "Soc"), "the garbage did not overwrite the SoC");
        assertEquals(ConnectionState.CONNECTED, live.state());
    }

    @Test
    void writesAreOffUntilEnabledAndEachAsksForConfirmationAndIsLogged() throws Exception {
        VenusPublisher gx = fakeGx(0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        Path log = dir.resolve("writes.log");
        live.writeGuard().logTo(log);
        live.connect();
        Await.until("values", () -> live.model().device(BMS) != null);

        assertEquals(WriteGuard.Outcome.REFUSED_WRITES_DISABLED, live.write(BMS, "Io/ForceChargingOff", 1));

        List<WriteGuard.WriteRequest> asked = new CopyOnWriteArrayList<>();
        List<Boolean> answers = new ArrayList<>(List.of(false, true));
        live.writeGuard().enable(request -> {
            asked.add(request);
            return answers.remove(0);
        });
        assertEquals(WriteGuard.Outcome.REFUSED_BY_USER, live.write(BMS, "Io/ForceChargingOff", 1));
        assertEquals(WriteGuard.Outcome.SENT, live.write(BMS, "Io/ForceChargingOff", 1));

        Await.until("the write at the GX", () -> gx.writes().size() == 1);
        assertEquals(new VenusPublisher.ReceivedWrite(BMS, "Io/ForceChargingOff", "{\"value\":1}"), gx.writes().get(0));
        Await.until("the written value published back", () -> Objects.equals(1.0, number(live.model(), BMS, "Io/ForceChargingOff")));

        assertEquals(2, asked.size(), "each write asked");
        assertEquals(BMS, asked.get(0).device());
        assertEquals("Io/ForceChargingOff", asked.get(0).path());
        assertEquals(1, asked.get(0).value());
        List<WriteGuard.Outcome> outcomes = live.writeGuard().entries().stream().map(WriteGuard.Entry::outcome).toList();
        assertEquals(List.of(WriteGuard.Outcome.REFUSED_WRITES_DISABLED, WriteGuard.Outcome.REFUSED_BY_USER, WriteGuard.Outcome.SENT), outcomes);
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(2).contains("SENT battery/512 Io/ForceChargingOff = 1"), lines.get(2));

        live.writeGuard().disable();
        assertEquals(WriteGuard.Outcome.REFUSED_WRITES_DISABLED, live.write(BMS, "Io/ForceChargingOff", 0));
    }

    @Test
    void aBrokerRestartIsSurvived() throws Exception {
        VenusPublisher gx = fakeGx(0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        live.addListener((c, state, detail) -> states.add(state));
        live.connect();
        Await.until("values", () -> Objects.equals(87.5, number(live.model(), BMS, "Soc")));

        broker.stop();
        Await.until("the connection to notice", () -> live.state() == ConnectionState.RECONNECTING, () -> states.toString());
        gx.close();
        broker.start();

        // The GX side comes back too (on a real GX the broker and the bridge restart together).
        VenusPublisher again = new VenusPublisher(MqttSettings.gx(broker.url()), PORTAL);
        closeLater.add(again);
        SampleDevices.addLynxSmartBms(again, BMS.instance(), 88.0);
        again.start(0);

        Await.until("reconnected with a new session", () -> live.state() == ConnectionState.CONNECTED && live.sessions() == 2, () -> states.toString());
        Await.until("keepalives again", () -> again.keepalivesReceived() >= 2);
        again.set(BMS, "Soc", 88.5);
        Await.until("values flow again", () -> Objects.equals(88.5, number(live.model(), BMS, "Soc")));
        assertTrue(states.indexOf(ConnectionState.RECONNECTING) < states.lastIndexOf(ConnectionState.CONNECTED), states.toString());
    }

    @Test
    void aRecordedSessionReplaysAsALiveSource() throws Exception {
        VenusPublisher gx = fakeGx(0);
        VenusMqttConnection live = connection(settings().withPortalId(PORTAL));
        Path file = dir.resolve("session.cwlive");
        live.record(file);
        live.connect();
        Await.until("values", () -> live.model().lastFullPublish() != null);
        gx.set(BMS, "Soc", 86.0);
        gx.removeDevice(new DeviceKey("system", 0));
        Await.until("the last change", () -> Objects.equals(86.0, number(live.model(), BMS, "Soc")) && live.model().device(new DeviceKey("system", 0)) == null);
        live.stopRecording();

        try (ReplayConnection replay = new ReplayConnection(file, 0)) {
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            replay.addListener((c, state, detail) -> states.add(state));
            replay.connect();
            Await.until("the replay to end", () -> states.contains(ConnectionState.DISCONNECTED));
            LiveDevice replayed = replay.model().device(BMS);
            assertEquals(86.0, replayed.number("Soc"));
            assertEquals(live.model().device(BMS).values().keySet(), replayed.values().keySet());
            assertNull(replay.model().device(new DeviceKey("system", 0)), "the device that went is gone in the replay too");
            assertNotNull(replay.model().lastFullPublish());
        }
    }
}
