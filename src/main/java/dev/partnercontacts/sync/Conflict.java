package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.List;
import java.util.Map;

/**
 * Fields of one account changed differently here and on the server since they last agreed.
 * Nothing was overwritten: everything else is already merged, and a person chooses a side for
 * each of these fields ({@link ConflictMerge#resolve}); the result is sent on the next sync.
 *
 * @param key        the account key
 * @param merged     the account merged field by field, this workstation's values where they conflict
 * @param fields     the conflicting fields with both values, in a stable order
 * @param remoteDocs the server's documents (revisions and bodies) the merge was made against:
 *                   the base of the resolution
 */
public record Conflict(String key, AccountData merged, List<ConflictMerge.FieldDiff> fields,
                       Map<String, SyncedDoc> remoteDocs) {

    public Conflict {
        fields = List.copyOf(fields);
        remoteDocs = Map.copyOf(remoteDocs);
    }

    /** The account's name as merged (this workstation's if the name itself is in conflict). */
    public String name() {
        return merged.details().settings().name();
    }

    /** The account as chosen: {@code choice} per field, this workstation's value where none is given. */
    public AccountData resolve(Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        return ConflictMerge.resolve(merged, fields, choice);
    }
}
