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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Sync tab's ports on the real thing: the sync engine over the CouchDB client and the SQLite
 * sync store, on a network thread of its own (never the FX thread, never queued behind local
 * writes).
 */
final class SyncWiring implements SyncGateway, AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final SqliteSyncStore store;
    private final Clock clock;
    private final ExecutorService network = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sync-network");
        t.setDaemon(true);
        return t;
    });

    SyncWiring(SqliteSyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<SyncSummary> sync(Login login) {
        return CompletableFuture.supplyAsync(() -> new SyncEngine(new CouchClient(login.server(), login.user(),
                login.password(), CONNECT_TIMEOUT, REQUEST_TIMEOUT), login.database(), store, clock).sync(), network);
    }

    @Override
    public CompletableFuture<List<Conflict>> conflicts() {
        return CompletableFuture.supplyAsync(store::conflicts, network);
    }

    @Override
    public CompletableFuture<List<String>> unsentAccounts() {
        return CompletableFuture.supplyAsync(store::pendingKeys, network);
    }

    @Override
    public CompletableFuture<Optional<Instant>> lastSynced() {
        return CompletableFuture.supplyAsync(store::lastSynced, network);
    }

    @Override
    public CompletableFuture<Void> resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        // Deciding a conflict needs no server: the engine stores the merge, and the next sync sends it.
        return CompletableFuture.runAsync(() -> new SyncEngine(null, "", store, clock).resolve(key, choice), network);
    }

    @Override
    public void close() {
        network.shutdownNow();
    }
}
