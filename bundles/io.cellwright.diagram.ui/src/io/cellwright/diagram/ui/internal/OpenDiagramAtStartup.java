package io.cellwright.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the wiring diagram of a design when the workbench starts, if the system property
 * {@value #PROPERTY} names a design file: {@code CELLWRIGHT_VMARGS=-Dcellwright.openDiagram=FILE cellwright}.
 * <p>
 * With {@value #CHECK_PROPERTY}{@code =SECONDS} as well, the product checks itself (the smoke test and
 * releng/scripts/diagram-benchmark.sh use it): once the workbench is up it opens the diagram, waits until
 * the client has drawn it, prints one line {@value #MARKER} with the number of nodes and wires the
 * browser drew (and the design has), the time from opening until all are drawn, the longest the UI thread was late for a 10 ms heartbeat
 * meanwhile, and the memory the open diagram added (Java heap after GC, resident size of the browser's
 * processes), then closes the workbench. When the diagram is not drawn within SECONDS it prints the line
 * with the client's state and closes all the same, so a script never hangs.
 */
public class OpenDiagramAtStartup implements IStartup {

    public static final String PROPERTY = "cellwright.openDiagram";
    public static final String CHECK_PROPERTY = "cellwright.diagramCheck";
    /** With the check: after the diagram is drawn, maximize it and save the editor's picture to this PNG file. */
    public static final String SCREENSHOT_PROPERTY = "cellwright.diagramScreenshot";
    private static final int SCREENSHOT_SETTLE_MILLIS = 1500;
    public static final String MARKER = "CELLWRIGHT-DIAGRAM-CHECK";
    /** Time for the workbench to settle after start-up before the check opens the diagram. */
    private static final int SETTLE_MILLIS = 2000;
    private static final int HEARTBEAT_MILLIS = 10;
    private static final int POLL_MILLIS = 50;
    /** With the check: also print where the display thread was whenever it was late (see {@code Check#startProfiler}). */
    public static final String PROFILE_PROPERTY = "cellwright.diagramCheck.profile";
    /**
     * With the check: open the file in this editor instead of the diagram (for example
     * {@code org.eclipse.ui.DefaultTextEditor}) and report how long the UI thread was blocked in the
     * first {@value #OTHER_EDITOR_SETTLE_MILLIS} ms: the workbench's own cost of opening an editor.
     */
    public static final String EDITOR_PROPERTY = "cellwright.diagramCheck.editor";
    private static final int OTHER_EDITOR_SETTLE_MILLIS = 1000;
    private static final int PROFILE_PERIOD_MILLIS = 5;
    private static final int PROFILE_LATE_MILLIS = 40;
    private static final int PROFILE_DEPTH = 40;

    @Override
    public void earlyStartup() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        Path file = Path.of(value).toAbsolutePath();
        IWorkbench workbench = PlatformUI.getWorkbench();
        String check = System.getProperty(CHECK_PROPERTY);
        if (check == null || check.isBlank()) {
            workbench.getDisplay().asyncExec(() -> open(workbench, file));
        } else {
            long timeoutMillis = (long) (Double.parseDouble(check.trim()) * 1000);
            // After the workbench's own start-up work in the background (the diagram's preparation), without
            // waiting here: the start-up extensions run one after the other on this thread, the preparation too.
            DiagramPreparation.DONE.copy().completeOnTimeout(null, timeoutMillis, TimeUnit.MILLISECONDS)
                    .whenComplete((ignored, failure) -> workbench.getDisplay().asyncExec(() -> workbench.getDisplay().timerExec(SETTLE_MILLIS,
                            () -> new Check(workbench, file, timeoutMillis).start())));
        }
    }

    private static IEditorPart open(IWorkbench workbench, Path file) {
        return open(workbench, file, WiringDiagramEditor.ID);
    }

    private static IEditorPart open(IWorkbench workbench, Path file, String editorId) {
        if (!Files.isRegularFile(file)) {
            ILog.of(OpenDiagramAtStartup.class).error(PROPERTY + "=" + file + ": no such design file.");
            return null;
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            return IDE.openEditor(window.getActivePage(), file.toUri(), editorId, true);
        } catch (PartInitException e) {
            ILog.of(OpenDiagramAtStartup.class).error("Could not open the wiring diagram of " + file + ": " + e.getMessage(), e);
            return null;
        }
    }

    /** The self-check of the product: opens the diagram, watches the UI thread, reports and closes. */
    private static final class Check {
        private final IWorkbench workbench;
        private final Display display;
        private final Path file;
        private final long timeoutMillis;
        private long openedAt;
        private long heartbeatDue;
        private long maxLateMillis;
        private long heapBefore;
        private long browserRssBefore;
        private boolean done;
        private WiringDiagramEditor editor;
        /** The file was opened in another editor (the baseline of {@value #EDITOR_PROPERTY}): nothing to wait for. */
        private boolean other;
        /** The editor's browser, once the diagram page made it (a turn of the event loop after opening). */
        private Browser browser;
        private int expectedNodes = -1;
        private int expectedWires = -1;

        Check(IWorkbench workbench, Path file, long timeoutMillis) {
            this.workbench = workbench;
            this.display = workbench.getDisplay();
            this.file = file;
            this.timeoutMillis = timeoutMillis;
        }

        /** When the heartbeat last ran: the profiler samples the display thread while it is late. */
        private volatile long lastBeat = System.nanoTime();
        /** With {@value #PROFILE_PROPERTY}: where the display thread was while the heartbeat was late, by time since opening. */
        private final Map<Long, String> lateSamples = new ConcurrentSkipListMap<>();

        /**
         * Samples the display thread's stack every few milliseconds while the heartbeat is over
         * {@value #PROFILE_LATE_MILLIS} ms late, to show what blocks it (sampling pauses the thread
         * briefly, so a profiled run reports longer blocks than a plain one).
         */
        private void startProfiler() {
            Thread ui = display.getThread();
            Thread profiler = new Thread(() -> {
                while (!done) {
                    try {
                        Thread.sleep(PROFILE_PERIOD_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long now = System.nanoTime();
                    long lateMillis = (now - lastBeat) / 1_000_000L;
                    if (lateMillis > PROFILE_LATE_MILLIS) {
                        StringBuilder stack = new StringBuilder();
                        StackTraceElement[] frames = ui.getStackTrace();
                        for (int i = 0; i < Math.min(frames.length, PROFILE_DEPTH); i++) {
                            stack.append("\n    at ").append(frames[i]);
                        }
                        lateSamples.put((now - openedAt) / 1_000_000L, "late " + lateMillis + " ms" + stack);
                    }
                }
            }, "Cellwright diagram check profiler");
            profiler.setDaemon(true);
            profiler.start();
        }

        void start() {
            heapBefore = heapAfterGc();
            browserRssBefore = childProcessesRssKiB();
            openedAt = System.nanoTime();
            lastBeat = openedAt;
            heartbeatDue = openedAt + HEARTBEAT_MILLIS * 1_000_000L;
            display.timerExec(HEARTBEAT_MILLIS, this::heartbeat);
            if (Boolean.getBoolean(PROFILE_PROPERTY)) {
                startProfiler();
            }
            IEditorPart opened = open(workbench, file, System.getProperty(EDITOR_PROPERTY, WiringDiagramEditor.ID));
            other = opened != null && !(opened instanceof WiringDiagramEditor);
            if (opened instanceof WiringDiagramEditor diagram) {
                this.editor = diagram;
                expectedNodes = diagram.design().getComponents().size();
                expectedWires = diagram.design().getWires().size();
            }
            display.timerExec(POLL_MILLIS, this::poll);
        }

        /** How late the display thread ran a timer it was given: the longest such delay is the longest block. */
        private void heartbeat() {
            if (done) {
                return;
            }
            long now = System.nanoTime();
            lastBeat = now;
            maxLateMillis = Math.max(maxLateMillis, (now - heartbeatDue) / 1_000_000L);
            heartbeatDue = now + HEARTBEAT_MILLIS * 1_000_000L;
            display.timerExec(HEARTBEAT_MILLIS, this::heartbeat);
        }

        private void poll() {
            long elapsed = (System.nanoTime() - openedAt) / 1_000_000L;
            if (browser == null && editor != null) {
                browser = editor.browser();
            }
            // Asks the browser (a round trip to its web process that blocks the display thread, most while
            // the page loads) only once the client said it has shown the diagram, or at the time-out.
            DiagramPage page = editor == null ? null : editor.diagramPage();
            boolean ask = page != null && page.isShown() || elapsed > timeoutMillis;
            String[] seen = browser == null || browser.isDisposed() ? new String[] {"no-browser"}
                    : !ask ? new String[] {"opening"}
                    : String.valueOf(browser.evaluate("return (window.cellwright ? cellwright.state : 'no-client') + ' '"
                            + " + document.querySelectorAll('#sprotty g.cw-component').length + ' '"
                            + " + document.querySelectorAll('#sprotty g.cw-wire').length;")).split(" ");
            String state = seen[0];
            // The client draws after 'shown' too (fit to the editor): done when it drew every component and wire.
            boolean drawn = "shown".equals(state) && seen.length == 3
                    && Integer.parseInt(seen[1]) == expectedNodes && Integer.parseInt(seen[2]) == expectedWires;
            if (other) {
                if (elapsed >= OTHER_EDITOR_SETTLE_MILLIS) {
                    done = true;
                    report("opened-in-" + System.getProperty(EDITOR_PROPERTY), elapsed);
                    workbench.close();
                } else {
                    display.timerExec(POLL_MILLIS, this::poll);
                }
                return;
            }
            if (drawn || elapsed > timeoutMillis || editor == null) {
                done = true;
                report(drawn ? "drawn" : state, elapsed);
                String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
                if (drawn && screenshot != null && !screenshot.isBlank()) {
                    screenshot(Path.of(screenshot));
                } else {
                    workbench.close();
                }
            } else {
                display.timerExec(POLL_MILLIS, this::poll);
            }
        }

        /** Maximizes the diagram (the client fits it to the new size), then writes the editor's picture as PNG and closes. */
        private void screenshot(Path target) {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED);
            display.timerExec(SCREENSHOT_SETTLE_MILLIS, () -> {
                Rectangle area = display.map(browser, null, browser.getClientArea());
                Image image = new Image(display, area.width, area.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, area.x, area.y);
                    ImageLoader loader = new ImageLoader();
                    loader.data = new ImageData[] { image.getImageData() };
                    loader.save(target.toAbsolutePath().toString(), SWT.IMAGE_PNG);
                    System.out.println(MARKER + " screenshot=" + target.toAbsolutePath());
                } finally {
                    gc.dispose();
                    image.dispose();
                }
                workbench.close();
            });
        }

        private void report(String state, long openMillis) {
            int nodes = count("cw-component");
            int wires = count("cw-wire");
            long heapAdded = heapAfterGc() - heapBefore;
            long rssAdded = childProcessesRssKiB() - browserRssBefore;
            System.out.println(String.format(Locale.ROOT,
                    "%s file=%s state=%s nodes=%d wires=%d designNodes=%d designWires=%d openMillis=%d maxUiBlockedMillis=%d heapAddedMiB=%.1f browserRssAddedMiB=%.1f prepared=%b",
                    MARKER, file.getFileName(), state, nodes, wires, expectedNodes, expectedWires, openMillis, maxLateMillis, heapAdded / 1048576.0, rssAdded / 1024.0, DiagramPreparation.DONE.isDone()));
            lateSamples.forEach((millis, sample) -> System.out.println(MARKER + "-PROFILE at " + millis + " ms: " + sample));
            System.out.flush();
        }

        /** Rendered elements with the CSS class under the visible diagram root (sprotty keeps a hidden copy for measuring). */
        private int count(String cssClass) {
            if (browser == null || browser.isDisposed()) {
                return -1;
            }
            Object n = browser.evaluate("return document.querySelectorAll('#sprotty g." + cssClass + "').length;");
            return n instanceof Number number ? number.intValue() : -1;
        }

        private static long heapAfterGc() {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            return runtime.totalMemory() - runtime.freeMemory();
        }

        /** Resident size of this process's descendants (WebKitGTK's web and network processes), from /proc. */
        private static long childProcessesRssKiB() {
            return ProcessHandle.current().descendants().mapToLong(p -> rssKiB(p.pid())).sum();
        }

        private static long rssKiB(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended meanwhile, or no /proc (not Linux): it adds nothing we can measure
            }
            return 0;
        }
    }
}
