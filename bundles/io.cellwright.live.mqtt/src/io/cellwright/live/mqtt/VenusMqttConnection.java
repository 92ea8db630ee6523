package io.cellwright.live.mqtt;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

import io.cellwright.live.AbstractLiveConnection;
import io.cellwright.live.ConnectionState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.WriteGuard;
import io.cellwright.live.session.SessionRecorder;
import io.cellwright.live.venus.VenusIngest;
import io.cellwright.live.venus.VenusTopics;

/**
 * A live connection to a Venus OS MQTT broker (a GX device or the VRM cloud broker), on Eclipse Paho
 * (MQTT 3.1.1). What it does, after the facts in shared/domain/venus-os-mqtt.md:
 * <ol>
 * <li>connects (clean session), finds the portal id when none is given ({@code N/+/system/0/Serial});</li>
 * <li>subscribes to {@code N/<portal id>/#} and waits for the broker's acknowledgement;</li>
 * <li>sends a keepalive with an empty payload ({@code R/<id>/keepalive}: the GX republishes everything and
 * ends with {@code full_publish_completed}), then every {@link MqttSettings#keepaliveInterval()} a keepalive
 * with {@code suppress-republish}, well inside the GX's 60 s timeout;</li>
 * <li>after a lost connection (broker restart, network) retries with doubling pauses, and on success
 * subscribes and sends a full keepalive again.</li>
 * </ol>
 * Messages go through {@link VenusIngest} into the {@link LiveModel}; garbage is logged and skipped.
 * Nothing here blocks a caller except {@link #connect()}.
 */
public final class VenusMqttConnection extends AbstractLiveConnection {

    private static final System.Logger LOG = System.getLogger(VenusMqttConnection.class.getName());

    private final MqttSettings settings;
    private final VenusIngest ingest;
    private final ScheduledExecutorService scheduler;
    private volatile String portalId;
    private volatile MqttAsyncClient client;
    private volatile boolean wanted;
    private volatile CompletableFuture<String> discovery;
    private volatile SessionRecorder recorder;
    private ScheduledFuture<?> keepalive;
    private ScheduledFuture<?> retry;
    private int attempts;
    private long sessions;

    public VenusMqttConnection(MqttSettings settings) {
        this(settings, new LiveModel());
    }

    public VenusMqttConnection(MqttSettings settings, LiveModel model) {
        super(model, settings.toString());
        this.settings = settings;
        this.portalId = settings.portalId();
        this.ingest = new VenusIngest(model, portalId);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cellwright mqtt " + settings.brokerUri());
            t.setDaemon(true);
            return t;
        });
    }

    public MqttSettings settings() {
        return settings;
    }

    /** The portal id in use (given, or found on the broker), or {@code null} before it is known. */
    public String portalId() {
        return portalId;
    }

    /** How many times a session (subscribe + full keepalive) was set up: 1 after connecting, +1 per reconnection. */
    public synchronized long sessions() {
        return sessions;
    }

    @Override
    public String describe() {
        return settings.brokerUri() + (portalId == null ? "" : ", portal " + portalId);
    }

    @Override
    public void connect() throws LiveException {
        synchronized (this) {
            if (state() == ConnectionState.CLOSED) {
                throw new LiveException("this connection is closed; make a new one");
            }
            if (wanted) {
                return;
            }
            wanted = true;
        }
        setState(ConnectionState.CONNECTING, null);
        for (int attempt = 1;; attempt++) {
            try {
                openSession();
                return;
            } catch (LiveException e) {
                if (attempt < MqttClients.FIRST_CONNECT_ATTEMPTS && MqttClients.droppedRightAway(e)) {
                    MqttClients.pauseBeforeAttempt(attempt);
                    continue;
                }
                synchronized (this) {
                    wanted = false;
                }
                dropClient();
                setState(ConnectionState.DISCONNECTED, e.getMessage());
                throw e;
            }
        }
    }

    /** Connects the Paho client, finds the portal id, subscribes and sends the first keepalive. */
    private void openSession() throws LiveException {
        dropClient();
        MqttAsyncClient c = MqttClients.create(settings, settings.clientId());
        c.setCallback(new Callback(c));
        client = c;
        try {
            c.connect(MqttClients.options(settings)).waitForCompletion(settings.connectTimeout().toMillis() + 1000);
            if (portalId == null) {
                discoverPortalId(c);
            }
            c.subscribe(VenusTopics.notifications(portalId), 0).waitForCompletion(settings.connectTimeout().toMillis());
            sendKeepalive(c, false);
        } catch (MqttException e) {
            throw MqttClients.explain(settings, e);
        }
        synchronized (this) {
            if (!wanted) {
                dropClient();
                return;
            }
            sessions++;
            attempts = 0;
            long period = settings.keepaliveInterval().toMillis();
            keepalive = scheduler.scheduleAtFixedRate(this::keepalive, period, period, TimeUnit.MILLISECONDS);
        }
        setState(ConnectionState.CONNECTED, null);
    }

    private void discoverPortalId(MqttAsyncClient c) throws MqttException, LiveException {
        CompletableFuture<String> found = new CompletableFuture<>();
        discovery = found;
        c.subscribe(VenusTopics.PORTAL_ID_DISCOVERY, 0).waitForCompletion(settings.connectTimeout().toMillis());
        try {
            String id = found.get(settings.discoveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
            portalId = id;
            ingest.portalId(id);
        } catch (TimeoutException e) {
            throw new LiveException("no GX announced its portal id on " + settings.brokerUri() + " within " + settings.discoveryTimeout().toSeconds()
                    + " s. Enter the portal id (GX: Settings → VRM online portal → VRM Portal ID).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveException("interrupted while looking for the portal id");
        } catch (ExecutionException e) {
            throw new LiveException("looking for the portal id failed: " + e.getCause(), e.getCause());
        } finally {
            discovery = null;
            c.unsubscribe(VenusTopics.PORTAL_ID_DISCOVERY);
        }
    }

    private void sendKeepalive(MqttAsyncClient c, boolean suppressRepublish) throws MqttException {
        byte[] payload = suppressRepublish ? VenusTopics.SUPPRESS_REPUBLISH.getBytes(StandardCharsets.UTF_8) : new byte[0];
        c.publish(VenusTopics.keepalive(portalId), payload, 0, false);
    }

    private void keepalive() {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected()) {
            return;
        }
        try {
            sendKeepalive(c, true);
        } catch (MqttException e) {
            LOG.log(Level.WARNING, "keepalive to {0} failed: {1}", settings.brokerUri(), e.getMessage());
        }
    }

    /** Asks the GX to republish everything now (a keepalive without {@code suppress-republish}). */
    public void refresh() throws LiveException {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected() || portalId == null) {
            throw new LiveException("not connected to " + settings.brokerUri());
        }
        try {
            sendKeepalive(c, false);
        } catch (MqttException e) {
            throw MqttClients.explain(settings, e);
        }
    }

    private void lost(MqttAsyncClient c, Throwable cause) {
        synchronized (this) {
            if (c != client || !wanted) {
                return;
            }
            cancelKeepalive();
        }
        String why = cause == null ? "connection lost" : cause.getMessage() != null ? cause.getMessage() : cause.toString();
        LOG.log(Level.WARNING, "lost the connection to {0}: {1}; reconnecting", settings.brokerUri(), why);
        scheduleRetry("connection lost (" + why + ")");
    }

    private synchronized void scheduleRetry(String why) {
        if (!wanted || scheduler.isShutdown()) {
            return;
        }
        long min = settings.reconnectMin().toMillis();
        long delay = Math.min(settings.reconnectMax().toMillis(), min << Math.min(attempts, 16));
        attempts++;
        retry = scheduler.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
        String detail = why + "; retry " + attempts + " in " + (delay < 1000 ? delay + " ms" : delay / 1000 + " s");
        scheduler.execute(() -> setState(ConnectionState.RECONNECTING, detail));
    }

    private void reconnect() {
        if (!wanted) {
            return;
        }
        try {
            openSession();
            LOG.log(Level.INFO, "reconnected to {0}", settings.brokerUri());
        } catch (LiveException e) {
            dropClient();
            scheduleRetry(e.getMessage());
        }
    }

    @Override
    public void disconnect() {
        synchronized (this) {
            wanted = false;
            cancelKeepalive();
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
        }
        dropClient();
        setState(ConnectionState.DISCONNECTED, null);
    }

    private void cancelKeepalive() {
        if (keepalive != null) {
            keepalive.cancel(false);
            keepalive = null;
        }
    }

    private void dropClient() {
        MqttAsyncClient c = client;
        client = null;
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(0).waitForCompletion(1000);
            }
        } catch (MqttException e) {
            // going away anyway
        }
        try {
            c.disconnectForcibly(0, 0, false);
        } catch (MqttException e) {
            // not connected
        }
        try {
            c.close(true);
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "closing the Paho client", e);
        }
    }

    @Override
    public WriteGuard.Outcome write(DeviceKey device, String path, Object value) throws LiveException {
        WriteGuard.Outcome outcome = writeGuard().check(device, path, value);
        if (outcome != WriteGuard.Outcome.SENT) {
            return outcome;
        }
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected() || portalId == null) {
            writeGuard().failed(device, path, value, "not connected");
            throw new LiveException("not connected to " + settings.brokerUri() + "; the write was not sent");
        }
        try {
            // Never retained (dbus-flashmq README, "Write requests").
            c.publish(VenusTopics.write(portalId, device, path), VenusTopics.valuePayload(value), 0, false);
            return outcome;
        } catch (MqttException e) {
            writeGuard().failed(device, path, value, e.getMessage());
            throw MqttClients.explain(settings, e);
        }
    }

    /** Records every message from now on to {@code file} (a new file) until {@link #stopRecording()}. */
    public void record(Path file) throws LiveException {
        try {
            stopRecording();
            recorder = new SessionRecorder(file, describe());
        } catch (IOException e) {
            throw new LiveException("cannot record to " + file + ": " + e.getMessage()
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? " (it exists; choose a new name)" : ""), e);
        }
    }

    public void stopRecording() throws IOException {
        SessionRecorder r = recorder;
        recorder = null;
        if (r != null) {
            r.close();
        }
    }

    @Override
    public void close() {
        disconnect();
        scheduler.shutdownNow();
        try {
            stopRecording();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the session recording failed: {0}", e.getMessage());
        }
        setState(ConnectionState.CLOSED, null);
    }

    /** Paho callbacks of one client; never throws (an exception would make Paho drop the connection). */
    private final class Callback implements MqttCallback {
        private final MqttAsyncClient owner;

        Callback(MqttAsyncClient owner) {
            this.owner = owner;
        }

        @Override
        public void connectionLost(Throwable cause) {
            lost(owner, cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                CompletableFuture<String> looking = discovery;
                if (looking != null && topic.endsWith("/system/0/Serial")) {
                    String id = VenusTopics.portalIdOf(topic);
                    if (id != null) {
                        looking.complete(id);
                    }
                    return;
                }
                SessionRecorder r = recorder;
                if (r != null) {
                    r.record(topic, message.getPayload());
                }
                ingest.accept(topic, message.getPayload());
            } catch (IOException | RuntimeException e) {
                model().skipped("topic " + topic + ": " + e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 0: nothing to track
        }
    }
}
