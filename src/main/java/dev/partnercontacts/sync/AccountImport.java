package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Change;
import java.util.List;

/**
 * One account of a bundle: added (a key not stored here) or the changes it would make
 * ({@link dev.partnercontacts.domain.Changes#between} of the stored details, plus user changes).
 *
 * @param data what gets stored
 */
public record AccountImport(String key, String name, boolean added, List<Change> changes, AccountData data) {

    public AccountImport {
        changes = List.copyOf(changes);
    }

    /** Whether importing it changes anything. */
    public boolean changesSomething() {
        return added || !changes.isEmpty();
    }
}
