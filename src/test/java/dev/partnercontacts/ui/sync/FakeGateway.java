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
 * A server that answers what the test says, at once: each sync returns {@link #next} (or throws
 * {@link #unexpected}); a resolution is recorded in {@link #resolved}, then runs {@link #onResolve}.
 */
class FakeGateway implements SyncGateway {
    final List<Login> syncs = new ArrayList<>();
    final List<String> resolved = new ArrayList<>();
    Runnable onResolve = () -> { };
    SyncSummary next = new SyncSummary(0, 0, 0, List.of(), Map.of(), null);
    RuntimeException unexpected;
    List<String> unsent = List.of();
    List<Conflict> conflicts = List.of();

    @Override
    public SyncSummary sync(Login login) {
        syncs.add(login);
        if (unexpected != null) {
            throw unexpected;
        }
        return next;
    }

    @Override
    public List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public Optional<Instant> lastSynced() {
        return Optional.empty();
    }

    @Override
    public List<String> unsentAccounts() {
        return unsent;
    }

    @Override
    public void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        resolved.add(key);
        onResolve.run();
    }
}
