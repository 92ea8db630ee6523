package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.live.LiveException;
import io.cellwright.live.session.RecordedSession;
import io.cellwright.live.session.SessionRecorder;

/** A broken session file is refused naming the file and line; an existing file is never overwritten. */
class SessionFileTest {

    @TempDir
    Path dir;

    @Test
    void aBadLineIsNamed() throws Exception {
        Path file = dir.resolve("bad.cwlive");
        Files.writeString(file, "# cellwright live session 1\n# source test\n12\tN/x/battery/0/Soc\teyJ2YWx1ZSI6IDF9\nthis is not a message\n");
        LiveException e = assertThrows(LiveException.class, () -> RecordedSession.read(file));
        assertTrue(e.getMessage().startsWith(file + ":4: expected"), e.getMessage());
    }

    @Test
    void aFileThatIsNotASessionIsNamed() throws Exception {
        Path file = dir.resolve("design.cwdesign");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n");
        LiveException e = assertThrows(LiveException.class, () -> RecordedSession.read(file));
        assertTrue(e.getMessage().contains(file + ":1: not a recorded Cellwright live session"), e.getMessage());
    }

    @Test
    void recordingNeverOverwritesAFile() throws Exception {
        Path file = dir.resolve("earlier.cwlive");
        Files.writeString(file, "an earlier session");
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> new SessionRecorder(file, "test").close());
        assertTrue(Files.readString(file).equals("an earlier session"));
    }
}
