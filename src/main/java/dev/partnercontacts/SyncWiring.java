package dev.partnercontacts;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.CouchClient;
import dev.partnercontacts.sync.SqliteSyncStore;
import dev.partnercontacts.sync.SyncEngine;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.sync.SyncGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sync tab's ports on the real thing: the sync engine over the CouchDB client and the SQLite
 * sync store. Blocking; the Sync tab's view-model decides on which thread each call runs.
 */
final class SyncWiring implements SyncGateway {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final SqliteSyncStore store;
    private final Clock clock;

    SyncWiring(SqliteSyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public SyncSummary sync(Login login) {
        return new SyncEngine(new CouchClient(login.server(), login.user(), login.password(), CONNECT_TIMEOUT,
                REQUEST_TIMEOUT), login.database(), store, clock).sync();
    }

    @Override
    public List<Conflict> conflicts() {
        return store.conflicts();
    }

    @Override
    public List<String> unsentAccounts() {
        return store.pendingKeys();
    }

    @Override
    public Optional<Instant> lastSynced() {
        return store.lastSynced();
    }

    @Override
    public void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        // Deciding a conflict needs no server: the engine stores the merge, and the next sync sends it.
        new SyncEngine(null, "", store, clock).resolve(key, choice);
    }
}
