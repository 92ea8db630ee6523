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

    /**
     * Waits until the broker on {@code port} answers an MQTT 3.1.1 CONNECT with a CONNACK that accepts it:
     * a listening socket alone is not enough, a broker that is still starting may close a connection it has
     * just accepted.
     */
    static void awaitListening(int port, String what) {
        Await.until(what + " accepting MQTT connections on port " + port, () -> answersConnect(port));
    }

    private static boolean answersConnect(int port) {
        byte[] clientId = "cw-probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream packet = new java.io.ByteArrayOutputStream();
        packet.write(0x10); // CONNECT
        packet.write(10 + 2 + clientId.length); // remaining length (< 128)
        packet.writeBytes(new byte[] { 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 10 }); // level 4, clean session, keepalive 10 s
        packet.write(0);
        packet.write(clientId.length);
        packet.writeBytes(clientId);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.setSoTimeout(2000);
            s.getOutputStream().write(packet.toByteArray());
            byte[] connack = s.getInputStream().readNBytes(4);
            boolean accepted = connack.length == 4 && connack[0] == 0x20 && connack[1] == 2 && connack[3] == 0;
            if (accepted) {
                s.getOutputStream().write(new byte[] { (byte) 0xE0, 0 }); // DISCONNECT
            }
            return accepted;
        } catch (IOException e) {
            return false;
        }
    }
}
