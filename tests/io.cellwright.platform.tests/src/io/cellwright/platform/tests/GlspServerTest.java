package io.cellwright.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** The GLSP server's Guice wiring, its graph model and log4j work inside Equinox. */
class GlspServerTest {

    @Test
    void guiceBuildsTheGlspServer() {
        Injector injector = Guice.createInjector(new ServerModule());
        GLSPServer server = injector.getInstance(GLSPServer.class);
        assertInstanceOf(DefaultGLSPServer.class, server);
    }

    @Test
    void graphModelRoundTripsThroughGlspGson() {
        GNode node = new GNodeBuilder("node:bms").id("bms-1").position(20, 40).size(160, 90).build();
        GGraph graph = new GGraphBuilder("graph").id("design").add(node).build();
        Gson gson = new GraphGsonConfigurator().withDefaultTypes().configureGsonBuilder(new GsonBuilder()).create();
        String json = gson.toJson(graph);
        assertTrue(json.contains("\"bms-1\""), json);
        GGraph back = gson.fromJson(json, GGraph.class);
        GNode backNode = (GNode) back.getChildren().get(0);
        assertEquals("node:bms", backNode.getType());
        assertEquals(160, backNode.getSize().getWidth(), 1e-9);
    }

    @Test
    void log4jFindsItsCoreThroughSpiFly() {
        // log4j-api finds log4j-core with ServiceLoader, which in OSGi needs SPI Fly weaving; on Java 25
        // that weaving needs ASM 9.8 (platform-notes.md). Without it this is log4j's SimpleLoggerContext.
        assertInstanceOf(org.apache.logging.log4j.core.LoggerContext.class, LogManager.getContext(false));
    }
}
