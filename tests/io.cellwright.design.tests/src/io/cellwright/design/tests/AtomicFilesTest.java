package io.cellwright.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.design.AtomicFiles;

/** A save replaces the content and keeps the file's permissions; a new file is readable by others. */
class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsWorldReadable() throws Exception {
        Path file = directory.resolve("boat.cwdesign");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var left = Files.list(directory)) {
            assertEquals(1, left.count(), "no temporary file is left");
        }
    }
}
