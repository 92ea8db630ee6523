package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.LiveException;
import io.cellwright.live.mqtt.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Hidden {@code cellwright live-bench}: the ingest benchmark of docs/live.md (run by releng/scripts/live-benchmark.sh). */
@Command(name = "live-bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Measure live ingest (messages/s, publish-to-model latency) side by side with mosquitto_sub.")
public class LiveBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL")
    String broker;

    @Option(names = "--messages", defaultValue = "100000")
    int messages;

    @Option(names = "--rate", defaultValue = "0", description = "Messages per second; 0 = as fast as possible (default).")
    int rate;

    @Option(names = "--mosquitto-sub", paramLabel = "PATH", description = "mosquitto_sub to compare with; left out: our client only.")
    String mosquittoSub;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().printf("cellwright live-bench: %d messages %s through %s%n", messages, rate == 0 ? "as fast as possible" : "at " + rate + "/s", broker);
        spec.commandLine().getErr().flush();
        List<IngestBenchmark.Figures> figures;
        try {
            figures = new IngestBenchmark(broker, messages, rate, mosquittoSub).run();
        } catch (LiveException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        }
        out.printf("%d messages, %s%n", messages, rate == 0 ? "published as fast as possible" : "published at " + rate + " messages/s");
        out.println("| receiver | received | messages/s | latency p50 (ms) | latency p99 (ms) |");
        out.println("| --- | --- | --- | --- | --- |");
        figures.forEach(f -> out.println(f.row()));
        return ExitCode.OK;
    }
}
