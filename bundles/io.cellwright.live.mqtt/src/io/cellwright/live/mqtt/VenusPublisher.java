package io.cellwright.live.mqtt;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveException;
import io.cellwright.live.venus.VenusTopics;

/**
 * The publishing side of the Venus OS scheme: given device values, behaves on a broker like the GX's
 * broker bridge (dbus-flashmq) so that clients cannot tell it from a GX. Used as the fake GX in tests
 * and demos, and meant for the virtual GX ({@code cellwright gx-sim}). Behaviour (venus-os-mqtt facts):
 * <ul>
 * <li>nothing is retained;</li>
 * <li>values are published only while a client keeps the GX alive: a keepalive ({@code R/<id>/keepalive})
 * keeps it publishing for 60 s; one without {@code suppress-republish} republishes every topic and ends with
 * {@code N/<id>/full_publish_completed {"value": <unix time>}};</li>
 * <li>a read request {@code R/<id>/<service>/<instance>/<path or sub-tree>} republishes those topics;</li>
 * <li>a write {@code W/<id>/...} changes the value and publishes it, as D-Bus would;</li>
 * <li>a device that goes away publishes each of its topics once with an EMPTY payload;</li>
 * <li>{@code N/<id>/system/0/Serial} is announced every few seconds so that clients can find the portal
 * id (the older dbus-mqtt kept it retained; whether FlashMQ announces it unprompted is not confirmed).</li>
 * </ul>
 */
public final class VenusPublisher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VenusPublisher.class.getName());

    /** One write request received on {@code W/}. */
    public record ReceivedWrite(DeviceKey device, String path, String payload) {
    }

    private final MqttSettings settings;
    private final String portalId;
    private final Map<DeviceKey, Map<String, Object>> devices = new ConcurrentSkipListMap<>();
    private final List<ReceivedWrite> writes = new ArrayList<>();
    private final AtomicInteger keepalives = new AtomicInteger();
    private final AtomicInteger fullPublishes = new AtomicInteger();
    private final ScheduledExecutorService announcer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cellwright venus publisher");
        t.setDaemon(true);
        return t;
    });
    private volatile MqttAsyncClient client;
    private volatile long aliveUntil;
    private volatile boolean acceptWrites = true;

    public VenusPublisher(MqttSettings settings, String portalId) {
        this.settings = settings;
        this.portalId = portalId;
        set(new DeviceKey("system", 0), "Serial", portalId);
    }

    public String portalId() {
        return portalId;
    }

    /** Connects to the broker and starts answering keepalives; announces the serial every {@code announceMillis} (0: never). */
    public void start(long announceMillis) throws LiveException {
        for (int attempt = 1;; attempt++) {
            MqttAsyncClient c = MqttClients.create(settings, "venus-" + portalId + "-" + System.nanoTime() % 100000);
            c.setCallback(new Requests());
            try {
                c.connect(MqttClients.options(settings)).waitForCompletion(settings.connectTimeout().toMillis() + 1000);
                client = c;
                c.subscribe(new String[] { "R/" + portalId + "/#", "W/" + portalId + "/#" }, new int[] { 0, 0 })
                        .waitForCompletion(settings.connectTimeout().toMillis());
                break;
            } catch (MqttException e) {
                client = null;
                closeQuietly(c);
                if (attempt < MqttClients.FIRST_CONNECT_ATTEMPTS && MqttClients.droppedRightAway(e)) {
                    LOG.log(Level.INFO, "the broker " + settings.brokerUri() + " dropped the fake GX's connection; trying again");
                    MqttClients.pauseBeforeAttempt(attempt);
                    continue;
                }
                throw MqttClients.explain(settings, e);
            }
        }
        if (announceMillis > 0) {
            announcer.scheduleAtFixedRate(() -> publish(new DeviceKey("system", 0), "Serial", portalId), 0, announceMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether a client sent a keepalive within the last 60 s. */
    public boolean isAlive() {
        return System.currentTimeMillis() < aliveUntil;
    }

    public int keepalivesReceived() {
        return keepalives.get();
    }

    public int fullPublishes() {
        return fullPublishes.get();
    }

    /** Writes received so far. */
    public synchronized List<ReceivedWrite> writes() {
        return List.copyOf(writes);
    }

    /** Whether {@code W/} requests change values (on by default, as on a GX with full control). */
    public void acceptWrites(boolean accept) {
        acceptWrites = accept;
    }

    /** Sets one value ({@code null}: invalid) and publishes it when a client keeps the GX alive. */
    public void set(DeviceKey device, String path, Object value) {
        devices.computeIfAbsent(device, k -> new ConcurrentSkipListMap<>()).put(path, value == null ? NULL : value);
        if (isAlive()) {
            publish(device, path, value);
        }
    }

    /** Sets several values of one device, in order. */
    public void setAll(DeviceKey device, Map<String, ?> values) {
        values.forEach((path, value) -> set(device, path, value));
    }

    /** The device goes away: every one of its topics once with an empty payload. */
    public void removeDevice(DeviceKey device) {
        Map<String, Object> values = devices.remove(device);
        if (values == null) {
            return;
        }
        for (String path : values.keySet()) {
            send(VenusTopics.notification(portalId, device, path), new byte[0]);
        }
    }

    /** Every topic now, then {@code full_publish_completed}, as after a keepalive. */
    public void publishAll() {
        devices.forEach((device, values) -> values.forEach((path, value) -> publish(device, path, value == NULL ? null : value)));
        send("N/" + portalId + "/" + VenusTopics.FULL_PUBLISH_COMPLETED, VenusTopics.valuePayload(System.currentTimeMillis() / 1000));
        fullPublishes.incrementAndGet();
    }

    /** Publishes a raw payload on a topic below {@code N/<id>/} (for tests: garbage). */
    public void publishRaw(String subtopic, byte[] payload) {
        send("N/" + portalId + "/" + subtopic, payload);
    }

    private void publish(DeviceKey device, String path, Object value) {
        send(VenusTopics.notification(portalId, device, path), VenusTopics.valuePayload(value == NULL ? null : value));
    }

    private void send(String topic, byte[] payload) {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected()) {
            return;
        }
        try {
            c.publish(topic, payload, 0, false);
        } catch (MqttException e) {
            LOG.log(Level.WARNING, "publishing {0} failed: {1}", topic, e.getMessage());
        }
    }

    @Override
    public void close() {
        announcer.shutdownNow();
        MqttAsyncClient c = client;
        client = null;
        if (c != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(MqttAsyncClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect(0).waitForCompletion(1000);
            }
            c.close(true);
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "closing the publisher", e);
        }
    }

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Answers R/ and W/ requests as the GX would. */
    private final class Requests implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            LOG.log(Level.WARNING, "the fake GX lost its broker connection: {0}", String.valueOf(cause));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                String[] parts = topic.split("/", 5);
                if (parts[0].equals("R") && parts.length == 3 && parts[2].equals("keepalive")) {
                    keepalive(new String(message.getPayload(), StandardCharsets.UTF_8));
                } else if (parts[0].equals("R") && parts.length >= 3) {
                    read(topic.substring(("R/" + portalId + "/").length()));
                } else if (parts[0].equals("W") && parts.length == 5) {
                    write(new DeviceKey(parts[2], Integer.parseInt(parts[3])), parts[4], message.getPayload());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the fake GX could not handle " + topic, e);
            }
        }

        private void keepalive(String payload) {
            keepalives.incrementAndGet();
            // The GX keeps publishing for 60 s after a keepalive (dbus-flashmq README, "Keep-alive").
            aliveUntil = System.currentTimeMillis() + VenusTopics.KEEPALIVE_TIMEOUT_SECONDS * 1000L;
            if (!payload.contains("suppress-republish")) {
                publishAll();
            }
        }

        private void read(String subtree) {
            Map<String, Object> matches = new LinkedHashMap<>();
            devices.forEach((device, values) -> values.forEach((path, value) -> {
                String name = device.serviceType() + "/" + device.instance() + "/" + path;
                if (name.equals(subtree) || name.startsWith(subtree + "/")) {
                    matches.put(name, value);
                }
            }));
            matches.forEach((name, value) -> send("N/" + portalId + "/" + name, VenusTopics.valuePayload(value == NULL ? null : value)));
        }

        private void write(DeviceKey device, String path, byte[] payload) {
            String text = new String(payload, StandardCharsets.UTF_8);
            synchronized (VenusPublisher.this) {
                writes.add(new ReceivedWrite(device, path, text));
            }
            if (!acceptWrites) {
                return;
            }
            try {
                com.google.gson.JsonElement value = com.google.gson.JsonParser.parseString(text).getAsJsonObject().get("value");
                Object v = value == null || value.isJsonNull() ? null
                        : value.getAsJsonPrimitive().isNumber() ? (Object) value.getAsDouble() : value.getAsString();
                set(device, path, v);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the fake GX ignored a write to {0} {1} with payload {2}", device, path, text);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 0
        }
    }
}
