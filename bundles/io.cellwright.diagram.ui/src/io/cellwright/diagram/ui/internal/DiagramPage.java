package io.cellwright.diagram.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EventObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;

import io.cellwright.design.AtomicFiles;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramEdits;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.InProcessGlspConnection;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.ui.editor.DesignPage;
import io.cellwright.ui.editor.DesignPageHost;

/**
 * The "Diagram" page of the design editor: the GLSP diagram client in an SWT Browser, talking to a GLSP
 * server in this process (no socket), over the editor's design. The diagram's edits are EMF commands run
 * on the editor's one command stack on the display thread (GLSP calls from its own threads); changes made
 * elsewhere (tree, Properties view, Undo) make the client fetch the model again. Selections go both ways
 * by element id (the graph's ids are the design's ids).
 */
public final class DiagramPage implements DesignPage {

    /** The page's tab title. */
    public static final String TITLE = "Diagram";
    static final String WEBKIT_HINT = "The wiring diagram needs a web browser engine; on Debian or Ubuntu install WebKitGTK: sudo apt-get install libwebkit2gtk-4.1-0";
    private static final Gson GSON = new Gson();

    private final DesignPageHost host;
    /** Where the diagram draws each element: stored with the design, changed by commands on the same stack. */
    private final DiagramNotation notation;
    private final CommandStackListener stackListener = this::commandStackChanged;
    private Browser browser;
    /** Made on the server's thread; null until then (and when the page closes before). */
    private volatile InProcessGlspConnection connection;
    private ExecutorService toServer;
    /** Messages of the server not yet handed to the client, and whether a hand-over is scheduled. */
    private final Queue<String> toClient = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** True while a command of the diagram runs: the server updates the client itself then. */
    private boolean runningOwnCommand;
    /** The design changed outside the diagram since the client last fetched it. */
    private boolean changedOutside;
    private boolean shown;
    private List<String> selectWhenShown = List.of();
    /** Where the next exported image goes, and how to report the outcome (tests pass their own). */
    private Path exportTarget;
    private Consumer<String> exportDone;

    public DiagramPage(DesignPageHost host) {
        this.host = host;
        this.notation = DiagramNotation.of(host.design());
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Control createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        createToolBar(area).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // The browser is made in a later turn of the event loop: making it (WebKitGTK's web view) is the
        // costliest step of opening, and the editor's other pages and views show first that way.
        parent.getDisplay().asyncExec(() -> {
            if (!area.isDisposed()) {
                createBrowser(area);
            }
        });
        return area;
    }

    private void createBrowser(Composite area) {
        try {
            browser = new Browser(area, SWT.NONE);
        } catch (SWTError e) {
            Label hint = new Label(area, SWT.WRAP);
            hint.setText(WEBKIT_HINT + "\n\n(" + e.getMessage() + ")");
            hint.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            area.layout(true);
            ILog.of(DiagramPage.class).error(WEBKIT_HINT, e);
            return;
        }
        browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.layout(true);
        // Another turn again: installing the client's call into the page waits for the web process.
        area.getDisplay().asyncExec(() -> {
            if (!browser.isDisposed()) {
                startServer(area.getDisplay());
            }
        });
    }

    private ToolBar createToolBar(Composite parent) {
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        tool(bar, "Zoom In", "Zoom in (also the mouse wheel)", () -> run("cellwright.editor.zoom(1.25)"));
        tool(bar, "Zoom Out", "Zoom out (also the mouse wheel)", () -> run("cellwright.editor.zoom(0.8)"));
        tool(bar, "Fit", "Show the whole design", () -> run("cellwright.editor.fit()"));
        new ToolItem(bar, SWT.SEPARATOR);
        tool(bar, "Marquee", "Select what the next drag encloses (Shift+drag does the same)", () -> run("cellwright.editor.marquee()"));
        tool(bar, "Layout", "Lay the whole design out again automatically", this::layoutAgain);
        new ToolItem(bar, SWT.SEPARATOR);
        tool(bar, "Export SVG…", "Save the diagram as an SVG drawing", () -> exportWithDialog("svg"));
        tool(bar, "Export PNG…", "Save the diagram as a PNG picture", () -> exportWithDialog("png"));
        return bar;
    }

    private static void tool(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private void startServer(Display display) {
        toServer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Cellwright diagram " + host.file().getFileName());
            thread.setDaemon(true);
            return thread;
        });
        host.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        // The server is made on its own thread (Guice and GLSP take a while); what the client sends queues behind it.
        DesignSource source = DesignSource.of(host.design(), notation, host.editingDomain().getCommandStack(), this::onDisplayThread);
        toServer.execute(() -> {
            try {
                connection = new InProcessGlspConnection(source, json -> queueToClient(display, json));
            } catch (RuntimeException | LinkageError e) {
                ILog.of(DiagramPage.class).error("The wiring diagram server for " + host.file().getFileName() + " could not start", e);
            }
        });
        // One BrowserFunction for every call of the client (each one costs a script run while the editor opens).
        new BrowserFunction(browser, "cellwrightCall") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length >= 1 && arguments[0] instanceof String name) {
                    fromClientCall(name, Arrays.copyOfRange(arguments, 1, arguments.length));
                }
                return null;
            }
        };
        // BrowserFunctions exist only once the page has loaded: start the client from here, not from the page.
        browser.addProgressListener(ProgressListener.completedAdapter(event -> browser.execute("cellwright.start(" + startOptions() + ")")));
        try {
            browser.setUrl(clientPage().toString());
        } catch (IOException e) {
            browser.setText("<p>The diagram client is missing from the installation: " + e.getMessage() + "</p>");
            ILog.of(DiagramPage.class).error("Diagram client missing", e);
        }
    }

    /** A call of the client, on the display thread inside the browser's callback: hands the work on at once. */
    private void fromClientCall(String name, Object[] arguments) {
        Display display = browser.getDisplay();
        switch (name) {
            case "cellwrightToServer" -> {
                if (arguments.length == 1 && arguments[0] instanceof String json) {
                    toServer.execute(() -> fromClient(json));
                }
            }
            case "cellwrightSelectionChanged" -> {
                if (arguments.length == 1 && arguments[0] instanceof String json) {
                    host.pageSelectionChanged(this, elements(GSON.fromJson(json, String[].class)));
                }
            }
            case "cellwrightKey" -> {
                if (arguments.length == 1 && "delete".equals(arguments[0])) {
                    display.asyncExec(() -> runWorkbenchCommand(IWorkbenchCommandConstants.EDIT_DELETE));
                }
            }
            case "cellwrightShown" -> display.asyncExec(this::clientShown);
            case "cellwrightExported" -> {
                if (arguments.length == 2 && arguments[0] instanceof String format && arguments[1] instanceof String data) {
                    // Not inside the browser's callback: a message dialog must not nest in it.
                    display.asyncExec(() -> exported(format, data));
                }
            }
            default -> ILog.of(DiagramPage.class).warn("The diagram client made an unknown call: " + name);
        }
    }

    /** Runs a workbench command (Delete...) for a key the browser kept to itself, as the key binding would. */
    private void runWorkbenchCommand(String commandId) {
        if (browser.isDisposed()) {
            return;
        }
        try {
            host.editor().getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            // Not enabled (nothing selected that can go): the key does nothing, as in the tree.
            ILog.of(DiagramPage.class).info(commandId + " did not run from the diagram: " + e.getMessage());
        }
    }

    /**
     * The diagram server calls this from its own threads to change or read the design: that happens only on
     * the display thread, through the editor's command stack, so the editor, its views and the diagram never
     * race. The server updates the client itself after its own commands.
     */
    private void onDisplayThread(Runnable work) {
        Display display = browser.getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.syncExec(() -> {
            boolean outer = runningOwnCommand;
            runningOwnCommand = true;
            try {
                work.run();
            } finally {
                runningOwnCommand = outer;
            }
        });
    }

    private void commandStackChanged(EventObject event) {
        if (!runningOwnCommand) {
            changedOutside = true;
        }
    }

    @Override
    public void designChanged() {
        InProcessGlspConnection server = connection;
        if (changedOutside && shown && server != null) {
            changedOutside = false;
            server.modelChanged();
        }
    }

    private String startOptions() {
        return "{\"diagramType\":" + GSON.toJson(WiringTypes.DIAGRAM_TYPE) + ",\"sourceUri\":"
                + GSON.toJson(String.valueOf(host.file())) + ",\"readonly\":false}";
    }

    /** The client's page, extracted from the bundle with the rest of its folder (script, style sheet). */
    static URL clientPage() throws IOException {
        var bundle = FrameworkUtil.getBundle(DiagramPage.class);
        URL folder = FileLocator.find(bundle, new org.eclipse.core.runtime.Path("web/"));
        if (folder == null) {
            throw new IOException("web/ not found in bundle " + bundle.getSymbolicName() + "; rebuild Cellwright (the build makes it with npm).");
        }
        return new URL(FileLocator.toFileURL(folder), "index.html");
    }

    private void fromClient(String json) {
        InProcessGlspConnection server = connection;
        if (server == null) {
            return; // it could not start (logged) or the page is closing
        }
        try {
            server.receive(json);
        } catch (RuntimeException e) {
            ILog.of(DiagramPage.class).error("The wiring diagram server could not handle a message from the client", e);
        }
    }

    /**
     * What the server sends (from its threads) goes to the client in one script per turn of the event loop,
     * however many messages came meanwhile: each Browser.execute is a round trip to the web process.
     */
    private void queueToClient(Display display, String json) {
        toClient.add(json);
        if (flushScheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(this::flushToClient);
        }
    }

    private void flushToClient() {
        flushScheduled.set(false);
        StringBuilder script = new StringBuilder();
        for (String json = toClient.poll(); json != null; json = toClient.poll()) {
            script.append("cellwright.receive(").append(GSON.toJson(json)).append(");");
        }
        if (!script.isEmpty() && browser != null && !browser.isDisposed()) {
            browser.execute(script.toString());
        }
    }

    /** The client has drawn the diagram for the first time: what the editor asked for meanwhile happens now. */
    private void clientShown() {
        shown = true;
        if (!selectWhenShown.isEmpty()) {
            run("cellwright.editor.select(" + GSON.toJson(selectWhenShown) + ")");
            selectWhenShown = List.of();
        }
        designChanged();
    }

    /** True once the client has drawn the diagram and takes the editor's requests. */
    public boolean isShown() {
        return shown;
    }

    /** Runs a script in the client once it has started; does nothing before (the client fits itself when it starts). */
    private void run(String script) {
        if (browser != null && !browser.isDisposed()) {
            browser.execute("if (window.cellwright && cellwright.editor) { " + script + "; }");
        }
    }

    @Override
    public void select(List<EObject> elements) {
        List<String> ids = new ArrayList<>();
        for (EObject element : elements) {
            String id = Ids.of(element);
            if (id != null) {
                ids.add(id);
            }
        }
        if (shown) {
            run("cellwright.editor.select(" + GSON.toJson(ids) + ")");
        } else {
            selectWhenShown = ids;
        }
    }

    @Override
    public void selectAll() {
        run("cellwright.editor.selectAll()");
    }

    /** The design objects with these ids (components, terminals, wires), in order; unknown ids are left out. */
    private List<EObject> elements(String[] ids) {
        Map<String, EObject> byId = Ids.index(host.design());
        List<EObject> elements = new ArrayList<>();
        for (String id : ids) {
            EObject element = byId.get(id);
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Lays the design out again with ELK, as one step of the editor's history, and fits it into view. */
    public void layoutAgain() {
        run("cellwright.editor.dispatch({ kind: 'layout', isOperation: true, elementIds: [] }).then(() => cellwright.editor.fit())");
    }

    /**
     * Delete on this page: the selected components with their wires and BMS cable links, and their places
     * in the notation, as one step (the server's delete, so the diagram and the file keep no leftovers).
     */
    @Override
    public Command deleteCommand(Collection<EObject> selection) {
        return DiagramEdits.delete(host.design(), notation, selection);
    }

    /** Pasted components are drawn beside their originals (the nearest free place), in the paste's step of Undo. */
    @Override
    public Command placePasted(Map<String, String> pastedIds) {
        return DiagramEdits.placeBeside(host.design(), notation, pastedIds);
    }

    private void exportWithDialog(String format) {
        FileDialog dialog = new FileDialog(browser.getShell(), SWT.SAVE);
        dialog.setText("Export the wiring diagram as " + format.toUpperCase());
        dialog.setFilterExtensions(new String[] {"*." + format});
        String base = host.file().getFileName().toString().replaceFirst("\\.cwdesign$", "");
        dialog.setFileName(base + "." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(format, Path.of(chosen), message -> {
                if (message != null) {
                    MessageDialog.openError(browser.getShell(), "Export failed", message);
                }
            });
        }
    }

    /**
     * Exports the diagram as drawn by the client ("svg" or "png") to {@code target}, written atomically;
     * {@code done} gets null when the file is written, else what went wrong. Call on the display thread.
     */
    public void export(String format, Path target, Consumer<String> done) {
        if (!shown) {
            done.accept("The diagram has not been drawn yet; try again when it shows.");
            return;
        }
        exportTarget = target;
        exportDone = done;
        run("cellwright.editor.export(" + GSON.toJson(format) + ")");
    }

    private void exported(String format, String data) {
        Path target = exportTarget;
        Consumer<String> done = exportDone;
        exportTarget = null;
        exportDone = null;
        if (target == null || done == null) {
            return;
        }
        try {
            switch (format) {
                case "svg" -> AtomicFiles.write(target, data.getBytes(StandardCharsets.UTF_8));
                case "png" -> AtomicFiles.write(target, Base64.getDecoder().decode(data));
                default -> throw new IOException("the diagram could not be drawn: " + data);
            }
            done.accept(null);
        } catch (IOException | RuntimeException e) {
            ILog.of(DiagramPage.class).error("Exporting the wiring diagram to " + target + " failed", e);
            done.accept("The diagram could not be written to " + target + ": " + e.getMessage());
        }
    }

    /** The browser the diagram client runs in (tests, the editor's actions). */
    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        CommandStack stack = host.editingDomain().getCommandStack();
        stack.removeCommandStackListener(stackListener);
        ExecutorService server = toServer;
        if (server != null) {
            // Not on the display thread: shutting the server down waits for its pending actions, and one
            // of those may itself wait for the display thread (DesignSource reads and commands run there).
            // Behind the server's own thread, so a server still being made is closed once it is made.
            Thread closer = new Thread(() -> {
                try {
                    server.submit(() -> {
                        InProcessGlspConnection closing = connection;
                        connection = null;
                        if (closing != null) {
                            closing.close();
                        }
                    }).get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    ILog.of(DiagramPage.class).warn("The wiring diagram server of " + host.file().getFileName() + " did not close cleanly: " + e, e);
                } finally {
                    server.shutdownNow();
                }
            }, "Cellwright diagram closing " + host.file().getFileName());
            closer.setDaemon(true);
            closer.start();
        }
    }
}
