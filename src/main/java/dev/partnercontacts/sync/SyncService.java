package dev.partnercontacts.sync;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the {@link SyncEngine} on its own single network thread, so neither the FX thread nor the
 * local-write executor ever waits on the server. Runs queue up one after the other.
 */
public final class SyncService implements AutoCloseable {

    private final SyncEngine engine;
    private final ExecutorService network = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sync-network");
        t.setDaemon(true);
        return t;
    });

    public SyncService(SyncEngine engine) {
        this.engine = engine;
    }

    /** Syncs every account (and, when {@code discover}, adds the server's); completes with the summary. */
    public CompletableFuture<SyncSummary> syncAll(boolean discover) {
        return CompletableFuture.supplyAsync(() -> engine.syncAll(discover), network);
    }

    public CompletableFuture<SyncSummary> syncAccounts(Collection<String> keys) {
        return CompletableFuture.supplyAsync(() -> engine.syncAccounts(keys), network);
    }

    /** Stores a conflict's resolution; it is pushed on the next sync. */
    public CompletableFuture<Void> resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        return CompletableFuture.runAsync(() -> engine.resolve(key, choice), network);
    }

    /** Stops the network thread; a request under way is interrupted and ends as {@link FailureKind#CANCELLED}. */
    @Override
    public void close() {
        network.shutdownNow();
    }
}
