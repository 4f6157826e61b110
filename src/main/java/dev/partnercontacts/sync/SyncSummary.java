package dev.partnercontacts.sync;

import java.util.List;
import java.util.Map;

/**
 * What one sync run did, for the Sync tab and the command line.
 *
 * @param pushedDocs     documents the server accepted in this run
 * @param pushedAccounts accounts with at least one document sent
 * @param pulledAccounts accounts whose local data changed from the server's
 * @param conflicts      keys of accounts whose conflict waits for a person's decision
 * @param failures       accounts that failed, with why (the run went on with the others)
 * @param failure        why the whole run stopped early (server unreachable, password refused,
 *                       an answer too large, a certificate not trusted …), or null when it did not
 * @param subject        what the run's failure names (host, database, size), empty when none
 * @param requests       requests made to the server in this run
 */
public record SyncSummary(int pushedDocs, int pushedAccounts, int pulledAccounts, List<String> conflicts,
                          Map<String, FailureKind> failures, FailureKind failure, String subject, int requests) {

    public SyncSummary {
        conflicts = List.copyOf(conflicts);
        failures = Map.copyOf(failures);
        subject = subject == null ? "" : subject;
    }

    /** A summary without a subject or a request count, as tests script it. */
    public SyncSummary(int pushedDocs, int pushedAccounts, int pulledAccounts, List<String> conflicts,
                       Map<String, FailureKind> failures, FailureKind failure) {
        this(pushedDocs, pushedAccounts, pulledAccounts, conflicts, failures, failure, "", 0);
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
