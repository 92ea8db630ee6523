package io.cellwright.live.venus;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveModel;

/**
 * Turns Venus OS notifications ({@code N/<portal id>/<service>/<instance>/<path>}, JSON payload
 * {@code {"value": ...}}) into changes of a {@link LiveModel}. Rules (venus-os-mqtt facts, "Topics"):
 * {@code {"value": null}} is an invalid value; an EMPTY payload means the device is gone;
 * {@code N/<id>/full_publish_completed} ends a full republish. A message that cannot be understood is
 * logged and skipped; the next one is read as usual.
 */
public final class VenusIngest {

    private static final int MAX_SHOWN = 80;

    private final LiveModel model;
    private volatile String portalId;

    /** @param portalId only notifications of this portal are taken; {@code null} takes any */
    public VenusIngest(LiveModel model, String portalId) {
        this.model = model;
        this.portalId = portalId;
    }

    public LiveModel model() {
        return model;
    }

    public void portalId(String id) {
        this.portalId = id;
    }

    /** Reads one message; never throws for bad input. */
    public void accept(String topic, byte[] payload) {
        String[] parts = topic.split("/", 5);
        if (parts.length < 3 || !parts[0].equals("N")) {
            return; // R/ and W/ requests, or another application's topics: not ours to read
        }
        String portal = portalId;
        if (portal != null && !parts[1].equals(portal)) {
            return;
        }
        if (parts.length == 3) {
            if (parts[2].equals(VenusTopics.FULL_PUBLISH_COMPLETED)) {
                model.fullPublishCompleted(text(payload));
            }
            return;
        }
        if (parts.length < 5 || parts[4].isEmpty()) {
            model.skipped("topic " + topic + " has no D-Bus path (expected N/<portal id>/<service>/<instance>/<path>)");
            return;
        }
        DeviceKey device;
        try {
            device = new DeviceKey(parts[2], Integer.parseInt(parts[3]));
        } catch (IllegalArgumentException e) {
            model.skipped("topic " + topic + ": device instance '" + parts[3] + "' is not a number");
            return;
        }
        if (payload == null || payload.length == 0) {
            model.removeDevice(device);
            return;
        }
        readValue(topic, device, parts[4], payload);
    }

    private void readValue(String topic, DeviceKey device, String path, byte[] payload) {
        JsonObject object;
        try {
            JsonElement element = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
            if (!element.isJsonObject() || !element.getAsJsonObject().has("value")) {
                model.skipped("topic " + topic + ": payload " + shown(payload) + " is not {\"value\": ...}");
                return;
            }
            object = element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            model.skipped("topic " + topic + ": payload " + shown(payload) + " is not JSON");
            return;
        }
        model.update(device, path, value(object.get("value")), limit(object, "min"), limit(object, "max"));
    }

    private static Object value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            JsonPrimitive p = element.getAsJsonPrimitive();
            if (p.isNumber()) {
                return p.getAsDouble();
            }
            if (p.isBoolean()) {
                return p.getAsBoolean() ? 1.0 : 0.0;
            }
            return p.getAsString();
        }
        return element.toString(); // arrays and objects are kept as their JSON text
    }

    private static Double limit(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : null;
    }

    private static String text(byte[] payload) {
        return payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
    }

    private static String shown(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
        return "'" + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text) + "'";
    }
}
