package io.cellwright.live;

/** Told when a live connection changes state; runs on the connection's thread. */
@FunctionalInterface
public interface ConnectionListener {

    /** @param detail why, for people (the error of a lost connection, the next retry), or {@code null} */
    void stateChanged(LiveConnection connection, ConnectionState state, String detail);
}
