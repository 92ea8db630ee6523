package io.cellwright.diagram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A GLSP server for one diagram that talks JSON-RPC through whole JSON strings instead of a socket:
 * the steps of GLSP's socket launcher, with {@link #receive(String)} for what the client sends and a
 * sink for what the server sends back. The caller carries the strings across (in the workbench: an SWT
 * BrowserFunction one way, Browser.execute the other). Messages to the sink come from GLSP's own threads.
 */
public final class InProcessGlspConnection implements AutoCloseable {

    private final GLSPServer server;
    private final MessageJsonHandler jsonHandler;
    private final RemoteEndpoint endpoint;

    public InProcessGlspConnection(DesignSource source, Consumer<String> toClient) {
        Injector injector = Guice.createInjector(new ServerModule().configureDiagramModule(new WiringDiagramModule(source)));
        server = injector.getInstance(GLSPServer.class);
        ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
        jsonHandler = new MessageJsonHandler(methods, gson::configureGsonBuilder);
        endpoint = new RemoteEndpoint(message -> toClient.accept(jsonHandler.serialize(message)), ServiceEndpoints.toEndpoint(server));
        jsonHandler.setMethodProvider(endpoint);
        server.connect(ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));
    }

    /** Handles one JSON-RPC message from the client (a request, a notification or a response). */
    public void receive(String json) {
        Message message = jsonHandler.parseMessage(json);
        endpoint.consume(message);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
