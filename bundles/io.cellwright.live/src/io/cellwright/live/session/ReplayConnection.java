package io.cellwright.live.session;

import java.nio.file.Path;

import io.cellwright.live.AbstractLiveConnection;
import io.cellwright.live.ConnectionState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.WriteGuard;
import io.cellwright.live.venus.VenusIngest;

/**
 * A recorded session played back as a live source: the messages go through the same Venus OS ingest
 * as on a real connection, with their original pauses divided by {@code speed} (0: as fast as
 * possible). Writes are never sent anywhere: they are logged as failed.
 */
public final class ReplayConnection extends AbstractLiveConnection {

    private final Path file;
    private final double speed;
    private volatile Thread player;
    private volatile RecordedSession session;

    public ReplayConnection(Path file, double speed) {
        this(file, speed, new LiveModel());
    }

    public ReplayConnection(Path file, double speed, LiveModel model) {
        super(model, "replay of " + file);
        this.file = file;
        this.speed = speed;
    }

    @Override
    public String describe() {
        return "replay of " + file.getFileName() + (session == null ? "" : " (recorded from " + session.source() + ")");
    }

    @Override
    public synchronized void connect() throws LiveException {
        if (state() == ConnectionState.CLOSED) {
            throw new LiveException("this replay is closed; open the session again");
        }
        if (player != null) {
            return;
        }
        session = RecordedSession.read(file);
        VenusIngest ingest = new VenusIngest(model(), null);
        Thread thread = new Thread(() -> play(session, ingest), "cellwright replay " + file.getFileName());
        thread.setDaemon(true);
        player = thread;
        setState(ConnectionState.CONNECTED, null);
        thread.start();
    }

    private void play(RecordedSession recorded, VenusIngest ingest) {
        long start = System.nanoTime();
        try {
            for (RecordedSession.Message message : recorded.messages()) {
                if (speed > 0) {
                    long due = start + (long) (message.millis() * 1_000_000L / speed);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    }
                }
                ingest.accept(message.topic(), message.payload());
            }
            setState(ConnectionState.DISCONNECTED, "end of the recorded session (" + recorded.messages().size() + " messages)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                player = null;
            }
        }
    }

    @Override
    public void disconnect() {
        Thread thread = player;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        setState(ConnectionState.DISCONNECTED, null);
    }

    @Override
    public WriteGuard.Outcome write(DeviceKey device, String path, Object value) {
        WriteGuard.Outcome outcome = writeGuard().check(device, path, value);
        if (outcome == WriteGuard.Outcome.SENT) {
            writeGuard().failed(device, path, value, "a replayed session has no device to write to");
            return WriteGuard.Outcome.FAILED;
        }
        return outcome;
    }

    @Override
    public void close() {
        disconnect();
        setState(ConnectionState.CLOSED, null);
    }
}
