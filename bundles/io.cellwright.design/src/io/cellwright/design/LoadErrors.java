package io.cellwright.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Maps EMF and XML parser failures to a {@link DesignFileException} with the line they happened on. */
final class LoadErrors {

    private LoadErrors() {
    }

    static DesignFileException toDesignFileException(Path file, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof WrappedException || cause instanceof Resource.IOWrappedException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
            return new DesignFileException(file, diagnostic.getLine(), diagnostic.getMessage() + hint(diagnostic.getMessage()), failure);
        }
        if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
            return new DesignFileException(file, parse.getLineNumber(), "the file is not well-formed XML: " + parse.getMessage(), failure);
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new DesignFileException(file, 0, "cannot be read: " + message, failure);
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
