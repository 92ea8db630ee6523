package io.cellwright.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.CsvSeriesWriter;
import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.JsonEventWriter;
import io.cellwright.simulation.JsonSeriesWriter;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;
import io.cellwright.simulation.ScenarioParser;
import io.cellwright.simulation.Scenarios;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationException;
import io.cellwright.simulation.SimulationOutput;
import io.cellwright.simulation.StreamingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright simulate DESIGN}: runs a scenario on a design and writes the time series (CSV or
 * JSON) and the event log (text on the console, or JSON). Output files are streamed, so memory stays
 * flat on a one-year run; they replace an existing file only when complete.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = { "Simulate a design over time: every cell, the BMS's behaviour, chargers and loads reacting through the wiring.",
            "Prints the event log (what switched, when and why); --out writes the time series, --events the events as JSON.",
            "Built-in scenarios: overnight, alternator, cold-morning, remote-off, year." })
public class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", description = "The design file (.cwdesign).")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "overnight",
            description = "A built-in scenario (overnight, alternator, cold-morning, remote-off, year) or a scenario file (.cwscenario). Default: ${DEFAULT-VALUE}.")
    String scenarioName;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Simulated time, for example 24h, 7d, 1y (default: the scenario's).")
    String duration;

    @Option(names = "--step", paramLabel = "STEP", description = "Fixed time step, for example 1s (default: the scenario's, else 1s).")
    String step;

    @Option(names = "--sample", paramLabel = "INTERVAL", description = "Time between rows of the time series, for example 60s (default: the scenario's).")
    String sample;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the time series to FILE: .csv, or .json for JSON.")
    Path out;

    @Option(names = "--events", paramLabel = "FILE", description = "Write the events to FILE as JSON instead of printing them.")
    Path events;

    @Option(names = "--stats", description = "Print speed (simulated seconds per wall-clock and per CPU second) and peak heap: the benchmark figures.")
    boolean stats;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, err);
        SystemDesign design;
        try {
            design = DesignFiles.load(file, catalogs);
        } catch (DesignFileException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        }
        Simulation simulation;
        Scenario scenario;
        try {
            scenario = Scenarios.load(scenarioName).with(overrides());
            simulation = Simulation.of(design, scenario);
        } catch (ScenarioException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        } catch (SimulationException e) {
            throw new CliException(ExitCode.INPUT, file + ": " + e.getMessage(), e);
        }
        return run(simulation, scenario, console, err);
    }

    private Map<String, String> overrides() {
        Map<String, String> o = new LinkedHashMap<>();
        put(o, "duration", duration, "--duration");
        put(o, "step", step, "--step");
        put(o, "sample", sample, "--sample");
        if (step != null && sample == null) {
            o.put("sample", step);
        }
        return o;
    }

    private void put(Map<String, String> o, String key, String value, String option) {
        if (value == null) {
            return;
        }
        double s;
        try {
            s = ScenarioParser.seconds(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + " " + value + " is not a duration. Write for example 1s, 90s, 15min, 24h, 7d or 1y.");
        }
        if (s <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be more than zero.");
        }
        o.put(key, value);
    }

    private int run(Simulation simulation, Scenario scenario, PrintWriter console, PrintWriter err) {
        List<StreamingFile> files = new ArrayList<>();
        try {
            List<SimulationOutput> outputs = new ArrayList<>();
            if (out != null) {
                SimulationOutput series = out.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? new JsonSeriesWriter(out, simulation.columns())
                        : new CsvSeriesWriter(out, simulation.columns());
                outputs.add(series);
                files.add((StreamingFile) series);
            }
            JsonEventWriter eventFile = null;
            if (events != null) {
                eventFile = new JsonEventWriter(events);
                outputs.add(eventFile);
                files.add(eventFile);
            }
            Console view = new Console(console, err, events == null, scenario.duration());
            outputs.add(view);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            resetPeaks();
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            double simulated = simulation.run(new Fanout(outputs));
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            view.endProgress();
            for (StreamingFile f : files) {
                f.commit();
            }
            view.summary(simulation, scenario, file, simulated, wall);
            if (stats) {
                console.printf(Locale.ROOT, "Speed:    %.3g simulated s per wall-clock s (%.1f million x real time), %.3g per CPU s; %.2f s wall, %.2f s CPU%n",
                        simulated / wall, simulated / wall / 1e6, simulated / cpu, wall, cpu);
                console.printf(Locale.ROOT, "Memory:   peak heap %.1f MiB (max heap %.0f MiB)%n", peakHeap() / 1048576.0,
                        Runtime.getRuntime().maxMemory() / 1048576.0);
            }
            return ExitCode.OK;
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCode.INPUT, "cannot write the output: " + e.getMessage() + ". Check the folder exists and is writable.", e);
        } finally {
            for (StreamingFile f : files) {
                try {
                    f.close();
                } catch (Exception e) {
                    err.println("cellwright simulate: " + e.getMessage());
                }
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #resetPeaks()}. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Sends everything to several outputs. */
    private record Fanout(List<SimulationOutput> outputs) implements SimulationOutput {
        @Override
        public void sample(double t, double[] row) {
            for (SimulationOutput o : outputs) {
                o.sample(t, row);
            }
        }

        @Override
        public void event(SimulationEvent event) {
            for (SimulationOutput o : outputs) {
                o.event(event);
            }
        }

        @Override
        public void progress(double t, double duration) {
            for (SimulationOutput o : outputs) {
                o.progress(t, duration);
            }
        }
    }

    /** Prints events as text, a progress line on long runs (stderr) and the summary. */
    private static final class Console implements SimulationOutput {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean printEvents;
        private final long started = System.nanoTime();
        private long lastProgress;
        private boolean progressShown;
        private long eventCount;
        private double minCell = Double.MAX_VALUE;
        private double[] last;

        Console(PrintWriter out, PrintWriter err, boolean printEvents, double duration) {
            this.out = out;
            this.err = err;
            this.printEvents = printEvents;
        }

        @Override
        public void event(SimulationEvent event) {
            eventCount++;
            if (printEvents) {
                out.println(EventLog.line(event));
            }
        }

        @Override
        public void sample(double t, double[] row) {
            minCell = Math.min(minCell, row[4]);
            if (last == null) {
                last = new double[row.length];
            }
            System.arraycopy(row, 0, last, 0, row.length);
        }

        /** A progress line once the run has taken more than a second, refreshed twice a second. */
        @Override
        public void progress(double t, double duration) {
            long now = System.nanoTime();
            if (now - started < 1_000_000_000L || now - lastProgress < 500_000_000L) {
                return;
            }
            lastProgress = now;
            progressShown = true;
            err.printf(Locale.ROOT, "\rsimulating: %3.0f %% (%s of %s)", 100 * t / duration, days(t), days(duration));
            err.flush();
        }

        void endProgress() {
            if (progressShown) {
                err.println();
                err.flush();
            }
        }

        void summary(Simulation simulation, Scenario scenario, Path design, double simulated, double wall) {
            out.printf(Locale.ROOT, "Simulated %s of scenario '%s' on %s in %.2f s: %d events", days(simulated), scenario.name(), design, wall, eventCount);
            if (last != null) {
                out.printf(Locale.ROOT, "; at the end %.1f %% state of charge, bank %.2f V; lowest cell %.3f V", last[3], last[1], minCell);
            }
            out.println();
        }

        private static String days(double s) {
            if (s >= 2 * 86400) {
                return String.format(Locale.ROOT, "%.0f d", s / 86400);
            }
            if (s >= 3600) {
                return String.format(Locale.ROOT, "%.1f h", s / 3600);
            }
            return String.format(Locale.ROOT, "%.0f s", s);
        }
    }
}
