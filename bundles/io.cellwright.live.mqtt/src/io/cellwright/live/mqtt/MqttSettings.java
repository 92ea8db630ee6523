package io.cellwright.live.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import io.cellwright.live.venus.VenusTopics;

/**
 * How to reach a Venus OS MQTT broker: a GX device on the local network (plain 1883 or TLS 8883) or
 * the VRM cloud broker (host derived from the portal id, TLS, VRM account). Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param brokerUri            {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param portalId             the GX's VRM portal id, or {@code null} to find it on the broker
 * @param user                 user name, or {@code null} for none
 * @param password             password, or {@code null}; never written to a file by Cellwright
 * @param caFile               PEM file with the CA certificate(s) to trust for TLS, or {@code null} for the Java defaults
 * @param hostnameVerification whether TLS checks that the certificate names the host (on unless turned off explicitly)
 */
public record MqttSettings(String brokerUri, String portalId, String user, char[] password, Path caFile, boolean hostnameVerification,
        Duration keepaliveInterval, Duration discoveryTimeout, Duration connectTimeout, Duration reconnectMin, Duration reconnectMax,
        String clientId) {

    public static final int PLAIN_PORT = 1883;

    public MqttSettings {
        VenusTopics.checkName("client id", clientId);
        VenusTopics.checkName("user name", user);
    }

    /** A GX broker at {@code address} ({@code host}, {@code host:port}, {@code tcp://...}, {@code ssl://...}). */
    public static MqttSettings gx(String address) {
        return new MqttSettings(normalize(address), null, null, null, null, true, Duration.ofSeconds(VenusTopics.KEEPALIVE_INTERVAL_SECONDS),
                Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(30),
                "cellwright-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The VRM cloud broker of {@code portalId}: TLS on 8883, host from the portal id, VRM e-mail and password. */
    public static MqttSettings vrm(String portalId, String email, char[] password) {
        if (portalId == null || portalId.isBlank()) {
            throw new IllegalArgumentException("the VRM broker needs the portal id (GX: Settings → VRM online portal → VRM Portal ID)");
        }
        return gx("ssl://" + VenusTopics.vrmHost(portalId) + ":" + VenusTopics.VRM_PORT).withPortalId(portalId.trim()).withUser(email, password);
    }

    /**
     * {@code host} → {@code tcp://host:1883}; {@code mqtt://} → {@code tcp://}; {@code mqtts://} → {@code ssl://}
     * (port 8883 when none is given).
     */
    public static String normalize(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("no broker address given: write host, host:port, tcp://host:1883 or ssl://host:8883");
        }
        String text = address.trim();
        if (!text.contains("://")) {
            text = "tcp://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            scheme = switch (scheme) {
                case "tcp", "mqtt" -> "tcp";
                case "ssl", "tls", "mqtts" -> "ssl";
                default -> throw new IllegalArgumentException("broker address '" + address + "': scheme '" + scheme + "' is not tcp:// (plain) or ssl:// (TLS)");
            };
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("broker address '" + address + "' has no host name");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("ssl") ? VenusTopics.VRM_PORT : PLAIN_PORT;
            String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
            return scheme + "://" + host + ":" + port;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("broker address '" + address + "' is not an address: " + e.getMessage(), e);
        }
    }

    public boolean isTls() {
        return brokerUri.startsWith("ssl://");
    }

    public MqttSettings withPortalId(String id) {
        return new MqttSettings(brokerUri, id, user, password, caFile, hostnameVerification, keepaliveInterval, discoveryTimeout, connectTimeout,
                reconnectMin, reconnectMax, clientId);
    }

    public MqttSettings withUser(String name, char[] secret) {
        return new MqttSettings(brokerUri, portalId, name, secret, caFile, hostnameVerification, keepaliveInterval, discoveryTimeout,
                connectTimeout, reconnectMin, reconnectMax, clientId);
    }

    public MqttSettings withTls(Path ca, boolean verifyHostname) {
        return new MqttSettings(brokerUri, portalId, user, password, ca, verifyHostname, keepaliveInterval, discoveryTimeout, connectTimeout,
                reconnectMin, reconnectMax, clientId);
    }

    public MqttSettings withTimings(Duration keepalive, Duration discovery, Duration connect, Duration retryMin, Duration retryMax) {
        return new MqttSettings(brokerUri, portalId, user, password, caFile, hostnameVerification, keepalive, discovery, connect, retryMin,
                retryMax, clientId);
    }

    public MqttSettings withClientId(String id) {
        return new MqttSettings(brokerUri, portalId, user, password, caFile, hostnameVerification, keepaliveInterval, discoveryTimeout,
                connectTimeout, reconnectMin, reconnectMax, id);
    }

    @Override
    public String toString() {
        // Never the password.
        return brokerUri + (portalId == null ? "" : ", portal " + portalId) + (user == null ? "" : ", user " + user);
    }
}
