package io.cellwright.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.diagram.DiagramWarmUp;
import io.cellwright.ui.internal.editor.EditorWarmUp;

/**
 * Prepares the design editor and its wiring diagram in the background once the workbench is up, so
 * opening the first design does not freeze the window: loads the WebKitGTK library the diagram's browser
 * needs (on Linux SWT loads it on the display thread when the first browser is made), unpacks the diagram
 * client, writes and reads a small private design and labels it as the editor does ({@link EditorWarmUp}),
 * and runs the diagram server once on it ({@link DiagramWarmUp}): that loads and links their classes.
 * Nothing here touches the display or the user's files; a failure is logged and only means the first
 * design opens slower. {@code -Dcellwright.noDiagramPreparation=true} switches it off (to measure without).
 */
public class DiagramPreparation implements IStartup {

    /** Done when the preparation ended (or was switched off): the product's self-check waits for it. */
    static final CompletableFuture<Void> DONE = new CompletableFuture<>();
    /** Components of the warm-up design: enough to run every kind of node, terminal and label once. */
    private static final int SAMPLE_COMPONENTS = 12;
    /** The libraries SWT's WebKit browser opens on Linux, newest API first. */
    private static final List<String> WEBKIT_LIBRARIES = List.of("libwebkit2gtk-4.1.so.0", "libwebkit2gtk-4.0.so.37");

    @Override
    public void earlyStartup() {
        if (Boolean.getBoolean("cellwright.noDiagramPreparation")) {
            DONE.complete(null);
            return;
        }
        Job job = new Job("Preparing the design editor") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    return prepare(monitor);
                } finally {
                    DONE.complete(null);
                }
            }

            private IStatus prepare(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 2);
                progress.subTask("Loading the browser engine");
                loadWebKit();
                progress.worked(1);
                try {
                    // Unpacks the client (script, style sheet) from the bundle the first time.
                    DiagramPage.clientPage();
                } catch (IOException e) {
                    ILog.of(DiagramPreparation.class).warn(e.getMessage());
                }
                progress.subTask("Reading a design and starting the diagram server once");
                try {
                    var catalog = CatalogRegistry.getDefault();
                    var design = EditorWarmUp.run(DiagramWarmUp.sampleDesign(catalog.products(), SAMPLE_COMPONENTS));
                    DiagramWarmUp.run(design, Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError e) {
                    ILog.of(DiagramPreparation.class).warn("Preparing the wiring diagram in the background failed; the first diagram opens slower: " + e, e);
                }
                progress.worked(1);
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.LONG);
        job.schedule();
    }

    /**
     * Opens the WebKitGTK library here, off the display thread: SWT opens it again by name when the first
     * browser is made and then finds it loaded. Where it is not found nothing is loaded (the browser
     * reports the missing engine itself).
     */
    static void loadWebKit() {
        if (!Platform.OS_LINUX.equals(Platform.getOS())) {
            return;
        }
        for (String library : WEBKIT_LIBRARIES) {
            for (Path folder : libraryFolders()) {
                Path file = folder.resolve(library);
                if (Files.isRegularFile(file)) {
                    try {
                        System.load(file.toString());
                    } catch (UnsatisfiedLinkError e) {
                        ILog.of(DiagramPreparation.class).info("Could not preload " + file + ": " + e.getMessage());
                    }
                    return;
                }
            }
        }
    }

    private static List<Path> libraryFolders() {
        List<Path> folders = new ArrayList<>();
        String multiarch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64" -> "aarch64-linux-gnu";
            default -> System.getProperty("os.arch") + "-linux-gnu";
        };
        for (String folder : List.of("/usr/lib/" + multiarch, "/usr/lib64", "/usr/lib", "/lib/" + multiarch)) {
            folders.add(Path.of(folder));
        }
        return folders;
    }
}
