package io.cellwright.live.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** An MQTT broker a test starts on a free loopback port, can stop and start again on the same port. */
interface TestBroker extends AutoCloseable {

    String url();

    int port();

    void start() throws Exception;

    void stop() throws Exception;

    @Override
    default void close() throws Exception {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Waits until something accepts connections on {@code port}. */
    static void awaitListening(int port, String what) {
        Await.until(what + " listening on port " + port, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
