package io.cellwright.live;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** State, listeners, model and write guard shared by every kind of live connection. */
public abstract class AbstractLiveConnection implements LiveConnection {

    private static final System.Logger LOG = System.getLogger(AbstractLiveConnection.class.getName());

    private final LiveModel model;
    private final WriteGuard writeGuard;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile String stateDetail;

    protected AbstractLiveConnection(LiveModel model, String description) {
        this.model = model;
        this.writeGuard = new WriteGuard(description);
    }

    @Override
    public LiveModel model() {
        return model;
    }

    @Override
    public WriteGuard writeGuard() {
        return writeGuard;
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    /** Why the connection is in its state (the error of a lost connection, ...), or {@code null}. */
    public String stateDetail() {
        return stateDetail;
    }

    @Override
    public boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }

    @Override
    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    protected void setState(ConnectionState newState, String detail) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        state = newState;
        stateDetail = detail;
        for (ConnectionListener listener : listeners) {
            try {
                listener.stateChanged(this, newState, detail);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a connection listener failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
