package io.cellwright.catalog.internal;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;

/** Turns EMF load failures into one sentence with the line and column where the file went wrong. */
public final class LoadProblems {

    private LoadProblems() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof WrappedException || cause instanceof Resource.IOWrappedException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
            return "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": " + diagnostic.getMessage();
        }
        if (cause instanceof org.xml.sax.SAXParseException parse && parse.getLineNumber() > 0) {
            return "line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": " + parse.getMessage();
        }
        if (cause instanceof java.io.FileNotFoundException || cause instanceof java.nio.file.NoSuchFileException) {
            return "the file does not exist (" + cause.getMessage() + ").";
        }
        String message = cause.getMessage();
        return message == null ? cause.toString() : message;
    }
}
