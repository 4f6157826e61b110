package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.Map;

/**
 * What a merge stores in one transaction.
 *
 * @param newLocal      the data to store locally, or null to leave it as it is
 * @param base          the new base of every document (replaces the old one)
 * @param toSend        whether the merged data differs from the server's and must be sent
 * @param conflictDocs  when the merge found a conflict: the server's documents it was made
 *                      against (and {@code base} is the base it was made on); null otherwise
 */
public record MergeUpdate(AccountData newLocal, Map<String, SyncedDoc> base, boolean toSend,
                          Map<String, SyncedDoc> conflictDocs) {

    public MergeUpdate {
        base = Map.copyOf(base);
        conflictDocs = conflictDocs == null ? null : Map.copyOf(conflictDocs);
    }
}
