package io.cellwright.simulation;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the time series to a JSON file: {@code {"columns": [...], "rows": [[...], ...]}}. */
public final class JsonSeriesWriter extends StreamingFile {

    private final StringBuilder line = new StringBuilder(1024);
    private boolean first = true;

    public JsonSeriesWriter(Path file, String[] columns) throws IOException {
        super(file);
        StringBuilder b = new StringBuilder("{\"columns\": [");
        for (int i = 0; i < columns.length; i++) {
            b.append(i > 0 ? ", " : "").append(JsonText.quote(columns[i]));
        }
        write(b.append("],\n\"rows\": [\n").toString());
    }

    @Override
    public void sample(double t, double[] row) {
        line.setLength(0);
        line.append(first ? "[" : ",\n[");
        first = false;
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            double v = row[i];
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                line.append("null");
            } else {
                number(line, v, 4);
            }
        }
        write(line.append(']').toString());
    }

    @Override
    protected void finish() {
        write("\n]}\n");
    }
}
