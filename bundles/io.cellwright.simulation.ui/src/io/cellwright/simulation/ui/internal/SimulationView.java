package io.cellwright.simulation.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;
import io.cellwright.simulation.ScenarioParser;
import io.cellwright.simulation.Scenarios;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationException;

/**
 * Simulates a design in the background and shows the run: charts, the event list, a time slider and
 * the BMS's LEDs at the chosen time. The design comes from "Simulate Design…"
 * ({@link SimulateHandler}); the run is a {@link SimulationJob}, so the display thread never waits for
 * the engine, and a run of any length keeps at most {@link #MAX_POINTS} points per series.
 */
public final class SimulationView extends ViewPart {

    public static final String ID = "io.cellwright.simulation.ui.views.simulation";
    /** Points kept per series: enough for a chart as wide as a screen, few enough for SWT to draw at once. */
    static final int MAX_POINTS = 2000;
    private static final String FILE_CHOICE = "Scenario file…";
    private static final int REFRESH_MS = 300;

    private SystemDesign design;
    private String designLabel = "";
    private Label designName;
    private Combo scenarioChoice;
    private String scenarioFile;
    private Text durationText;
    private Text stepText;
    private Button runButton;
    private Button cancelButton;
    private ProgressBar progressBar;
    private Label status;
    private SimulationCharts charts;
    private Table eventTable;
    private LedPanel ledPanel;
    private Scale timeSlider;
    private Label timeLabel;

    private SimulationJob job;
    private RunResults results;
    private List<SimulationEvent> shownEvents = List.of();
    private double cursor;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createRunBar(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Small hints: the sash takes the room there is, and the charts scroll inside it when it is short.
        sashData.widthHint = 400;
        sashData.heightHint = 200;
        sash.setLayoutData(sashData);
        charts = new SimulationCharts(sash, this::setCursorTime);
        Composite side = new Composite(sash, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        ledPanel = new LedPanel(side);
        GridData ledData = new GridData(SWT.FILL, SWT.TOP, true, false);
        ledData.heightHint = 26 + 26 * 7 + 4;
        ledPanel.control().setLayoutData(ledData);
        createEventTable(side);
        sash.setWeights(62, 38);
        createTimeBar(parent);
        setDesign(null, "");
    }

    private void createRunBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginTop = 0;
        rows.marginBottom = 0;
        bar.setLayout(rows);
        designName = new Label(bar, SWT.NONE);
        new Label(bar, SWT.NONE).setText("Scenario:");
        scenarioChoice = new Combo(bar, SWT.READ_ONLY);
        for (String name : Scenarios.BUILT_IN) {
            scenarioChoice.add(name);
        }
        scenarioChoice.add(FILE_CHOICE);
        scenarioChoice.select(0);
        scenarioChoice.addListener(SWT.Selection, e -> scenarioChosen());
        new Label(bar, SWT.NONE).setText("Duration:");
        durationText = new Text(bar, SWT.BORDER);
        durationText.setLayoutData(new RowData(60, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText("Step:");
        stepText = new Text(bar, SWT.BORDER);
        stepText.setLayoutData(new RowData(40, SWT.DEFAULT));
        runButton = new Button(bar, SWT.PUSH);
        runButton.setText("Run");
        runButton.addListener(SWT.Selection, e -> runChosen());
        cancelButton = new Button(bar, SWT.PUSH);
        cancelButton.setText("Cancel");
        cancelButton.setEnabled(false);
        cancelButton.addListener(SWT.Selection, e -> cancel());
        progressBar = new ProgressBar(bar, SWT.HORIZONTAL);
        progressBar.setLayoutData(new RowData(120, SWT.DEFAULT));
        status = new Label(bar, SWT.NONE);
        scenarioChosen();
    }

    private void createEventTable(Composite parent) {
        eventTable = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.SINGLE);
        eventTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        eventTable.setHeaderVisible(true);
        eventTable.setLinesVisible(true);
        String[] titles = { "Time", "Source", "Signal", "Value", "Reason" };
        int[] widths = { 62, 135, 110, 80, 300 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(eventTable, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        eventTable.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            SimulationEvent event = shownEvents.get(eventTable.indexOf(item));
            item.setText(new String[] { EventLog.clock(event.t()), event.source(), event.signal(), event.value(), event.reason() });
        });
        eventTable.addListener(SWT.Selection, e -> {
            int i = eventTable.getSelectionIndex();
            if (i >= 0 && i < shownEvents.size()) {
                moveCursor(shownEvents.get(i).t(), false);
            }
        });
    }

    private void createTimeBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        bar.setLayout(new GridLayout(3, false));
        new Label(bar, SWT.NONE).setText("Time:");
        timeSlider = new Scale(bar, SWT.HORIZONTAL);
        timeSlider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        timeSlider.setMinimum(0);
        timeSlider.setMaximum(1000);
        timeSlider.addListener(SWT.Selection, e -> {
            if (results != null) {
                moveCursor(results.end() * timeSlider.getSelection() / 1000.0, true);
            }
        });
        timeLabel = new Label(bar, SWT.NONE);
        timeLabel.setLayoutData(new GridData(110, SWT.DEFAULT));
        timeLabel.setText("--:--:--");
    }

    // ------------------------------------------------------------------------------ API

    /** The design to simulate (compiled when a run starts), and the name shown for it. */
    public void setDesign(SystemDesign newDesign, String label) {
        design = newDesign;
        designLabel = label == null ? "" : label;
        designName.setText(design == null ? "No design: use Simulate Design… on a design" : designLabel);
        designName.getParent().getParent().layout(true, true);
        runButton.setEnabled(design != null && (job == null || job.getResult() != null));
    }

    /**
     * Compiles the design under {@code scenario} and starts the run in the background.
     *
     * @throws SimulationException when the design cannot be simulated
     * @throws ScenarioException when the scenario names something the design lacks
     */
    public SimulationJob run(Scenario scenario) throws SimulationException, ScenarioException {
        if (design == null) {
            throw new SimulationException("no design to simulate: open a design and use Simulate Design…");
        }
        if (job != null && job.getResult() == null) {
            throw new SimulationException("a simulation is still running: cancel it or wait for it to finish");
        }
        Simulation simulation = Simulation.of(design, scenario);
        results = new RunResults(simulation.columns(), scenario.duration(), MAX_POINTS);
        ledPanel.setLeds(simulation.leds());
        shownEvents = List.of();
        eventTable.setItemCount(0);
        job = new SimulationJob("Simulating " + designLabel + " (" + scenario.name() + ")", simulation, results);
        SimulationJob started = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!eventTable.isDisposed()) {
                    eventTable.getDisplay().asyncExec(() -> finished(started));
                }
            }
        });
        runButton.setEnabled(false);
        cancelButton.setEnabled(true);
        progressBar.setMaximum(1000);
        progressBar.setSelection(0);
        setStatus("Running " + scenario.name() + "…");
        job.schedule();
        eventTable.getDisplay().timerExec(REFRESH_MS, () -> refreshWhileRunning(started));
        return job;
    }

    /** Cancels the run in progress; the results so far stay on show. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    public SimulationJob job() {
        return job;
    }

    public RunResults results() {
        return results;
    }

    public List<Chart> charts() {
        return charts.charts();
    }

    public Table eventTable() {
        return eventTable;
    }

    /** The LED states shown (0 off, 1 on, 2 blinking), in the BMS's LED order. */
    public int[] ledStates() {
        return ledPanel.states();
    }

    public double cursorTime() {
        return cursor;
    }

    /** Moves the time cursor (charts, slider, LEDs) to {@code t} seconds. */
    public void setCursorTime(double t) {
        moveCursor(t, false);
    }

    // ------------------------------------------------------------------------------ internals

    private void scenarioChosen() {
        String choice = scenarioChoice.getText();
        if (FILE_CHOICE.equals(choice)) {
            FileDialog dialog = new FileDialog(scenarioChoice.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*." + ScenarioParser.EXTENSION, "*" });
            scenarioFile = dialog.open();
            if (scenarioFile == null) {
                scenarioChoice.select(0);
                choice = scenarioChoice.getText();
            } else {
                choice = scenarioFile;
            }
        }
        try {
            Scenario scenario = Scenarios.load(choice);
            durationText.setText(scenario.settings().getOrDefault("duration", "24h"));
            stepText.setText(scenario.settings().getOrDefault("step", "1s"));
            setStatus(scenario.settings().getOrDefault("description", ""));
        } catch (ScenarioException e) {
            setStatus(e.getMessage());
        }
    }

    private void runChosen() {
        String choice = FILE_CHOICE.equals(scenarioChoice.getText()) ? scenarioFile : scenarioChoice.getText();
        try {
            Map<String, String> overrides = new LinkedHashMap<>();
            overrides.put("duration", checked("Duration", durationText.getText().trim()));
            overrides.put("step", checked("Step", stepText.getText().trim()));
            Scenario scenario = Scenarios.load(choice);
            if (!scenario.settings().containsKey("sample")) {
                overrides.put("sample", overrides.get("step"));
            }
            run(scenario.with(overrides));
        } catch (SimulationException | ScenarioException | IllegalArgumentException e) {
            setStatus(e.getMessage());
        }
    }

    private static String checked(String what, String value) {
        double seconds;
        try {
            seconds = ScenarioParser.seconds(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a duration: write for example 1s, 90s, 15min, 24h, 7d or 1y.");
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException(what + " must be more than zero.");
        }
        return value;
    }

    private void setStatus(String text) {
        status.setText(text);
        status.getParent().getParent().layout(true, true);
    }

    private void refreshWhileRunning(SimulationJob running) {
        if (eventTable.isDisposed() || running != job || running.getResult() != null) {
            return;
        }
        RunResults r = running.results();
        progressBar.setSelection((int) (1000 * r.progress() / Math.max(1, r.duration())));
        showResults(r);
        eventTable.getDisplay().timerExec(REFRESH_MS * 3, () -> refreshWhileRunning(running));
    }

    private void finished(SimulationJob done) {
        if (eventTable.isDisposed() || done != job) {
            return;
        }
        RunResults r = done.results();
        showResults(r);
        progressBar.setSelection(r.isCancelled() ? (int) (1000 * r.progress() / Math.max(1, r.duration())) : 1000);
        long events = r.eventCount();
        String summary = (r.isCancelled() ? "Cancelled at " + EventLog.clock(r.end()) : "Simulated " + EventLog.clock(r.end())) + ": " + events
                + (events == 1 ? " event" : " events") + (events > shownEvents.size() ? " (first " + shownEvents.size() + " listed)" : "");
        setStatus(summary);
        runButton.setEnabled(design != null);
        cancelButton.setEnabled(false);
        moveCursor(Math.min(cursor, r.end()), false);
    }

    private void showResults(RunResults r) {
        charts.show(r);
        shownEvents = r.events();
        eventTable.setItemCount(shownEvents.size());
        eventTable.clearAll();
    }

    private void moveCursor(double t, boolean fromSlider) {
        cursor = Math.max(0, t);
        charts.setCursor(cursor);
        timeLabel.setText(EventLog.clock(cursor));
        if (results != null) {
            if (!fromSlider && results.end() > 0) {
                timeSlider.setSelection((int) Math.round(1000 * cursor / results.end()));
            }
            ledPanel.show(results, cursor);
        }
    }

    @Override
    public void setFocus() {
        runButton.setFocus();
    }

    @Override
    public void dispose() {
        cancel();
        super.dispose();
    }
}
