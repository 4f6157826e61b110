package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.SyncStateRepository;
import dev.partnercontacts.storage.SyncStateRepository.StoredDoc;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link SyncStore} on the application's SQLite file; one transaction per method. Local data is
 * read and written through {@link SqliteAccountStore} (whose calls join the transaction), so a
 * pull records its changes in the history and re-evaluates the gate like any other write.
 *
 * <p>Who the history names: changes a pull brings are recorded as made by {@link #SERVER}, except
 * that changed details carry the remote {@code submittedBy} when the server's copy was submitted
 * again (that person did submit them). A conflict's resolution is made by this workstation's
 * author (Settings), or {@link #SERVER}'s sibling {@link #WORKSTATION} when none is set.
 */
public final class SqliteSyncStore implements SyncStore {

    /** The author of changes that came from the sync server without a submitter. */
    public static final String SERVER = "Server";
    /** The author of a conflict's resolution when no one is set up in Settings. */
    public static final String WORKSTATION = "This workstation";

    // SyncedDoc#deleted() is written too; it is derived, so reading ignores it.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<Map<String, SyncedDoc>> DOCS = new TypeReference<>() {
    };

    private final Database db;
    private final SqliteAccountStore accounts;
    private final SyncStateRepository state;
    private final Validation validation;

    public SqliteSyncStore(Database db, SqliteAccountStore accounts, Validation validation, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.state = new SyncStateRepository(db, clock);
        this.validation = validation;
    }

    /** Accounts with local changes not pushed yet (outbox entries). */
    public int pendingChanges() {
        return state.pendingCount();
    }

    @Override
    public List<String> accountKeys() {
        return state.syncedKeys();
    }

    @Override
    public LocalState load(String key) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(key);
            if (found.isEmpty()) {
                return LocalState.absent(key);
            }
            long id = found.get().id();
            AccountData data = accounts.data(id);
            Map<String, SyncedDoc> base = fromStored(state.base(id));
            Optional<String> checkpoint = state.checkpoint(id);
            // A blank account never synced (made by "New account", or the first one of a file) is
            // treated as absent: it takes the server's data instead of conflicting with it.
            boolean blank = !data.submitted() && data.users().isEmpty() && base.isEmpty() && checkpoint.isEmpty();
            long pending = state.pending(id);
            if (blank && pending == 0) {
                return LocalState.absent(key);
            }
            Conflict conflict = state.conflict(id).map(k -> conflict(key, data, k)).orElse(null);
            return new LocalState(key, data, pending, base, checkpoint.orElse("0"), conflict);
        });
    }

    @Override
    public boolean applyPull(String key, long expectedChangeSeq, PullUpdate update) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(key);
            long pending = found.isEmpty() ? 0 : state.pending(found.get().id());
            if (pending != expectedChangeSeq) {
                return false;
            }
            if (update.newLocal() != null) {
                AccountData remote = update.newLocal();
                AccountData local = found.isEmpty() ? null : accounts.data(found.get().id());
                boolean resubmitted = remote.submittedAt() != null
                        && (local == null || !remote.submittedAt().equals(local.submittedAt()));
                String detailsAuthor = resubmitted && remote.submittedBy() != null ? remote.submittedBy() : SERVER;
                accounts.store(remote, SERVER, detailsAuthor, false);
            } else if (found.isEmpty()) {
                // Nothing to store and nowhere to keep the checkpoint: the next pull starts over.
                return true;
            }
            long id = accounts.findByKey(key).orElseThrow().id();
            state.replaceBase(id, toStored(update.base()));
            state.setCheckpoint(id, update.checkpoint());
            if (update.conflict() != null) {
                Map<String, SyncedDoc> conflictBase = update.base();
                state.putConflict(id, write(update.conflict().remoteDocs()), write(conflictBase));
            }
            return true;
        });
    }

    @Override
    public void markPushed(String key, Map<String, SyncedDoc> written, long clearChangeSeq) {
        db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(key);
            if (found.isEmpty()) {
                return null; // removed here while it was being pushed
            }
            long id = found.get().id();
            state.putBase(id, toStored(written));
            if (clearChangeSeq > 0) {
                state.clear(id, clearChangeSeq);
            }
            return null;
        });
    }

    @Override
    public void resolveConflict(String key, AccountData merged) {
        for (var u : merged.users()) {
            if (validation.email(u.email()).isPresent()) {
                throw new IllegalArgumentException("a resolution holds a user whose address the form refuses");
            }
        }
        db.transaction(c -> {
            long id = accounts.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no such account")).id();
            SyncStateRepository.StoredConflict stored = state.conflict(id)
                    .orElseThrow(() -> new IllegalStateException("no conflict for this account"));
            accounts.store(merged, author(), author(), true);
            // Even a choice of the local version everywhere is new to the server: push it.
            state.raise(id);
            state.replaceBase(id, toStored(read(stored.remoteDocs())));
            state.removeConflict(id);
            return null;
        });
    }

    @Override
    public List<Conflict> conflicts() {
        return db.transaction(c -> {
            List<Conflict> list = new ArrayList<>();
            for (SyncStateRepository.StoredConflict k : state.conflicts()) {
                AccountData local = accounts.data(k.accountId());
                list.add(conflict(local.key(), local, k));
            }
            return list;
        });
    }

    private String author() {
        String label = new Author(accounts.setting(SettingKeys.AUTHOR_NAME).orElse(""),
                accounts.setting(SettingKeys.AUTHOR_EMAIL).orElse("")).label();
        return label.isEmpty() ? WORKSTATION : label;
    }

    private static Conflict conflict(String key, AccountData local, SyncStateRepository.StoredConflict k) {
        Map<String, SyncedDoc> remoteDocs = read(k.remoteDocs());
        Map<String, SyncedDoc> baseDocs = read(k.baseDocs());
        return new Conflict(key, local, account(key, remoteDocs), baseDocs.isEmpty() ? null : account(key, baseDocs),
                remoteDocs);
    }

    private static AccountData account(String key, Map<String, SyncedDoc> docs) {
        Map<String, ObjectNode> bodies = new TreeMap<>();
        docs.forEach((id, d) -> {
            if (!d.deleted()) {
                try {
                    bodies.put(id, (ObjectNode) JSON.readTree(d.json()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a stored document is not JSON", e);
                }
            }
        });
        // These documents were checked when they were pulled; the form's rules pass them.
        if (CouchDocuments.fromDocs(key, bodies) instanceof CouchDocuments.Read.Valid v) {
            return v.account();
        }
        throw new IllegalStateException("stored documents no longer pass the rules");
    }

    private static Map<String, SyncedDoc> fromStored(Map<String, StoredDoc> docs) {
        Map<String, SyncedDoc> result = new TreeMap<>();
        docs.forEach((id, d) -> result.put(id, new SyncedDoc(d.rev(), d.body())));
        return result;
    }

    private static Map<String, StoredDoc> toStored(Map<String, SyncedDoc> docs) {
        Map<String, StoredDoc> result = new LinkedHashMap<>();
        docs.forEach((id, d) -> result.put(id, new StoredDoc(d.rev(), d.json())));
        return result;
    }

    private static String write(Map<String, SyncedDoc> docs) {
        try {
            return JSON.writeValueAsString(docs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, SyncedDoc> read(String json) {
        try {
            return JSON.readValue(json, DOCS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored conflict is not JSON", e);
        }
    }
}
