package io.cellwright.live.session;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;

/**
 * Records the messages of a live session to a file, as they arrived, so that it can be replayed as a
 * live source ({@link ReplayConnection}). Format, one message a line, UTF-8:
 *
 * <pre>
 * # cellwright live session 1
 * # source tcp://192.168.1.5:1883
 * # started 2026-05-01T10:00:00Z
 * &lt;milliseconds since start&gt; TAB &lt;topic&gt; TAB &lt;payload, Base64&gt;
 * </pre>
 *
 * Payloads are Base64 so that empty and garbage payloads replay exactly. The file is written as the
 * session runs (flushed every second) so that a crash loses at most the last second.
 */
public final class SessionRecorder implements Closeable {

    static final String MAGIC = "# cellwright live session 1";

    private final Path file;
    private final BufferedWriter out;
    private final long start = System.nanoTime();
    private long lastFlush = start;
    private long count;

    /** Creates {@code file} (refuses to overwrite an existing one: it may be an earlier session). */
    public SessionRecorder(Path file, String source) throws IOException {
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        out.write(MAGIC + "\n# source " + source + "\n# started " + Instant.now() + "\n");
        out.flush();
    }

    public Path file() {
        return file;
    }

    /** Appends one message. */
    public synchronized void record(String topic, byte[] payload) throws IOException {
        long now = System.nanoTime();
        out.write(Long.toString((now - start) / 1_000_000));
        out.write('\t');
        out.write(topic);
        out.write('\t');
        out.write(Base64.getEncoder().encodeToString(payload == null ? new byte[0] : payload));
        out.write('\n');
        count++;
        if (now - lastFlush > 1_000_000_000L) {
            out.flush();
            lastFlush = now;
        }
    }

    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
