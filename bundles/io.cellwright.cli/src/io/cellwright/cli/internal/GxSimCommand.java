package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveException;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.VenusPublisher;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;
import io.cellwright.simulation.ScenarioParser;
import io.cellwright.simulation.Scenarios;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.SimulationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright gx-sim}: a virtual GX device. Runs a design's simulation and publishes its battery
 * bank as the {@code battery} service a GX would show for the BMS, in the Venus OS MQTT scheme of
 * {@link VenusPublisher} (nothing retained, republish on keepalive, empty payloads when the device goes at
 * the end). Real time by default; {@code --speed} runs that many simulated seconds per second.
 */
@Command(name = "gx-sim", mixinStandardHelpOptions = true,
        description = { "A virtual GX device: simulate a design and publish its battery bank on an MQTT broker as a GX would (Venus OS scheme).",
            "Connect 'cellwright monitor' or the Live view to the same broker. Prints the simulation's events as they happen." })
public class GxSimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", paramLabel = "URL", required = true, description = "Broker to publish on, e.g. 127.0.0.1:1883 or tcp://host:1883.")
    String broker;

    @Option(names = "--design", paramLabel = "FILE", required = true, description = "The design file (.cwdesign).")
    Path design;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "overnight",
            description = "A built-in scenario (overnight, alternator, cold-morning, remote-off, year) or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenarioName;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Simulated seconds per wall-clock second (default: ${DEFAULT-VALUE}, real time).")
    double speed;

    @Option(names = "--duration", paramLabel = "D", description = "Simulated time, for example 90min, 12h (default: the scenario's).")
    String duration;

    @Option(names = "--portal-id", paramLabel = "ID", defaultValue = "c0619ab00002", description = "Portal id to publish as (default: ${DEFAULT-VALUE}).")
    String portalId;

    @Option(names = "--instance", defaultValue = "512", description = "Device instance of the battery service (default: ${DEFAULT-VALUE}).")
    int instance;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(spec.commandLine(), "--speed must be a number above zero, for example 1 (real time) or 60.");
        }
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, err);
        SystemDesign system;
        try {
            system = DesignFiles.load(design, catalogs);
        } catch (DesignFileException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        }
        Simulation simulation;
        Scenario scenario;
        try {
            scenario = Scenarios.load(scenarioName).with(overrides(Scenarios.load(scenarioName)));
            simulation = Simulation.of(system, scenario);
        } catch (ScenarioException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        } catch (SimulationException e) {
            throw new CliException(ExitCode.INPUT, design + ": " + e.getMessage(), e);
        }
        DeviceKey battery = new DeviceKey("battery", instance);
        try (VenusPublisher gx = new VenusPublisher(MqttSettings.gx(broker), portalId)) {
            GxSimOutput output = new GxSimOutput(gx, battery, system, simulation.columns(), speed, out);
            output.publishStatic();
            try {
                gx.start(2000);
            } catch (LiveException e) {
                throw new CliException(ExitCode.INPUT, e.getMessage(), e);
            }
            err.printf(java.util.Locale.ROOT, "cellwright gx-sim: portal %s publishing %s (%s) on %s: scenario '%s', %s simulated at %s x real time%n", portalId,
                    battery, output.productName(), broker, scenario.name(), Durations.span(scenario.duration()), DoubleText.of(speed));
            err.flush();
            double simulated = simulation.run(output);
            gx.removeDevice(battery);
            out.printf(java.util.Locale.ROOT, "Published %s of scenario '%s' of %s as %s; the device has gone.%n", Durations.span(simulated), scenario.name(), design,
                    battery);
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * The duration override, and a sample every simulation step (at most 1 s) so that the published
     * values move as often as a GX's do; {@link GxSimOutput} limits how many reach the broker.
     */
    private Map<String, String> overrides(Scenario base) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("sample", DoubleText.of(Math.min(1, base.step())) + "s");
        if (duration != null) {
            double s;
            try {
                s = ScenarioParser.seconds(duration);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--duration " + duration + " is not a duration. Write for example 90s, 15min, 24h or 7d.");
            }
            if (s <= 0) {
                throw new ParameterException(spec.commandLine(), "--duration must be more than zero.");
            }
            o.put("duration", duration);
        }
        return o;
    }

    /** Short number text: 1, 0.5, 3600. */
    static final class DoubleText {
        private DoubleText() {
        }

        static String of(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /** Durations for the console. */
    static final class Durations {
        private Durations() {
        }

        static String span(double s) {
            if (s >= 2 * 86400) {
                return String.format(java.util.Locale.ROOT, "%.0f d", s / 86400);
            }
            if (s >= 3600) {
                return String.format(java.util.Locale.ROOT, "%.1f h", s / 3600);
            }
            if (s >= 120) {
                return String.format(java.util.Locale.ROOT, "%.0f min", s / 60);
            }
            return String.format(java.util.Locale.ROOT, "%.0f s", s);
        }
    }
}
