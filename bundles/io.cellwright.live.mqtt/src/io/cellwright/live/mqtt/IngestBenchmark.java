package io.cellwright.live.mqtt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;

import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.venus.VenusTopics;

/**
 * Ingest benchmark: publishes N Venus-style notifications through a broker and measures, for our
 * client (broker → Paho → {@link io.cellwright.live.venus.VenusIngest} → {@link LiveModel} listener) and for
 * {@code mosquitto_sub} on the same stream (broker → its stdout → a reader thread here), how many arrive,
 * at what rate, and the latency from publishing to arrival (p50, p99). Everything on one machine, so
 * one clock; the latency includes the publishing client and the broker for both receivers alike.
 */
public final class IngestBenchmark {

    /** The figures of one receiver. */
    public record Figures(String receiver, int received, int sent, double messagesPerSecond, double p50Millis, double p99Millis) {
        public String row() {
            return String.format(Locale.ROOT, "| %s | %d / %d | %.0f | %.2f | %.2f |", receiver, received, sent, messagesPerSecond, p50Millis, p99Millis);
        }
    }

    private static final String PORTAL = "bench0000001";

    private final String broker;
    private final int messages;
    private final int rate;
    private final String mosquittoSub;

    /**
     * @param rate         messages per second to publish, 0 for as fast as possible
     * @param mosquittoSub path of mosquitto_sub, or {@code null} to measure only our client
     */
    public IngestBenchmark(String broker, int messages, int rate, String mosquittoSub) {
        this.broker = MqttSettings.normalize(broker);
        this.messages = messages;
        this.rate = rate;
        this.mosquittoSub = mosquittoSub;
    }

    public List<Figures> run() throws LiveException, IOException, InterruptedException {
        long[] sent = new long[messages];
        AtomicLongArray ours = new AtomicLongArray(messages);
        AtomicLongArray theirs = new AtomicLongArray(messages);
        AtomicInteger ourCount = new AtomicInteger();
        AtomicInteger theirCount = new AtomicInteger();
        int[] warm = { 0, 0 };

        MqttSettings settings = MqttSettings.gx(broker).withPortalId(PORTAL);
        try (VenusMqttConnection live = new VenusMqttConnection(settings)) {
            live.model().addListener(change -> {
                if (change.kind() != LiveModel.Kind.VALUE) {
                    return;
                }
                if (change.device().serviceType().equals("warmup")) {
                    warm[0] = 1;
                    return;
                }
                int seq = change.value().number().intValue();
                if (seq >= 0 && seq < messages && ours.compareAndSet(seq, 0, System.nanoTime())) {
                    ourCount.incrementAndGet();
                }
            });
            live.connect();
            Process sub = mosquittoSub == null ? null : startSub(theirs, theirCount, warm);
            try {
                MqttAsyncClient publisher = MqttClients.create(settings, "cellwright-bench-publisher");
                publisher.connect(MqttClients.options(settings)).waitForCompletion(10_000);
                warmUp(publisher, warm, sub != null);
                publish(publisher, sent);
                awaitArrival(ourCount, theirCount, sub != null);
                publisher.disconnect().waitForCompletion(5000);
                publisher.close();
            } catch (MqttException e) {
                throw new LiveException("benchmark publisher on " + broker + ": " + e.getMessage(), e);
            } finally {
                if (sub != null) {
                    sub.destroy();
                }
            }
        }
        Figures a = figures("Cellwright (Paho → live model)", sent, ours, ourCount.get());
        return sub(a, sent, theirs, theirCount.get());
    }

    private List<Figures> sub(Figures ours, long[] sent, AtomicLongArray theirs, int count) {
        return mosquittoSub == null ? List.of(ours) : List.of(ours, figures("mosquitto_sub (stdout → reader)", sent, theirs, count));
    }

    private Process startSub(AtomicLongArray theirs, AtomicInteger count, int[] warm) throws IOException {
        URI uri = URI.create(broker);
        Process process = new ProcessBuilder(mosquittoSub, "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-t", "N/" + PORTAL + "/#", "-v")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    if (line.contains("/warmup/")) {
                        warm[1] = 1;
                        continue;
                    }
                    int colon = line.lastIndexOf(':');
                    int brace = line.lastIndexOf('}');
                    if (colon < 0 || brace < colon) {
                        continue;
                    }
                    int seq = (int) Double.parseDouble(line.substring(colon + 1, brace).trim());
                    if (seq >= 0 && seq < theirs.length() && theirs.compareAndSet(seq, 0, now)) {
                        count.incrementAndGet();
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the process was stopped
            }
        }, "mosquitto_sub reader");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /** Publishes until both receivers see a message, so that both are subscribed before the measurement. */
    private void warmUp(MqttAsyncClient publisher, int[] warm, boolean withSub) throws MqttException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (warm[0] == 0 || withSub && warm[1] == 0) {
            if (System.nanoTime() > deadline) {
                throw new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
            }
            publisher.publish("N/" + PORTAL + "/warmup/0/Value", VenusTopics.valuePayload(1), 0, false);
            Thread.sleep(50);
        }
    }

    private void publish(MqttAsyncClient publisher, long[] sent) throws MqttException, InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            if (rate > 0) {
                long due = start + (long) i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
            byte[] payload = ("{\"value\": " + i + "}").getBytes(StandardCharsets.UTF_8);
            sent[i] = System.nanoTime();
            publisher.publish("N/" + PORTAL + "/battery/" + (512 + i % 4) + "/Dc/0/Voltage", payload, 0, false);
        }
    }

    private void awaitArrival(AtomicInteger ours, AtomicInteger theirs, boolean withSub) throws InterruptedException {
        // Until everything arrived, or nothing more came for 3 s (QoS 0 may drop under load).
        int last = -1;
        long quietSince = System.nanoTime();
        while (ours.get() < messages || withSub && theirs.get() < messages) {
            int now = ours.get() + theirs.get();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 3_000_000_000L) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private Figures figures(String receiver, long[] sent, AtomicLongArray arrived, int count) {
        double[] latencies = new double[count];
        int n = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        for (int i = 0; i < messages; i++) {
            long at = arrived.get(i);
            if (at != 0 && n < count) {
                latencies[n++] = (at - sent[i]) / 1e6;
                first = Math.min(first, sent[i]);
                last = Math.max(last, at);
            }
        }
        Arrays.sort(latencies, 0, n);
        double seconds = n == 0 ? 1 : (last - first) / 1e9;
        return new Figures(receiver, n, messages, n / seconds, percentile(latencies, n, 0.50), percentile(latencies, n, 0.99));
    }

    private static double percentile(double[] sorted, int n, double p) {
        return n == 0 ? Double.NaN : sorted[Math.min(n - 1, (int) Math.ceil(p * n) - 1)];
    }
}
