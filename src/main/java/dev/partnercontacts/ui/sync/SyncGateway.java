package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.SyncSummary;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Sync tab asks of the sync service. Every call blocks: the view-model runs
 * {@link #sync} on the network thread and the others, which only read or write the data file,
 * on its writer; never on the FX thread.
 */
public interface SyncGateway {

    /** Where to sync and as whom: the server, the user, the password (in memory only) and the team database. */
    record Login(URI server, String user, char[] password, String database) {
    }

    /** Syncs every account of the data file with the team database. */
    SyncSummary sync(Login login);

    /** Conflicts waiting for a decision. */
    List<Conflict> conflicts();

    /** The keys of the accounts with local changes not sent yet. */
    List<String> unsentAccounts();

    /** When a sync last completed, in the app or on the command line. */
    Optional<Instant> lastSynced();

    /** Stores a conflict's resolution (a local change, sent on the next sync). */
    void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice);
}
