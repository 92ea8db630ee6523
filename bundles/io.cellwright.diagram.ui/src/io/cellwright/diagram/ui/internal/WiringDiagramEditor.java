package io.cellwright.diagram.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.InProcessGlspConnection;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.SystemDesign;

/**
 * The Wiring Diagram editor: the GLSP diagram client in an SWT Browser, talking to a GLSP server in this
 * process (no socket). It shows the design's components, terminals and wires, laid out automatically;
 * the one edit so far is connecting two terminals with a wire (the palette's Wire tool), which runs as an
 * EMF command on this editor's editing domain, on the display thread.
 */
public class WiringDiagramEditor extends EditorPart {

    public static final String ID = "io.cellwright.diagram.ui.editor";
    static final String WEBKIT_HINT = "The wiring diagram needs a web browser engine; on Debian or Ubuntu install WebKitGTK: sudo apt-get install libwebkit2gtk-4.1-0";
    private static final Gson GSON = new Gson();

    private SystemDesign design;
    private Path file;
    private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
    private final DiagramNotation notation = new DiagramNotation();
    private Browser browser;
    private InProcessGlspConnection connection;
    private ExecutorService toServer;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = pathOf(input);
        if (file == null) {
            throw new PartInitException("The wiring diagram opens design files on disk; " + input.getName() + " is not one.");
        }
        try {
            design = DesignFiles.load(file, CatalogRegistry.getDefault());
        } catch (DesignFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(input.getName());
        setTitleToolTip("Wiring diagram of " + file);
        editingDomain.getCommandStack().addCommandStackListener(event -> site.getShell().getDisplay()
                .asyncExec(() -> firePropertyChange(PROP_DIRTY)));
    }

    /**
     * The diagram server calls this from its own threads; the design is changed only on the display
     * thread, through this editor's command stack, so the editor, its views and the diagram never race.
     */
    private void executeOnDisplayThread(Command command) {
        Display display = getSite().getShell().getDisplay();
        if (!display.isDisposed()) {
            display.syncExec(() -> editingDomain.getCommandStack().execute(command));
        }
    }

    static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError e) {
            new Label(parent, SWT.WRAP).setText(WEBKIT_HINT + "\n\n(" + e.getMessage() + ")");
            ILog.of(WiringDiagramEditor.class).error(WEBKIT_HINT, e);
            return;
        }
        Display display = parent.getDisplay();
        toServer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Cellwright diagram " + getPartName());
            thread.setDaemon(true);
            return thread;
        });
        connection = new InProcessGlspConnection(DesignSource.of(design, notation, this::executeOnDisplayThread), json -> display.asyncExec(() -> toClient(json)));
        new BrowserFunction(browser, "cellwrightToServer") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String json) {
                    toServer.execute(() -> fromClient(json));
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
            ILog.of(WiringDiagramEditor.class).error("Diagram client missing", e);
        }
    }

    private String startOptions() {
        return "{\"diagramType\":" + GSON.toJson(WiringTypes.DIAGRAM_TYPE) + ",\"sourceUri\":"
                + GSON.toJson(String.valueOf(file)) + ",\"readonly\":false}";
    }

    /** The client's page, extracted from the bundle with the rest of its folder (script, style sheet). */
    private static URL clientPage() throws IOException {
        var bundle = FrameworkUtil.getBundle(WiringDiagramEditor.class);
        URL folder = FileLocator.find(bundle, new org.eclipse.core.runtime.Path("web/"));
        if (folder == null) {
            throw new IOException("web/ not found in bundle " + bundle.getSymbolicName() + "; rebuild Cellwright (the build makes it with npm).");
        }
        return new URL(FileLocator.toFileURL(folder), "index.html");
    }

    private void fromClient(String json) {
        try {
            connection.receive(json);
        } catch (RuntimeException e) {
            ILog.of(WiringDiagramEditor.class).error("The wiring diagram server could not handle a message from the client", e);
        }
    }

    private void toClient(String json) {
        if (browser != null && !browser.isDisposed()) {
            browser.execute("cellwright.receive(" + GSON.toJson(json) + ")");
        }
    }

    /** The browser the diagram client runs in (for tests and, later, the editor's actions). */
    public Browser browser() {
        return browser;
    }

    public SystemDesign design() {
        return design;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    @Override
    public void dispose() {
        if (connection != null) {
            connection.close();
        }
        if (toServer != null) {
            toServer.shutdownNow();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        }
    }

    /** Writes the design atomically (the notation is not saved yet: every opening lays the design out). */
    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            DesignFiles.save(design, file);
            ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (DesignFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered (isSaveAsAllowed is false)
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
