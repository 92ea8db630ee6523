package io.cellwright.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cellwright.catalog.LoadFailure;

/** Maps EMF and XML parser failures to a {@link DesignFileException} with the line they happened on. */
final class LoadErrors {

    private LoadErrors() {
    }

    static DesignFileException toDesignFileException(Path file, Throwable failure) {
        LoadFailure load = LoadFailure.of(failure);
        return switch (load.kind()) {
            case MODEL -> new DesignFileException(file, load.line(), load.message() + hint(load.message()), failure);
            case NOT_WELL_FORMED -> new DesignFileException(file, load.line(), "the file is not well-formed XML: " + load.message(), failure);
            default -> new DesignFileException(file, 0, "cannot be read: " + load.message(), failure);
        };
    }

    private static String hint(String message) {
        if (message != null && message.startsWith("Package with uri")) {
            return " The file is not a design of this Cellwright version.";
        }
        if (message != null && message.contains("is not found or is abstract")) {
            return " A reference to a catalog product needs its type, for example xsi:type=\"catalog:BmsModel\".";
        }
        return "";
    }

    /** The first line of the file that contains {@code text}, or 0. */
    static int lineContaining(Path file, String text) {
        if (text == null) {
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
