package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Change;
import java.util.List;

/**
 * One account of a bundle: added (a key not stored here) or the changes it would make
 * ({@link dev.partnercontacts.domain.Changes#between} of the stored details, plus user changes).
 *
 * @param data      what gets stored
 * @param newerHere those of {@code changes} that would set back a field changed here after the
 *                  bundle's copy was made ({@code SqliteAccountStore#newerHere}): an import names
 *                  them and applies them only when told to
 */
public record AccountImport(String key, String name, boolean added, List<Change> changes, AccountData data,
                            List<Change> newerHere) {

    public AccountImport {
        changes = List.copyOf(changes);
        newerHere = List.copyOf(newerHere);
    }

    /** An account with nothing newer here. */
    public AccountImport(String key, String name, boolean added, List<Change> changes, AccountData data) {
        this(key, name, added, changes, data, List.of());
    }

    /** Whether importing it changes anything. */
    public boolean changesSomething() {
        return added || !changes.isEmpty();
    }
}
