package io.cellwright.live.tests;

import java.nio.file.Path;
import java.util.Properties;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/** The embedded Moquette broker (tests only), as io.cellwright.platform.tests starts it. */
final class MoquetteBroker implements TestBroker {

    private final Path dir;
    private final int port;
    private Server server;

    MoquetteBroker(Path dir) throws Exception {
        this.dir = dir;
        this.port = TestBroker.freePort();
        start();
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
    public void start() throws Exception {
        Properties props = new Properties();
        props.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        props.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        props.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        props.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        props.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dir.toString());
        props.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        server = new Server();
        server.startServer(new MemoryConfig(props));
        TestBroker.awaitListening(port, "Moquette");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }
}
