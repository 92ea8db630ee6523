package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
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
    private final ClientSessionManager sessions;
    /** Builds the graph after outside changes off the caller's thread (the display thread must not wait for GLSP's model lock). */
    private final ExecutorService updates = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Cellwright diagram update");
        thread.setDaemon(true);
        return thread;
    });
    private final MessageJsonHandler jsonHandler;
    private final RemoteEndpoint endpoint;

    public InProcessGlspConnection(DesignSource source, Consumer<String> toClient) {
        Injector injector = Guice.createInjector(new ServerModule().configureDiagramModule(new WiringDiagramModule(source)));
        server = injector.getInstance(GLSPServer.class);
        sessions = injector.getInstance(ClientSessionManager.class);
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

    /**
     * Re-sends the graph (and the dirty state) to the client after the design or its notation changed
     * outside the diagram: the tree editor, the Properties view, the workbench's Undo. Returns at once;
     * the graph is built on a thread of its own (reading the design on the model thread) and sent on
     * GLSP's action thread. Does nothing before the client asked for the model.
     */
    public CompletableFuture<Void> modelChanged() {
        return CompletableFuture.runAsync(this::resubmit, updates);
    }

    private void resubmit() {
        for (ClientSession session : sessions.getSessionsByType(WiringTypes.DIAGRAM_TYPE)) {
            ModelSubmissionHandler submission = session.getInjector().getInstance(ModelSubmissionHandler.class);
            GModelState state = session.getInjector().getInstance(GModelState.class);
            if (state.getRoot() == null) {
                continue;
            }
            List<Action> actions = new ArrayList<>(submission.submitModel());
            session.getActionDispatcher().dispatchAll(actions);
        }
    }

    @Override
    public void close() {
        updates.shutdownNow();
        server.shutdown();
    }
}
