package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's mosquitto, started as our own process on a free loopback port with a temporary
 * configuration (not the system service). When mosquitto is not installed the test fails with the
 * command to install it: CI installs it (./test.sh does, see releng/scripts/common.sh).
 */
final class MosquittoBroker implements TestBroker {

    private final Path dir;
    private final int port;
    private final Path config;
    private Process process;

    MosquittoBroker(Path dir) throws Exception {
        this.dir = dir;
        this.port = TestBroker.freePort();
        this.config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\nlog_dest file "
                + dir.resolve("mosquitto.log") + "\n", StandardCharsets.UTF_8);
        start();
    }

    /** The mosquitto binary, or a failed test saying how to install it. */
    static String binary() {
        for (String candidate : new String[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto", "/usr/local/bin/mosquitto" }) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "mosquitto"))) {
                return Path.of(folder, "mosquitto").toString();
            }
        }
        return fail("mosquitto is not installed, so the interoperability test cannot run. Install it: sudo apt-get install mosquitto "
                + "(./test.sh installs it when it runs as root)");
    }

    @Override
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() throws IOException {
        process = new ProcessBuilder(binary(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        Await.until("mosquitto to listen on " + port, () -> {
            if (!process.isAlive()) {
                fail("mosquitto exited at start with " + process.exitValue() + ": " + read("mosquitto.out") + read("mosquitto.log"));
            }
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private String read(String name) {
        try {
            return Files.exists(dir.resolve(name)) ? Files.readString(dir.resolve(name)) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            process = null;
        }
    }
}
