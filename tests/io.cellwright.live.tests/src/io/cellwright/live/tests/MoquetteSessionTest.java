package io.cellwright.live.tests;

import java.nio.file.Path;

/** The live-connection contract against the embedded Moquette broker. */
class MoquetteSessionTest extends VenusSessionContract {

    @Override
    TestBroker startBroker(Path folder) throws Exception {
        return new MoquetteBroker(folder);
    }
}
