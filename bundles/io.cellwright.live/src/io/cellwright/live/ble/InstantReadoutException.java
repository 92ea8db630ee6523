package io.cellwright.live.ble;

/** An advertisement that cannot be decoded; the message says why and what to do. */
public class InstantReadoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public InstantReadoutException(String message) {
        super(message);
    }
}
