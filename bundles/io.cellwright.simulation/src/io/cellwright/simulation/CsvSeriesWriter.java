package io.cellwright.simulation;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the time series to a CSV file: a header of column names, one row per sample. */
public final class CsvSeriesWriter extends StreamingFile {

    private final StringBuilder line = new StringBuilder(1024);

    public CsvSeriesWriter(Path file, String[] columns) throws IOException {
        super(file);
        write(String.join(",", columns) + "\n");
    }

    @Override
    public void sample(double t, double[] row) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            number(line, row[i], 4);
        }
        line.append('\n');
        write(line.toString());
    }
}
