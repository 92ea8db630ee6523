package io.cellwright.live;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Broker user names and passwords, kept in Eclipse secure storage (encrypted, with the operating
 * system's key ring where there is one), never in plain files or preferences. One node per broker
 * address: {@code /io.cellwright.live/brokers/<encoded address>}.
 */
public final class CredentialStore {

    /** A user name and password for one broker; the password may be {@code null} when not stored. */
    public record Credentials(String user, char[] password) {
    }

    private static final String ROOT = "io.cellwright.live/brokers";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    /** A store on the given secure storage (tests open one on a temporary file). */
    public CredentialStore(ISecurePreferences root) {
        this.root = root;
    }

    /** The store on the default secure storage of this installation. */
    public static CredentialStore getDefault() throws LiveException {
        ISecurePreferences preferences = SecurePreferencesFactory.getDefault();
        if (preferences == null) {
            throw new LiveException("Eclipse secure storage is not available, so the broker password cannot be kept. "
                    + "Check that the bundle org.eclipse.equinox.security is installed (cellwright doctor).");
        }
        return new CredentialStore(preferences);
    }

    /** Stores user and password for {@code broker} (encrypted), and saves the storage. */
    public void store(String broker, String user, char[] password) throws LiveException {
        ISecurePreferences node = node(broker);
        try {
            node.put(USER, user == null ? "" : user, false);
            if (password == null) {
                node.remove(PASSWORD);
            } else {
                node.put(PASSWORD, new String(password), true);
            }
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            throw new LiveException("cannot keep the password for " + broker + " in secure storage: " + e.getMessage(), e);
        }
    }

    /** The credentials stored for {@code broker}, or {@code null} when there are none. */
    public Credentials load(String broker) throws LiveException {
        String path = path(broker);
        if (!root.nodeExists(path)) {
            return null;
        }
        ISecurePreferences node = root.node(path);
        try {
            String user = node.get(USER, null);
            String password = node.get(PASSWORD, null);
            return new Credentials(user, password == null ? null : password.toCharArray());
        } catch (StorageException e) {
            throw new LiveException("cannot read the password for " + broker + " from secure storage: " + e.getMessage(), e);
        }
    }

    /** Forgets what is stored for {@code broker}. */
    public void remove(String broker) throws LiveException {
        String path = path(broker);
        if (root.nodeExists(path)) {
            root.node(path).removeNode();
            try {
                root.flush();
            } catch (java.io.IOException e) {
                throw new LiveException("cannot save secure storage after removing " + broker + ": " + e.getMessage(), e);
            }
        }
    }

    private ISecurePreferences node(String broker) {
        return root.node(path(broker));
    }

    private static String path(String broker) {
        // Node names may not contain '/', and a broker address has several.
        return ROOT + "/" + URLEncoder.encode(broker, StandardCharsets.UTF_8);
    }
}
