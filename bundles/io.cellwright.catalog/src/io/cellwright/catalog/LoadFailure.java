package io.cellwright.catalog;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/**
 * Why an EMF model file (catalog or design) could not be loaded, with the line and column where the
 * parser stopped when there is one. EMF wraps the real cause; this finds it.
 *
 * @param line    1-based line, or 0 when the failure is not tied to a line
 * @param column  1-based column, or 0
 * @param kind    what went wrong in general terms
 * @param message the parser's or EMF's own message
 */
public record LoadFailure(int line, int column, Kind kind, String message) {

    /** The broad kinds of load failure, for wording the message. */
    public enum Kind { NOT_WELL_FORMED, MODEL, MISSING_FILE, OTHER }

    public static LoadFailure of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof WrappedException || cause instanceof Resource.IOWrappedException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
            return new LoadFailure(diagnostic.getLine(), diagnostic.getColumn(), Kind.MODEL, diagnostic.getMessage());
        }
        if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
            return new LoadFailure(parse.getLineNumber(), parse.getColumnNumber(), Kind.NOT_WELL_FORMED, parse.getMessage());
        }
        if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
            return new LoadFailure(0, 0, Kind.MISSING_FILE, cause.getMessage());
        }
        return new LoadFailure(0, 0, Kind.OTHER, cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    /** "line 7, column 5: message", or the message alone. */
    public String describe() {
        if (kind == Kind.MISSING_FILE) {
            return "the file does not exist (" + message + ").";
        }
        return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
}
