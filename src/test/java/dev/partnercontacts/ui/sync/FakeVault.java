package dev.partnercontacts.ui.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keychain in memory, keyed by user and server. */
final class FakeVault implements PasswordVault {
    final Map<String, String> saved = new HashMap<>();

    @Override
    public Optional<String> read(String server, String user) {
        return Optional.ofNullable(saved.get(user + "@" + server));
    }

    @Override
    public void save(String server, String user, String password) {
        saved.put(user + "@" + server, password);
    }

    @Override
    public void forget(String server, String user) {
        saved.remove(user + "@" + server);
    }
}
