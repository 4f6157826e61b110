package dev.partnercontacts.ui.sync;

import java.util.Optional;

/** Where a remembered password is kept: the operating system's keychain, never our own files. */
public interface PasswordVault {

    /** The password remembered for this server and user, if any. */
    Optional<String> read(String server, String user);

    /** @throws VaultException when the keychain cannot be used */
    void save(String server, String user, String password);

    /** Forgets the password; nothing happens when none is remembered. */
    void forget(String server, String user);

    /** The keychain could not be used (none on this system, or it refused). */
    final class VaultException extends RuntimeException {
        public VaultException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
