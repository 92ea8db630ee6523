package io.cellwright.live.venus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.cellwright.live.DeviceKey;

/**
 * The topics and payloads of the Venus OS MQTT scheme (dbus-flashmq, Venus OS 3.20 and later; see
 * shared/domain/venus-os-mqtt.md).
 */
public final class VenusTopics {

    /** Last topic of a full republish: {@code N/<id>/full_publish_completed}. */
    public static final String FULL_PUBLISH_COMPLETED = "full_publish_completed";

    /** Keepalive payload that keeps the session alive without a full republish. */
    public static final String SUPPRESS_REPUBLISH = "{ \"keepalive-options\" : [\"suppress-republish\"] }";

    /**
     * The GX stops publishing 60 s after the last keepalive (dbus-flashmq README, "Keep-alive"); we
     * send one every 30 s, well inside that.
     */
    public static final int KEEPALIVE_TIMEOUT_SECONDS = 60;
    public static final int KEEPALIVE_INTERVAL_SECONDS = 30;

    private VenusTopics() {
    }

    /** {@code N/<id>/#}: everything the GX publishes. */
    public static String notifications(String portalId) {
        return "N/" + portalId + "/#";
    }

    /** Subscribed to find the portal id when none is given (as the older dbus-mqtt published it retained). */
    public static final String PORTAL_ID_DISCOVERY = "N/+/system/0/Serial";

    /** {@code N/<id>/+/+/ProductId}: one message per device after a keepalive (device roundup). */
    public static String productIds(String portalId) {
        return "N/" + portalId + "/+/+/ProductId";
    }

    public static String keepalive(String portalId) {
        return "R/" + portalId + "/keepalive";
    }

    public static String notification(String portalId, DeviceKey device, String path) {
        return "N/" + portalId + "/" + device.serviceType() + "/" + device.instance() + "/" + path;
    }

    public static String write(String portalId, DeviceKey device, String path) {
        return "W/" + portalId + "/" + device.serviceType() + "/" + device.instance() + "/" + path;
    }

    /** The portal id in a topic {@code N/<id>/...}, or {@code null}. */
    public static String portalIdOf(String topic) {
        String[] parts = topic.split("/", 3);
        return parts.length >= 2 && parts[0].equals("N") && !parts[1].isEmpty() ? parts[1] : null;
    }

    /** {@code {"value": 13.21}}, {@code {"value": null}}, {@code {"value": "text"}}. */
    public static byte[] valuePayload(Object value) {
        JsonObject o = new JsonObject();
        if (value == null) {
            o.add("value", com.google.gson.JsonNull.INSTANCE);
        } else if (value instanceof Number n) {
            o.add("value", new JsonPrimitive(n));
        } else if (value instanceof Boolean b) {
            o.add("value", new JsonPrimitive(b ? 1 : 0));
        } else {
            o.add("value", new JsonPrimitive(value.toString()));
        }
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Host of the VRM cloud broker for a portal id: index = sum of the character codes of the lower-cased,
     * trimmed id, modulo 128; host {@code mqtt<index>.victronenergy.com} (dbus-flashmq README, "Determining
     * the broker URL for a given installation"). TLS on port {@link #VRM_PORT}.
     */
    public static String vrmHost(String portalId) {
        int sum = 0;
        for (char c : portalId.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            sum += c;
        }
        return "mqtt" + (sum % 128) + ".victronenergy.com";
    }

    /** TLS port of GX and VRM brokers. */
    public static final int VRM_PORT = 8883;

    /** Client ids and user names must not contain {@code +}, {@code #} or {@code /} (venus-os-mqtt facts, "Broker"). */
    public static void checkName(String what, String name) {
        if (name != null && (name.indexOf('+') >= 0 || name.indexOf('#') >= 0 || name.indexOf('/') >= 0)) {
            throw new IllegalArgumentException(what + " '" + name + "' contains '+', '#' or '/', which Venus OS brokers refuse; choose another");
        }
    }
}
