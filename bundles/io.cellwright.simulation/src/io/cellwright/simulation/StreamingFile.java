package io.cellwright.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written as a stream into a temporary file beside it and moved over the target only when
 * complete ({@link #commit()}), so an interrupted run never leaves a half file in place of a good one.
 */
public abstract class StreamingFile implements SimulationOutput, AutoCloseable {

    private final Path target;
    private final Path temp;
    protected final Writer out;
    private boolean committed;

    protected StreamingFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        // Beside the target (same file system, so the final move is atomic), with the user's usual permissions.
        this.temp = dir.resolve("." + this.target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes the end of the file (closing brackets) before it is moved into place. */
    protected void finish() throws IOException {
    }

    protected final void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Completes the file and moves it over the target. */
    public void commit() throws IOException {
        finish();
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without {@link #commit()}, drops the temporary file and leaves the target as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Appends {@code v} with up to {@code decimals} decimals, without the cost of String.format. */
    static void number(StringBuilder b, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            b.append(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
            return;
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            b.append('-');
        }
        b.append(scaled / scale);
        long frac = scaled % scale;
        if (frac != 0) {
            b.append('.');
            String digits = Long.toString(frac + scale).substring(1);
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append(digits, 0, end);
        }
    }
}
