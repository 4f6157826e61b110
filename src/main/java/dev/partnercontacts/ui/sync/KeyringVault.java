package dev.partnercontacts.ui.sync;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PasswordVault} on the operating system's keychain through java-keyring: the Secret
 * Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential Manager on
 * Windows. Blocking; call it off the FX thread. Nothing of the password is logged.
 */
public final class KeyringVault implements PasswordVault {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringVault.class);
    private static final String SERVICE = "Partner Contacts";

    private static String account(String server, String user) {
        return user + "@" + server;
    }

    @Override
    public Optional<String> read(String server, String user) {
        try (Keyring keyring = Keyring.create()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(server, user)));
        } catch (Exception e) {
            LOG.info("No remembered password could be read from the system keychain ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void save(String server, String user, String password) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, account(server, user), password);
        } catch (Exception e) {
            throw new VaultException("The system keychain cannot be used: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void forget(String server, String user) {
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, account(server, user));
        } catch (Exception e) {
            LOG.info("No remembered password was removed from the system keychain ({})", e.getClass().getSimpleName());
        }
    }
}
