package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.SyncSummary;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the Sync tab asks of the sync service. Every call runs on the network executor, never on
 * the FX thread, and completes its future there; the UI hands results back to the FX thread.
 */
public interface SyncGateway {

    /** Where to sync and as whom. The password is kept in memory only. */
    record Login(URI server, String user, char[] password) {
    }

    /** Syncs every local account; with {@code keys}, only those (an absent key is added from the server). */
    CompletableFuture<SyncSummary> sync(Login login, Collection<String> keys);

    /** The keys of the accounts the server lets the user see that this workstation does not have. */
    CompletableFuture<List<String>> serverAccounts(Login login);

    /** Conflicts waiting for a decision. */
    CompletableFuture<List<Conflict>> conflicts();

    /** Accounts with local changes not sent yet. */
    CompletableFuture<Integer> pendingChanges();

    /** Stores a conflict's resolution (a local change, sent on the next sync). */
    CompletableFuture<Void> resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice);
}
