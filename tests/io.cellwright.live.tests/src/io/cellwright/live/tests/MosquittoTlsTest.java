package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.live.LiveException;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.VenusMqttConnection;

/**
 * TLS as a GX or the VRM broker speaks it (port 8883 style), against Debian's mosquitto with a CA and a
 * server certificate made by openssl for this test: the certificate is checked against the CA file, and the
 * host name against the certificate unless the user turns that off.
 */
class MosquittoTlsTest {

    private static final String PORTAL = "c0619ab0c0de";

    @TempDir
    Path dir;
    private Process broker;
    private int port;

    @BeforeEach
    void startTlsBroker() throws Exception {
        // The server certificate names "gx.local" and 127.0.0.1, not "localhost".
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Cellwright test CA", "-keyout", "ca.key", "-out", "ca.pem");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=gx.local", "-keyout", "server.key", "-out", "server.csr");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:gx.local,IP:127.0.0.1\n", StandardCharsets.UTF_8);
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.pem");
        // mosquitto started as root reads its key after dropping to its own user: let it read this test-only key.
        for (Path path : List.of(dir, dir.resolve("ca.pem"), dir.resolve("server.pem"), dir.resolve("server.key"))) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        port = TestBroker.freePort();
        Files.writeString(dir.resolve("mosquitto.conf"), "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "cafile " + dir.resolve("ca.pem") + "\ncertfile " + dir.resolve("server.pem") + "\nkeyfile " + dir.resolve("server.key") + "\n"
                + "log_dest file " + dir.resolve("mosquitto.log") + "\n", StandardCharsets.UTF_8);
        broker = new ProcessBuilder(MosquittoBroker.binary(), "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        Await.until("mosquitto (TLS) to listen on " + port, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @AfterEach
    void stopBroker() throws Exception {
        if (broker != null) {
            broker.destroy();
            broker.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl " + String.join(" ", args) + " failed: " + out);
    }

    private MqttSettings settings(String host) {
        return MqttSettings.gx("ssl://" + host + ":" + port).withPortalId(PORTAL)
                .withTimings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    @Test
    void aCertificateFromTheGivenCaForThisHostConnects() throws Exception {
        MqttSettings settings = settings("127.0.0.1").withTls(dir.resolve("ca.pem"), true);
        assertTrue(settings.hostnameVerification(), "host name verification is on unless turned off");
        try (VenusMqttConnection live = new VenusMqttConnection(settings)) {
            live.connect();
            assertTrue(live.isConnected());
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedUnlessVerificationIsTurnedOff() throws Exception {
        // "localhost" resolves to 127.0.0.1, but the certificate names gx.local and 127.0.0.1 only.
        try (VenusMqttConnection live = new VenusMqttConnection(settings("localhost").withTls(dir.resolve("ca.pem"), true))) {
            LiveException e = assertThrows(LiveException.class, live::connect);
            assertTrue(e.getMessage().contains("TLS with ssl://localhost:" + port + " failed") || e.getMessage().contains("ssl://localhost:" + port),
                    e.getMessage());
            assertTrue(!live.isConnected());
        }
        try (VenusMqttConnection live = new VenusMqttConnection(settings("localhost").withTls(dir.resolve("ca.pem"), false))) {
            live.connect();
            assertTrue(live.isConnected(), "with host name verification turned off the same certificate is accepted");
        }
    }

    @Test
    void aServerWhoseCaIsNotTrustedIsRefused() throws Exception {
        try (VenusMqttConnection live = new VenusMqttConnection(settings("127.0.0.1"))) {
            LiveException e = assertThrows(LiveException.class, live::connect);
            assertEquals(false, live.isConnected(), e.getMessage());
        }
    }
}
