package dev.partnercontacts.sync;

import java.util.List;
import java.util.Map;

/**
 * What one sync run did, for the Sync tab and the command line.
 *
 * @param pushedDocs     documents the server accepted in this run
 * @param pushedAccounts accounts with at least one document pushed
 * @param pulledAccounts accounts whose local data changed from the server's
 * @param conflicts      keys of accounts whose conflict waits for the user's decision
 * @param failures       accounts that failed, with why (the run went on with the others)
 * @param failure        why the whole run stopped early (server unreachable, password refused,
 *                       timeout, connection cut), or null when it did not
 */
public record SyncSummary(int pushedDocs, int pushedAccounts, int pulledAccounts, List<String> conflicts,
                          Map<String, FailureKind> failures, FailureKind failure) {

    public SyncSummary {
        conflicts = List.copyOf(conflicts);
        failures = Map.copyOf(failures);
    }

    /** Everything synced: nothing failed and no conflict waits. */
    public boolean inSync() {
        return failure == null && failures.isEmpty() && conflicts.isEmpty();
    }

    /** The exit status of {@code --sync} in the data contract: 0 in sync, 3 conflicts wait, 1 failed. */
    public int exitStatus() {
        if (failure != null || !failures.isEmpty()) {
            return 1;
        }
        return conflicts.isEmpty() ? 0 : 3;
    }
}
