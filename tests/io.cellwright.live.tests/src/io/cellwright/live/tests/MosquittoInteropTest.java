package io.cellwright.live.tests;

import java.nio.file.Path;

/**
 * Interoperability: the live-connection contract against Debian's mosquitto, a real broker, started
 * on a free loopback port. Fails (does not skip) when mosquitto is missing: CI installs it.
 */
class MosquittoInteropTest extends VenusSessionContract {

    @Override
    TestBroker startBroker(Path folder) throws Exception {
        return new MosquittoBroker(folder);
    }
}
