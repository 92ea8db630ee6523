package io.cellwright.live;

/**
 * A live source cannot be used: broker unreachable, login refused, portal id not found, file not
 * readable. The message names the thing and what to do.
 */
public class LiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public LiveException(String message) {
        super(message);
    }

    public LiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
