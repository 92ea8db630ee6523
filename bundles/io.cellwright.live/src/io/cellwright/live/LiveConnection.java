package io.cellwright.live;

/**
 * A live source of device values, whatever the protocol (MQTT to a GX device, a replayed session,
 * Bluetooth). Values land in {@link #model()}. No method blocks the caller on the network except
 * {@link #connect()}, which a UI runs in the background.
 */
public interface LiveConnection extends AutoCloseable {

    /** A short description for people: where it connects to ({@code tcp://192.168.1.5:1883, portal c0619ab00001}). */
    String describe();

    /**
     * Connects and starts the flow of values; returns once connected (or throws). After a later loss
     * of the connection the implementation reconnects by itself until {@link #disconnect()}.
     */
    void connect() throws LiveException;

    /** Stops the flow of values and the reconnection attempts; the model keeps its last values. */
    void disconnect();

    boolean isConnected();

    ConnectionState state();

    /** The devices and values received. */
    LiveModel model();

    /** The guard every write goes through; writing is off until it is enabled for this connection. */
    WriteGuard writeGuard();

    /**
     * Sets {@code path} of {@code device} to {@code value} on the real installation, if the write guard
     * allows it (enabled, and confirmed by the user).
     *
     * @return what happened; every attempt is logged by the guard
     */
    WriteGuard.Outcome write(DeviceKey device, String path, Object value) throws LiveException;

    void addListener(ConnectionListener listener);

    void removeListener(ConnectionListener listener);

    /** Disconnects and releases every resource; the connection cannot be used again. */
    @Override
    void close();
}
