package io.cellwright.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.live.CredentialStore;

/** Broker passwords live in Eclipse secure storage, encrypted; never in plain text on disk. */
class CredentialStoreTest {

    @TempDir
    Path dir;

    private ISecurePreferences open(Path file) throws Exception {
        // A master password given directly, so that no key ring or dialog is needed in the test.
        return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master".toCharArray()),
                IProviderHints.PROMPT_USER, Boolean.FALSE));
    }

    @Test
    void passwordsAreStoredEncryptedAndReadBack() throws Exception {
        Path file = dir.resolve("secure_storage");
        CredentialStore store = new CredentialStore(open(file));
        store.store("ssl://mqtt17.victronenergy.com:8883", "skipper@example.org", "s3cret-Pa55".toCharArray());

        String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("s3cret-Pa55"), "the password is not on disk in plain text");

        CredentialStore reopened = new CredentialStore(open(file));
        CredentialStore.Credentials credentials = reopened.load("ssl://mqtt17.victronenergy.com:8883");
        assertEquals("skipper@example.org", credentials.user());
        assertArrayEquals("s3cret-Pa55".toCharArray(), credentials.password());
        assertNull(reopened.load("tcp://192.168.1.5:1883"), "nothing for another broker");

        reopened.remove("ssl://mqtt17.victronenergy.com:8883");
        assertNull(new CredentialStore(open(file)).load("ssl://mqtt17.victronenergy.com:8883"));
    }
}
