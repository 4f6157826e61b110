package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.SyncSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sync gateway whose answers a test scripts: each sync returns {@link #next}, a resolution
 * runs {@link #onResolve}. Nothing waits to be sent and no conflict waits unless set.
 */
class ScriptedGateway implements SyncGateway {
    final List<Login> syncs = new ArrayList<>();
    SyncSummary next = new SyncSummary(0, 0, 0, List.of(), Map.of(), null);
    Runnable onResolve = () -> { };

    @Override
    public SyncSummary sync(Login login) {
        syncs.add(login);
        return next;
    }

    @Override
    public List<Conflict> conflicts() {
        return List.of();
    }

    @Override
    public List<String> unsentAccounts() {
        return List.of();
    }

    @Override
    public Optional<Instant> lastSynced() {
        return Optional.empty();
    }

    @Override
    public void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        onResolve.run();
    }

    /** A keychain that holds nothing. */
    static PasswordVault noVault() {
        return new PasswordVault() {
            @Override
            public Optional<String> read(String server, String user) {
                return Optional.empty();
            }

            @Override
            public void save(String server, String user, String password) {
            }

            @Override
            public void forget(String server, String user) {
            }
        };
    }
}
