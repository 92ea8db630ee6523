package io.cellwright.simulation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams the event log to a JSON file: an array of objects with {@code t} (seconds), {@code time}
 * (as the text log prints it), {@code source}, {@code signal}, {@code value} and {@code reason}.
 */
public final class JsonEventWriter extends StreamingFile {

    private final StringBuilder b = new StringBuilder(256);
    private boolean first = true;

    public JsonEventWriter(Path file) throws IOException {
        super(file);
        write("[\n");
    }

    @Override
    public void event(SimulationEvent e) {
        b.setLength(0);
        b.append(first ? "  {\"t\": " : ",\n  {\"t\": ");
        first = false;
        number(b, e.t(), 3);
        b.append(", \"time\": ").append(JsonText.quote(EventLog.clock(e.t())));
        b.append(", \"source\": ").append(JsonText.quote(e.source()));
        b.append(", \"signal\": ").append(JsonText.quote(e.signal()));
        b.append(", \"value\": ").append(JsonText.quote(e.value()));
        b.append(", \"reason\": ").append(JsonText.quote(e.reason())).append('}');
        write(b.toString());
    }

    @Override
    protected void finish() {
        write(first ? "]\n" : "\n]\n");
    }
}
