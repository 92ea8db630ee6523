package io.cellwright.live;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The devices a live source reports and their last values. Protocol-neutral: the MQTT connection,
 * a replayed session and the Bluetooth Instant Readout decoder all feed it. Thread-safe: one source
 * thread writes, any thread reads snapshots; listeners run on the writing thread and must hop to
 * their own thread (the UI does) rather than block it.
 */
public final class LiveModel {

    private static final System.Logger LOG = System.getLogger(LiveModel.class.getName());

    /** What changed. */
    public enum Kind {
        /** A device was seen for the first time (its first value follows as a {@link #VALUE}). */
        DEVICE_ADDED,
        /** A value arrived (possibly equal to the previous one). */
        VALUE,
        /** The device is gone (Venus OS: its topics arrived with empty payloads). */
        DEVICE_REMOVED,
        /** The source has sent everything it has (Venus OS: {@code full_publish_completed}). */
        FULL_PUBLISH_COMPLETED,
        /** A message could not be understood and was skipped. */
        SKIPPED
    }

    /** One change; {@code device} and {@code value} are {@code null} where the kind has none. */
    public record Change(Kind kind, DeviceKey device, LiveValue value, String detail) {
    }

    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final Map<DeviceKey, Map<String, LiveValue>> devices = new ConcurrentSkipListMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private volatile Instant lastFullPublish;
    private volatile String lastSkipped;

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Stores a value; {@code value} {@code null} means the device says it is invalid. */
    public void update(DeviceKey device, String path, Object value, Double min, Double max) {
        received.incrementAndGet();
        LiveValue live = new LiveValue(path, value, min, max, Instant.now());
        Map<String, LiveValue> values = devices.get(device);
        if (values == null) {
            values = new ConcurrentHashMap<>();
            Map<String, LiveValue> before = devices.putIfAbsent(device, values);
            if (before != null) {
                values = before;
            } else {
                fire(new Change(Kind.DEVICE_ADDED, device, null, null));
            }
        }
        values.put(path, live);
        fire(new Change(Kind.VALUE, device, live, null));
    }

    /** Forgets a device that went away; returns whether it was known. */
    public boolean removeDevice(DeviceKey device) {
        received.incrementAndGet();
        if (devices.remove(device) == null) {
            return false;
        }
        fire(new Change(Kind.DEVICE_REMOVED, device, null, null));
        return true;
    }

    public void fullPublishCompleted(String detail) {
        received.incrementAndGet();
        lastFullPublish = Instant.now();
        fire(new Change(Kind.FULL_PUBLISH_COMPLETED, null, null, detail));
    }

    /** Counts and logs a message that could not be understood; the source goes on with the next one. */
    public void skipped(String reason) {
        skipped.incrementAndGet();
        lastSkipped = reason;
        LOG.log(Level.WARNING, "skipped a live message: {0}", reason);
        fire(new Change(Kind.SKIPPED, null, null, reason));
    }

    /** Forgets everything (a new session). */
    public void clear() {
        for (DeviceKey key : new ArrayList<>(devices.keySet())) {
            removeDevice(key);
        }
    }

    /** Snapshot of every device, ordered by service type and instance. */
    public List<LiveDevice> devices() {
        List<LiveDevice> result = new ArrayList<>();
        devices.forEach((key, values) -> result.add(new LiveDevice(key, values)));
        return result;
    }

    /** Snapshot of one device, or {@code null} when it is not (or no longer) present. */
    public LiveDevice device(DeviceKey key) {
        Map<String, LiveValue> values = devices.get(key);
        return values == null ? null : new LiveDevice(key, values);
    }

    public long skippedCount() {
        return skipped.get();
    }

    public String lastSkipped() {
        return lastSkipped;
    }

    public long receivedCount() {
        return received.get();
    }

    /** When the source last said it had sent everything, or {@code null}. */
    public Instant lastFullPublish() {
        return lastFullPublish;
    }

    private void fire(Change change) {
        for (Listener listener : listeners) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a live model listener failed on " + change, e);
            }
        }
    }
}
