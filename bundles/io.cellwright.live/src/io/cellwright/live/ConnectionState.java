package io.cellwright.live;

/** Where a live connection stands. */
public enum ConnectionState {
    /** Not connected and not trying. */
    DISCONNECTED,
    /** The first connection attempt is under way. */
    CONNECTING,
    /** Connected and subscribed; values flow. */
    CONNECTED,
    /** The connection was lost; retrying with growing pauses. */
    RECONNECTING,
    /** Closed for good. */
    CLOSED
}
