package io.cellwright.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.AbstractLiveConnection;
import io.cellwright.live.AlarmState;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.LiveValue;
import io.cellwright.live.Quantities;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.VenusMqttConnection;
import io.cellwright.live.session.ReplayConnection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright monitor}: connects to a GX device (or the VRM broker, or replays a recorded session)
 * and prints the live values: a table per device, or one JSON object per change with {@code --json}.
 * Read-only: the command line never writes to an installation.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Print the live values a GX device publishes over MQTT (Venus OS), or replay a recorded session.",
            "Examples:  cellwright monitor --broker 192.168.1.5 --duration 30s",
            "           cellwright monitor --vrm --portal-id c0619ab00001 --user me@example.org --json",
            "The password is read from the environment variable " + MonitorCommand.PASSWORD_VARIABLE + " or asked for; never from a file.",
            "Exit 0: done; 1: the broker cannot be used (unreachable, login refused, no portal id found)." })
public class MonitorCommand implements java.util.concurrent.Callable<Integer> {

    static final String PASSWORD_VARIABLE = "CELLWRIGHT_MQTT_PASSWORD";

    static class Source {
        @Option(names = "--broker", paramLabel = "URL", description = "The GX broker: host, host:port, tcp://host:1883 or ssl://host:8883.")
        String broker;

        @Option(names = "--vrm", description = "Use the VRM cloud broker of --portal-id (TLS, VRM e-mail and password).")
        boolean vrm;

        @Option(names = "--replay", paramLabel = "FILE", description = "Replay a session recorded with --record instead of connecting.")
        Path replay;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--portal-id", paramLabel = "ID", description = "The GX's VRM portal id; found on the broker when left out.")
    String portalId;

    @Option(names = "--user", paramLabel = "NAME", description = "User name (VRM: your e-mail address).")
    String user;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "PEM file of the CA to trust for TLS (VRM: venus-ca.crt).")
    Path caFile;

    @Option(names = "--no-hostname-verification", description = "Do not check that the TLS certificate names the host (unsafe).")
    boolean noHostnameVerification;

    @Option(names = "--json", description = "One JSON object per line and change instead of tables.")
    boolean json;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after D (30s, 5m, 1h); without it, run until interrupted.")
    Duration duration;

    @Option(names = "--interval", paramLabel = "D", converter = DurationConverter.class, defaultValue = "10s",
            description = "How often the tables are printed again (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--record", paramLabel = "FILE", description = "Also record every message to FILE (a new file) for --replay.")
    Path record;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Replay speed; 0 replays as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AbstractLiveConnection connection = open();
        CountDownLatch fullPublish = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        connection.model().addListener(change -> {
            if (change.kind() == LiveModel.Kind.FULL_PUBLISH_COMPLETED) {
                fullPublish.countDown();
            }
            if (json) {
                printJson(out, change);
            }
        });
        connection.addListener((c, state, detail) -> {
            err.println("cellwright monitor: " + state.name().toLowerCase(java.util.Locale.ROOT) + (detail == null ? "" : ": " + detail));
            err.flush();
            if (source.replay != null && state == io.cellwright.live.ConnectionState.DISCONNECTED) {
                ended.countDown();
                fullPublish.countDown();
            }
        });
        try (connection) {
            try {
                if (record != null && connection instanceof VenusMqttConnection mqtt) {
                    mqtt.record(record); // before connecting: the full republish belongs in the recording
                }
                connection.connect();
            } catch (LiveException e) {
                throw new CliException(ExitCode.INPUT, e.getMessage(), e);
            }
            err.println("cellwright monitor: receiving from " + connection.describe() + (duration == null ? "; Ctrl-C stops" : " for " + duration.toSeconds() + " s"));
            err.flush();
            run(connection, out, fullPublish, ended);
        }
        return ExitCode.OK;
    }

    private AbstractLiveConnection open() {
        if (source.replay != null) {
            return new ReplayConnection(source.replay, speed);
        }
        MqttSettings settings;
        try {
            char[] password = user == null ? null : password();
            if (source.vrm) {
                if (portalId == null || user == null) {
                    throw new CliException(ExitCode.USAGE, "--vrm needs --portal-id and --user (your VRM e-mail address)");
                }
                settings = MqttSettings.vrm(portalId, user, password);
            } else {
                settings = MqttSettings.gx(source.broker).withPortalId(portalId).withUser(user, password);
            }
            if (settings.isTls() || caFile != null) {
                settings = settings.withTls(caFile, !noHostnameVerification);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        return new VenusMqttConnection(settings);
    }

    private char[] password() {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliException(ExitCode.INPUT, "--user " + user + " needs a password: set the environment variable " + PASSWORD_VARIABLE
                    + " or run in a terminal to be asked");
        }
        char[] password = console.readPassword("Password for %s: ", user);
        if (password == null) {
            throw new CliException(ExitCode.INPUT, "no password entered");
        }
        return password;
    }

    private void run(AbstractLiveConnection connection, PrintWriter out, CountDownLatch fullPublish, CountDownLatch ended) throws InterruptedException {
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        if (!json) {
            // The first table once the GX has sent everything (or after one interval without a full publish).
            awaitUntil(fullPublish, Math.min(end, System.nanoTime() + interval.toNanos()));
            printTables(out, connection.model());
        }
        long next = System.nanoTime() + interval.toNanos();
        while (System.nanoTime() < end && ended.getCount() > 0) {
            awaitUntil(ended, Math.min(end, next));
            if (!json && System.nanoTime() >= next) {
                printTables(out, connection.model());
                next += interval.toNanos();
            }
        }
        if (!json) {
            printTables(out, connection.model());
        }
        if (connection.model().devices().isEmpty()) {
            spec.commandLine().getErr().println("cellwright monitor: no values received from " + connection.describe()
                    + ". Is the portal id right, and is the GX publishing (Settings → Services → MQTT)?");
        }
    }

    private static void awaitUntil(CountDownLatch latch, long deadline) throws InterruptedException {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            latch.await(wait, TimeUnit.NANOSECONDS);
        }
    }

    static void printTables(PrintWriter out, LiveModel model) {
        List<LiveDevice> devices = model.devices();
        synchronized (out) {
            out.println("--- " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ", " + devices.size() + " device(s)"
                    + (model.skippedCount() > 0 ? ", " + model.skippedCount() + " message(s) skipped" : ""));
            for (LiveDevice device : devices) {
                printDevice(out, device);
            }
            out.flush();
        }
    }

    private static void printDevice(PrintWriter out, LiveDevice device) {
        Integer product = device.productId();
        String title = device.displayName().equals(device.key().toString()) ? "" : "  " + device.displayName();
        out.println(device.key() + title + (product == null ? "" : "  (product " + product + ")"));
        Set<String> paths = new LinkedHashSet<>();
        Quantities.batteryPaths().forEach(q -> paths.add(q.path()));
        paths.retainAll(device.values().keySet());
        device.values().keySet().stream().filter(p -> !p.startsWith(Quantities.ALARM_PREFIX)).forEach(paths::add);
        for (String path : paths) {
            LiveValue value = device.value(path);
            Quantities.Quantity q = Quantities.of(path);
            out.printf("  %-32s %-30s %s%n", path, q == null ? "" : q.label(), value.display());
        }
        Map<String, AlarmState> alarms = device.alarms();
        if (!alarms.isEmpty()) {
            List<String> active = new ArrayList<>();
            alarms.forEach((name, state) -> {
                if (state != AlarmState.OK) {
                    active.add(name + " " + state.label());
                }
            });
            out.printf("  %-32s %s%n", "Alarms", active.isEmpty() ? "all " + alarms.size() + " ok" : String.join(", ", active));
        }
    }

    private static void printJson(PrintWriter out, LiveModel.Change change) {
        String time = Json.quote(Instant.now().toString());
        String line = switch (change.kind()) {
            case VALUE -> "{\"time\": " + time + ", \"device\": " + Json.quote(change.device().toString()) + ", \"path\": "
                    + Json.quote(change.value().path()) + ", \"value\": " + jsonValue(change.value().value()) + ", \"unit\": "
                    + Json.quote(Quantities.unit(change.value().path())) + "}";
            case DEVICE_REMOVED -> "{\"time\": " + time + ", \"device\": " + Json.quote(change.device().toString()) + ", \"event\": \"removed\"}";
            case FULL_PUBLISH_COMPLETED -> "{\"time\": " + time + ", \"event\": \"full_publish_completed\"}";
            case SKIPPED -> "{\"time\": " + time + ", \"event\": \"skipped\", \"reason\": " + Json.quote(change.detail()) + "}";
            case DEVICE_ADDED -> null;
        };
        if (line != null) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return Json.quote(value.toString());
    }
}
