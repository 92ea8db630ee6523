package io.cellwright.live.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import io.cellwright.live.LiveException;

/** Paho client set-up shared by the connection and the publisher: options, TLS, and errors in plain words. */
final class MqttClients {

    private MqttClients() {
    }

    static MqttAsyncClient create(MqttSettings settings, String clientId) throws LiveException {
        try {
            return new MqttAsyncClient(settings.brokerUri(), clientId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new LiveException("broker address " + settings.brokerUri() + " cannot be used: " + e.getMessage(), e);
        }
    }

    static MqttConnectOptions options(MqttSettings settings) throws LiveException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // what Venus OS brokers speak
        options.setCleanSession(true);
        options.setAutomaticReconnect(false); // we reconnect ourselves, to resubscribe and send a keepalive
        options.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
        options.setKeepAliveInterval(30);
        options.setMaxInflight(1000);
        if (settings.user() != null && !settings.user().isEmpty()) {
            options.setUserName(settings.user());
            if (settings.password() != null) {
                options.setPassword(settings.password());
            }
        }
        if (settings.isTls()) {
            options.setSocketFactory(tls(settings).getSocketFactory());
            options.setHttpsHostnameVerificationEnabled(settings.hostnameVerification());
        }
        return options;
    }

    private static SSLContext tls(MqttSettings settings) throws LiveException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (settings.caFile() == null) {
                trust.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(settings.caFile())) {
                    certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                }
                if (certificates.isEmpty()) {
                    throw new LiveException("CA file " + settings.caFile() + " holds no certificate; give a PEM file such as venus-ca.crt");
                }
                int i = 0;
                for (Certificate certificate : certificates) {
                    store.setCertificateEntry("ca" + i++, certificate);
                }
                trust.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new LiveException("cannot read the CA file " + settings.caFile() + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new LiveException("cannot set up TLS with " + (settings.caFile() == null ? "the Java trust store" : "CA file " + settings.caFile())
                    + ": " + e.getMessage(), e);
        }
    }

    /** How often a first connect is tried when the broker drops the connection it has just accepted. */
    static final int FIRST_CONNECT_ATTEMPTS = 4;

    /**
     * Whether a failed connect is worth another try: the broker accepted the TCP connection and closed it
     * before its CONNACK (seen with Moquette under load, and what a GX does while FlashMQ restarts). A refusal,
     * a timeout or an unreachable host is not retried.
     */
    static boolean droppedRightAway(Throwable e) {
        Throwable t = e instanceof LiveException && e.getCause() != null ? e.getCause() : e;
        return t instanceof MqttException m && m.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST;
    }

    /** Waits a little longer after each dropped attempt. */
    static void pauseBeforeAttempt(int attempt) throws LiveException {
        try {
            Thread.sleep(500L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LiveException("interrupted while connecting");
        }
    }

    /** Says in plain words why connecting to the broker failed, and what to do. */
    static LiveException explain(MqttSettings settings, MqttException e) {
        String broker = "broker " + settings.brokerUri();
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && !(cause instanceof SSLException) && !(cause instanceof ConnectException)
                && !(cause instanceof UnknownHostException)) {
            cause = cause.getCause();
        }
        String message = switch (e.getReasonCode()) {
            case MqttException.REASON_CODE_FAILED_AUTHENTICATION, MqttException.REASON_CODE_NOT_AUTHORIZED ->
                broker + " refused the user name or password. Check them (VRM broker: your VRM e-mail and password or token).";
            case MqttException.REASON_CODE_INVALID_CLIENT_ID -> broker + " refused the client id " + settings.clientId() + ".";
            case MqttException.REASON_CODE_CLIENT_TIMEOUT -> broker + " did not answer within " + settings.connectTimeout().toSeconds()
                + " s. Check the address and that MQTT is on at the GX (Settings → Services → MQTT).";
            default -> {
                if (cause instanceof ConnectException) {
                    yield "cannot reach " + broker + ": " + cause.getMessage()
                            + ". Check the address and port, and that MQTT is on at the GX (Settings → Services → MQTT).";
                }
                if (cause instanceof UnknownHostException) {
                    yield "cannot reach " + broker + ": unknown host " + cause.getMessage() + ". Check the host name.";
                }
                if (cause instanceof SSLException) {
                    yield "TLS with " + broker + " failed: " + cause.getMessage()
                            + ". Check the CA file (--ca-file) and that the certificate names this host.";
                }
                yield "cannot connect to " + broker + ": " + e.getMessage() + (cause != null && cause != e ? " (" + cause + ")" : "") + ".";
            }
        };
        return new LiveException(message, e);
    }
}
