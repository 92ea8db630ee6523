package io.cellwright.cli.internal;

import java.time.Duration;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveException;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.SampleDevices;
import io.cellwright.live.mqtt.VenusPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Hidden {@code cellwright fake-gx}: publishes a sample Lynx Smart BMS on a broker as a GX would (the
 * Venus OS scheme of {@link VenusPublisher}), with values that move a little every second. For demos,
 * screenshots and trying {@code monitor} without a GX; the design-driven virtual GX is {@code gx-sim}.
 */
@Command(name = "fake-gx", hidden = true, mixinStandardHelpOptions = true,
        description = "Publish a sample Lynx Smart BMS 500 on a broker as a GX device would (demo; not a simulation).")
public class FakeGxCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", paramLabel = "URL", required = true, description = "Broker to publish on.")
    String broker;

    @Option(names = "--portal-id", paramLabel = "ID", defaultValue = "c0619ab00001", description = "Portal id to publish as (default: ${DEFAULT-VALUE}).")
    String portalId;

    @Option(names = "--instance", defaultValue = "512", description = "Device instance of the BMS (default: ${DEFAULT-VALUE}).")
    int instance;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class, description = "Stop after D; without it, run until interrupted.")
    Duration duration;

    @Override
    public Integer call() throws InterruptedException {
        DeviceKey bms = new DeviceKey("battery", instance);
        try (VenusPublisher gx = new VenusPublisher(MqttSettings.gx(broker), portalId)) {
            SampleDevices.addLynxSmartBms(gx, instance, 87.5);
            try {
                gx.start(2000);
            } catch (LiveException e) {
                throw new CliException(ExitCode.INPUT, e.getMessage(), e);
            }
            spec.commandLine().getErr().println("cellwright fake-gx: portal " + portalId + " publishing " + bms + " (Lynx Smart BMS 500) on " + broker);
            spec.commandLine().getErr().flush();
            long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            for (int second = 0; System.nanoTime() < end; second++) {
                double wave = Math.sin(second / 10.0);
                double current = 12.4 + 3 * wave;
                double voltage = 26.71 + 0.05 * wave;
                gx.set(bms, "Dc/0/Voltage", Math.round(voltage * 100) / 100.0);
                gx.set(bms, "Dc/0/Current", Math.round(current * 10) / 10.0);
                gx.set(bms, "Dc/0/Power", Math.round(voltage * current * 10) / 10.0);
                gx.set(bms, "Soc", Math.round((87.5 + second * 0.01) * 10) / 10.0);
                Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
        }
        return ExitCode.OK;
    }
}
