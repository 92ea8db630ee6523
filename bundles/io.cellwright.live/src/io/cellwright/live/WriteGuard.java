package io.cellwright.live;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards writes to a real installation. A write ({@code W/} topic on Venus OS) reaches the real
 * system: switching a BMS, inverter or charger off can leave a boat without power
 * (venus-os-mqtt facts, "Safety"). So, per connection:
 * <ul>
 * <li>writing is off until {@link #enable(Confirmation)} is called explicitly;</li>
 * <li>every write asks the confirmation for that device, path and value;</li>
 * <li>every attempt, sent or refused, is logged (in memory, to the log file when one is set, and to
 * the platform log).</li>
 * </ul>
 */
public final class WriteGuard {

    private static final System.Logger LOG = System.getLogger(WriteGuard.class.getName());

    /** One write someone wants to make. */
    public record WriteRequest(String connection, DeviceKey device, String path, Object value) {
        /** {@code battery/512 Io/ForceChargingOff = 1 on tcp://...}: what a person must confirm. */
        public String describe() {
            return device + " " + path + " = " + value + " (" + connection + ")";
        }
    }

    /** Asks the user; returns {@code true} only when they said yes to this very write. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(WriteRequest request);
    }

    /** What became of a write attempt. */
    public enum Outcome {
        /** Confirmed and handed to the connection. */
        SENT,
        /** Writing is off for this connection. */
        REFUSED_WRITES_DISABLED,
        /** The user said no. */
        REFUSED_BY_USER,
        /** Confirmed, but the connection could not send it. */
        FAILED
    }

    /** One line of the write log. */
    public record Entry(Instant time, WriteRequest request, Outcome outcome, String detail) {
        public String line() {
            return time + " " + outcome + " " + request.describe() + (detail == null ? "" : " - " + detail);
        }
    }

    private final String connection;
    private volatile Confirmation confirmation;
    private final List<Entry> entries = new ArrayList<>();
    private volatile Path logFile;

    public WriteGuard(String connection) {
        this.connection = connection;
    }

    /** Turns writing on for this connection; every write will ask {@code confirmation}. */
    public void enable(Confirmation confirmation) {
        if (confirmation == null) {
            throw new IllegalArgumentException("writes need a confirmation that asks the user");
        }
        this.confirmation = confirmation;
        LOG.log(Level.INFO, "writes enabled for {0}", connection);
    }

    /** Turns writing off again. */
    public void disable() {
        confirmation = null;
    }

    public boolean isEnabled() {
        return confirmation != null;
    }

    /** Also appends every entry to {@code file} (created when missing). */
    public void logTo(Path file) {
        this.logFile = file;
    }

    /**
     * Decides on one write: refused when writing is off or the user says no. The caller sends the
     * write only on {@link Outcome#SENT} and reports a send failure with {@link #failed}.
     */
    public Outcome check(DeviceKey device, String path, Object value) {
        WriteRequest request = new WriteRequest(connection, device, path, value);
        Confirmation asked = confirmation;
        Outcome outcome;
        if (asked == null) {
            outcome = Outcome.REFUSED_WRITES_DISABLED;
        } else {
            outcome = asked.confirm(request) ? Outcome.SENT : Outcome.REFUSED_BY_USER;
        }
        record(new Entry(Instant.now(), request, outcome, outcome == Outcome.REFUSED_WRITES_DISABLED ? "writing is off for this connection" : null));
        return outcome;
    }

    /** Logs that a confirmed write could not be sent. */
    public void failed(DeviceKey device, String path, Object value, String why) {
        record(new Entry(Instant.now(), new WriteRequest(connection, device, path, value), Outcome.FAILED, why));
    }

    /** Every attempt so far, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    private synchronized void record(Entry entry) {
        entries.add(entry);
        LOG.log(entry.outcome() == Outcome.SENT ? Level.INFO : Level.WARNING, "live write: {0}", entry.line());
        Path file = logFile;
        if (file != null) {
            try {
                Files.writeString(file, entry.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                LOG.log(Level.ERROR, "cannot append to the write log " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
