package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.SyncSummary;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the Sync tab asks of the sync service. Every call runs on the network executor, never on
 * the FX thread, and completes its future there; the UI hands results back to the FX thread.
 */
public interface SyncGateway {

    /** Where to sync and as whom: the server, the user, the password (in memory only) and the team database. */
    record Login(URI server, String user, char[] password, String database) {
    }

    /** Syncs every account of the data file with the team database. */
    CompletableFuture<SyncSummary> sync(Login login);

    /** Conflicts waiting for a decision. */
    CompletableFuture<List<Conflict>> conflicts();

    /** The keys of the accounts with local changes not sent yet. */
    CompletableFuture<List<String>> unsentAccounts();

    /** When a sync last completed, in the app or on the command line. */
    CompletableFuture<Optional<Instant>> lastSynced();

    /** Stores a conflict's resolution (a local change, sent on the next sync). */
    CompletableFuture<Void> resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice);
}
