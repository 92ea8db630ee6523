package io.cellwright.live.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.cellwright.live.LiveException;

/** A session file read back: its source and its messages in order (see {@link SessionRecorder}). */
public record RecordedSession(Path file, String source, List<Message> messages) {

    /** One recorded message. */
    public record Message(long millis, String topic, byte[] payload) {
    }

    /** Reads {@code file}; a line that is not a message is an error naming file and line. */
    public static RecordedSession read(Path file) throws LiveException {
        List<Message> messages = new ArrayList<>();
        String source = "?";
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || !line.equals(SessionRecorder.MAGIC)) {
                throw new LiveException(file + ":1: not a recorded Cellwright live session (the first line must be '" + SessionRecorder.MAGIC + "')");
            }
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.startsWith("# source ")) {
                    source = line.substring("# source ".length());
                } else if (!line.startsWith("#") && !line.isEmpty()) {
                    messages.add(parse(file, number, line));
                }
            }
        } catch (IOException e) {
            throw new LiveException("cannot read the recorded session " + file + ": " + e.getMessage(), e);
        }
        return new RecordedSession(file, source, List.copyOf(messages));
    }

    private static Message parse(Path file, int number, String line) throws LiveException {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3) {
            throw new LiveException(file + ":" + number + ": expected 'milliseconds TAB topic TAB payload', found '" + abbreviate(line) + "'");
        }
        try {
            return new Message(Long.parseLong(parts[0]), parts[1], Base64.getDecoder().decode(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new LiveException(file + ":" + number + ": bad time or payload in '" + abbreviate(line) + "': " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
