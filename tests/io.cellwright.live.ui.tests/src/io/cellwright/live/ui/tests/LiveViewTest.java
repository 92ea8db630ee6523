package io.cellwright.live.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.ui.internal.LiveView;
import io.cellwright.live.venus.VenusTopics;

/**
 * The Live view in the running workbench, fed by a replayed session: the device and its values appear,
 * and once it is bound to the design's BMS the differences from the design are shown.
 */
class LiveViewTest {

    static final Path LYNX_EXAMPLE = Path.of("../../examples/lynx-smart-bms-24v.cwdesign").toAbsolutePath().normalize();
    static final DeviceKey BMS = new DeviceKey("battery", 512);

    @TempDir
    Path dir;

    private final IWorkbenchPage page = window().getActivePage();

    @AfterEach
    void close() {
        call(() -> {
            page.closeAllEditors(false);
            var ref = page.findViewReference(LiveView.ID);
            if (ref != null) {
                page.hideView(ref);
            }
            return null;
        });
    }

    /** A recorded session of a Lynx Smart BMS 500 (product 41957) with the low cell voltage warning on. */
    private Path session() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ProductId", 41957);
        values.put("ProductName", "Lynx Smart BMS 500");
        values.put("CustomName", "House bank");
        values.put("Dc/0/Voltage", 25.62);
        values.put("Dc/0/Current", -31.5);
        values.put("Soc", 14.2);
        values.put("System/MinCellVoltage", 3.085);
        values.put("Alarms/LowCellVoltage", 1);
        values.put("Alarms/HighTemperature", 0);
        List<String> lines = new ArrayList<>(List.of("# cellwright live session 1", "# source test", "# started 2026-11-21T18:00:00Z"));
        long ms = 0;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            String topic = VenusTopics.notification("c0619ab00001", BMS, v.getKey());
            lines.add((ms += 10) + "\t" + topic + "\t" + Base64.getEncoder().encodeToString(VenusTopics.valuePayload(v.getValue())));
        }
        Path file = dir.resolve("boat.cwlive");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aReplayedDeviceShowsItsValuesAndOnceBoundItsDifferencesFromTheDesign() throws Exception {
        Path design = Files.copy(LYNX_EXAMPLE, dir.resolve("lynx.cwdesign"), StandardCopyOption.REPLACE_EXISTING);
        IEditorPart editor = call(() -> {
            try {
                return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(design.toUri()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Path session = session();
        LiveView view = call(() -> {
            try {
                LiveView v = (LiveView) page.showView(LiveView.ID);
                v.replay(session, 0);
                return v;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        List<String> rows = awaitRows(view, r -> r.stream().anyMatch(t -> t.startsWith("House bank (Lynx Smart BMS 500) | product 41957 | battery/512")));
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("State of charge | 14.2 % | Soc")), rows.toString());
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("Min cell voltage | 3.085 V | System/MinCellVoltage")), rows.toString());
        assertTrue(rows.stream().anyMatch(t -> t.contains("not bound (Bind to Design Component…)")), rows.toString());
        assertTrue(!editorDirty(editor), "nothing bound yet");

        assertTrue(call(() -> view.bind("lynx", BMS)), "the open design has the component 'lynx'");
        rows = awaitRows(view, r -> r.stream().anyMatch(t -> t.startsWith("Alarm active")));
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("Differences from the design | 1 found")), rows.toString());
        assertTrue(rows.stream().anyMatch(t -> t.equals("Alarm active |  |  | House bank reports the LowCellVoltage alarm: warning. "
                + "(source: venus-os-mqtt §Alarms)")), rows.toString());
        assertTrue(rows.stream().anyMatch(t -> t.equals("House bank (Lynx Smart BMS 500) | product 41957 | battery/512 | bound to lynx — Lynx Smart BMS  (lynx.cwdesign)")), rows.toString());
        assertTrue(rows.stream().noneMatch(t -> t.startsWith("Other product")), "the same product: " + rows);
        assertEquals(true, editorDirty(editor), "the binding is a change of the design, to be saved with it");
    }

    private boolean editorDirty(IEditorPart editor) {
        return call(editor::isDirty);
    }

    /** Waits until the view's tree (all expanded rows, columns joined by " | ") satisfies {@code condition}. */
    private List<String> awaitRows(LiveView view, java.util.function.Predicate<List<String>> condition) throws InterruptedException {
        List<String> rows = List.of();
        for (int i = 0; i < 150; i++) {
            rows = call(() -> {
                List<String> all = new ArrayList<>();
                collect(view.tree().getItems(), all);
                return all;
            });
            if (condition.test(rows)) {
                return rows;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 15 s; the Live view shows: " + rows);
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            if (item.getData() == null) {
                continue; // a placeholder of a collapsed item
            }
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
            if (item.getExpanded()) {
                collect(item.getItems(), rows);
            }
        }
    }

    private static <T> T call(Supplier<T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            try {
                result.set(code.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    private static IWorkbenchWindow window() {
        for (int i = 0; i < 300; i++) {
            IWorkbenchWindow window = call(() -> {
                IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
                return windows.length == 0 || windows[0].getActivePage() == null ? null : windows[0];
            });
            if (window != null) {
                return window;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the workbench window did not open within 30 s");
    }
}
