package io.cellwright.simulation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.LedFunction;
import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.Scenarios;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.ui.internal.RunResults;
import io.cellwright.simulation.ui.internal.SimulationJob;
import io.cellwright.simulation.ui.internal.SimulationView;
import io.cellwright.tests.support.Ui;

/** The Simulation view runs scenarios on the manual's first example in the running workbench. */
class SimulationViewTest {

    private static final Path EXAMPLE = Path.of("../../examples/001-example-1-multiplus-compact-mppt.cwdesign").toAbsolutePath().normalize();

    private final IWorkbenchPage page = Ui.window().getActivePage();
    private SimulationView view;

    @AfterEach
    void closeView() {
        if (view != null) {
            Ui.run(() -> {
                view.cancel();
                page.hideView(view);
            });
        }
    }

    private SimulationView openOn(SystemDesign design) {
        view = Ui.call(() -> {
            try {
                SimulationView v = (SimulationView) page.showView(SimulationView.ID);
                v.setDesign(design, EXAMPLE.getFileName().toString());
                return v;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return view;
    }

    private SimulationJob start(Scenario scenario) {
        return Ui.call(() -> {
            try {
                return view.run(scenario);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (Ui.call(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    @Test
    void overnightShowsChartsThePreAlarmEventAndTheLeds() throws Exception {
        SystemDesign design = DesignFiles.load(EXAMPLE, CatalogRegistry.getDefault());
        Scenario overnight = Scenarios.builtIn("overnight");
        openOn(design);
        SimulationJob job = start(overnight);
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        RunResults results = view.results();
        waitFor("the finished run in the event table", () -> view.eventTable().getItemCount() == results.events().size() && results.isFinished());

        // Every chart has data; 12 h at one sample per 10 s (4320 samples) is thinned to the point budget.
        List<Chart> charts = Ui.call(view::charts);
        assertEquals(5, charts.size());
        for (Chart chart : charts) {
            ISeries<?>[] series = Ui.call(() -> chart.getSeriesSet().getSeries());
            assertTrue(series.length > 0, chart.getTitle().getText() + " has no series");
            int points = Ui.call(() -> series[0].getXSeries().length);
            assertTrue(points >= 2, chart.getTitle().getText() + " has " + points + " points");
            assertTrue(points <= 4000, chart.getTitle().getText() + " has " + points + " points, more than the budget");
        }
        assertTrue(results.stride() > 1, "4320 samples were kept one by one");
        assertNotNull(Ui.call(() -> charts.get(4).getSeriesSet().getSeries("Pre-alarm")), "no pre-alarm step line");

        // The event table lists the pre-alarm; selecting it moves the time cursor there.
        Table table = view.eventTable();
        int preAlarm = Ui.call(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                TableItem item = table.getItem(i);
                if (item.getText(2).equals("pre-alarm") && item.getText(3).equals("ON")) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(preAlarm >= 0, "no pre-alarm ON in the event table");
        double preAlarmTime = results.events().get(preAlarm).t();
        assertTrue(preAlarmTime > 0 && preAlarmTime < overnight.duration());
        Ui.run(() -> {
            table.setSelection(preAlarm);
            table.notifyListeners(SWT.Selection, null);
        });
        assertEquals(preAlarmTime, Ui.call(view::cursorTime), 1e-9);

        // The Smart BMS's orange LED (Load disconnect output enabled) is on at the pre-alarm and off at
        // the end of the night, after Load disconnect; the green "BMS active" LED stays on.
        List<LedIndicator> leds = Simulation.of(design, overnight).leds();
        int loadLed = indexOf(leds, LedFunction.LOAD_DISCONNECT_ENABLED);
        int activeLed = indexOf(leds, LedFunction.BMS_ACTIVE);
        int[] atPreAlarm = Ui.call(view::ledStates);
        assertEquals(leds.size(), atPreAlarm.length);
        assertEquals(1, atPreAlarm[loadLed], "Load disconnect LED at the pre-alarm");
        assertEquals(1, atPreAlarm[activeLed], "BMS active LED at the pre-alarm");
        Ui.run(() -> view.setCursorTime(results.end()));
        int[] atEnd = Ui.call(view::ledStates);
        assertEquals(0, atEnd[loadLed], "Load disconnect LED after Load disconnect");
        assertEquals(1, atEnd[activeLed], "BMS active LED after Load disconnect");
    }

    private static int indexOf(List<LedIndicator> leds, LedFunction function) {
        for (int i = 0; i < leds.size(); i++) {
            if (leds.get(i).getFunction() == function) {
                return i;
            }
        }
        throw new AssertionError("the BMS has no " + function + " LED");
    }

    @Test
    void cancelStopsAYearRun() throws Exception {
        SystemDesign design = DesignFiles.load(EXAMPLE, CatalogRegistry.getDefault());
        Scenario year = Scenarios.builtIn("year");
        openOn(design);
        SimulationJob job = start(year);
        RunResults results = job.results();
        waitFor("the first simulated hours", () -> results.progress() > 3600);
        Ui.run(view::cancel);
        assertTrue(job.join(60_000, new NullProgressMonitor()), "the run did not stop within a minute of Cancel");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(results.isCancelled());
        assertTrue(results.end() < year.duration(), "ran to the end: " + results.end());
        waitFor("the view to show the cancelled run", () -> results.isFinished() && view.eventTable().getItemCount() == results.events().size());
        assertNotEquals(0, Ui.call(() -> view.charts().get(0).getSeriesSet().getSeries().length), "the results so far are not shown");
    }
}
