package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.HistoryRepository;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.SyncFeedRepository;
import dev.partnercontacts.storage.SyncStateRepository;
import dev.partnercontacts.storage.SyncStateRepository.StoredDoc;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@link SyncStore} on the application's SQLite file; one transaction per method. Local data is
 * read and written through {@link SqliteAccountStore} (whose calls join the transaction), so a
 * merge records its changes in the history and re-evaluates the gate like any other write.
 *
 * <p>Who the history names: changes a merge brings are recorded as made by {@link #SERVER},
 * except that changed details carry the remote {@code submittedBy} when the server's copy was
 * submitted again (that person did submit them). A conflict's resolution is made by this
 * workstation's author (Settings), or {@link #WORKSTATION} when none is set.
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
    private final SyncFeedRepository feed;
    private final HistoryRepository history;
    private final Validation validation;
    private final Clock clock;

    public SqliteSyncStore(Database db, SqliteAccountStore accounts, Validation validation, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.state = new SyncStateRepository(db, clock);
        this.feed = new SyncFeedRepository(db);
        this.history = new HistoryRepository(db, clock);
        this.validation = validation;
        this.clock = clock;
    }

    /** Accounts with local changes not sent yet (outbox entries). */
    public int pendingChanges() {
        return state.pendingCount();
    }

    /** Where each account stands, by local account id, for the switcher and the Accounts page. */
    public Map<Long, AccountSyncState> accountStates() {
        return db.transaction(c -> {
            Set<Long> pending = state.pendingAccounts();
            Set<Long> conflicted = new java.util.HashSet<>();
            state.conflicts().forEach(k -> conflicted.add(k.accountId()));
            Optional<Instant> last = lastSynced();
            Map<Long, AccountSyncState> states = new HashMap<>();
            for (AccountSummary a : accounts.accounts()) {
                boolean waits = pending.contains(a.id());
                boolean conflict = conflicted.contains(a.id());
                states.put(a.id(), new AccountSyncState(waits, conflict,
                        waits || conflict ? Optional.empty() : last));
            }
            return states;
        });
    }

    /** When a sync run last completed, if one ever did (the app and the command line share it). */
    public Optional<Instant> lastSynced() {
        return accounts.setting(SettingKeys.SYNC_LAST_SYNCED).flatMap(s -> {
            try {
                return Optional.of(Instant.parse(s));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return db.transaction(c -> work.get());
    }

    @Override
    public String checkpoint(String target) {
        return db.transaction(c -> {
            if (feed.hasOtherTarget(target)) {
                feed.forgetAll();
                state.forgetServer();
                state.raiseAllWithData();
            }
            return feed.checkpoint(target).orElse("0");
        });
    }

    @Override
    public void receive(String target, Map<String, SyncedDoc> docs, Map<String, String> unread, String lastSeq) {
        db.transaction(c -> {
            Map<String, Map<String, SyncFeedRepository.Received>> byKey = new TreeMap<>();
            docs.forEach((id, d) -> CouchDocuments.keyOf(id).ifPresent(key -> byKey
                    .computeIfAbsent(key, k -> new TreeMap<>()).put(id, new SyncFeedRepository.Received(d.rev(), d.json()))));
            unread.forEach((id, rev) -> CouchDocuments.keyOf(id).ifPresent(key -> byKey
                    .computeIfAbsent(key, k -> new TreeMap<>()).put(id, SyncFeedRepository.Received.unread(rev))));
            byKey.forEach(feed::putInbox);
            feed.setCheckpoint(target, lastSeq);
            return null;
        });
    }

    @Override
    public Map<String, String> knownRevisions(java.util.Collection<String> docIds) {
        return state.baseRevs(docIds);
    }

    @Override
    public List<String> unreadIds() {
        return feed.unreadIds();
    }

    @Override
    public List<String> receivedKeys() {
        return feed.inboxKeys();
    }

    @Override
    public List<String> pendingKeys() {
        return state.pendingKeys();
    }

    @Override
    public LocalState load(String key) {
        return db.transaction(c -> {
            Map<String, SyncedDoc> received = new TreeMap<>();
            Set<String> unread = new java.util.TreeSet<>();
            feed.inbox(key).forEach((id, r) -> {
                if (r.unread()) {
                    unread.add(id);
                } else {
                    received.put(id, new SyncedDoc(r.rev(), r.body()));
                }
            });
            Optional<AccountSummary> found = accounts.findByKey(key);
            if (found.isEmpty()) {
                return LocalState.absent(key, received, unread);
            }
            long id = found.get().id();
            AccountData data = accounts.data(id);
            Map<String, SyncedDoc> base = fromStored(state.base(id));
            long pending = state.pending(id);
            // A blank account never synced (made by "New account", or the first one of a file) is
            // treated as absent: it takes the server's data instead of conflicting with it.
            boolean blank = !data.submitted() && data.users().isEmpty() && base.isEmpty();
            if (blank && pending == 0) {
                return LocalState.absent(key, received, unread);
            }
            return new LocalState(key, data, pending, base, received, unread, state.inflight(id), state.conflict(id).isPresent());
        });
    }

    @Override
    public boolean applyMerge(String key, long expectedChangeSeq, MergeUpdate update) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(key);
            long pending = found.isEmpty() ? 0 : state.pending(found.get().id());
            if (pending != expectedChangeSeq) {
                return false;
            }
            feed.clearInbox(key);
            if (update.newLocal() != null) {
                AccountData remote = update.newLocal();
                AccountData local = found.isEmpty() ? null : accounts.data(found.get().id());
                boolean resubmitted = remote.submittedAt() != null
                        && (local == null || !remote.submittedAt().equals(local.submittedAt()));
                String detailsAuthor = resubmitted && remote.submittedBy() != null ? remote.submittedBy() : SERVER;
                accounts.store(remote, SERVER, detailsAuthor, false);
            } else if (found.isEmpty()) {
                return true; // nothing of this account to keep here
            }
            long id = accounts.findByKey(key).orElseThrow().id();
            state.replaceBase(id, toStored(update.base()));
            state.clearInflight(id, null);
            if (update.conflictDocs() != null) {
                state.putConflict(id, write(update.conflictDocs()), write(update.base()));
            } else if (update.toSend() && pending == 0) {
                state.raise(id);
            } else if (!update.toSend() && pending > 0) {
                state.clear(id, pending); // the server holds exactly this already
            }
            return true;
        });
    }

    @Override
    public void planPush(String key, Map<String, String> sending) {
        db.transaction(c -> {
            accounts.findByKey(key).ifPresent(a -> state.putInflight(a.id(), sending));
            return null;
        });
    }

    @Override
    public void markPushed(String key, Map<String, SyncedDoc> written, long clearChangeSeq) {
        db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(key);
            if (found.isEmpty()) {
                return null; // removed here while it was being sent
            }
            long id = found.get().id();
            state.putBase(id, toStored(written));
            state.clearInflight(id, written.keySet());
            if (clearChangeSeq > 0) {
                state.clear(id, clearChangeSeq);
            }
            return null;
        });
    }

    @Override
    public void resolveConflict(String key, AccountData resolved, List<Change> decisions) {
        for (var u : resolved.users()) {
            if (validation.email(u.email()).isPresent()) {
                throw new IllegalArgumentException("a resolution holds a user whose address the form refuses");
            }
        }
        db.transaction(c -> {
            long id = accounts.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no such account")).id();
            SyncStateRepository.StoredConflict stored = state.conflict(id)
                    .orElseThrow(() -> new IllegalStateException("no conflict for this account"));
            accounts.store(resolved, author(), author(), true);
            history.record(id, author(), decisions);
            // Even a choice of this workstation's version everywhere is new to the server: send it.
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
                Map<String, SyncedDoc> remoteDocs = read(k.remoteDocs());
                // Merged again against this workstation's data as it is now: an edit made
                // meanwhile is part of it.
                ConflictMerge.Merged m = ConflictMerge.merge(local, account(local.key(), read(k.baseDocs())),
                        account(local.key(), remoteDocs));
                list.add(new Conflict(local.key(), m.account(), m.conflicts(), remoteDocs));
            }
            return list;
        });
    }

    @Override
    public void synced(Instant at) {
        accounts.putSetting(SettingKeys.SYNC_LAST_SYNCED, at.toString());
    }

    private String author() {
        String label = new Author(accounts.setting(SettingKeys.AUTHOR_NAME).orElse(""),
                accounts.setting(SettingKeys.AUTHOR_EMAIL).orElse("")).label();
        return label.isEmpty() ? WORKSTATION : label;
    }

    /** The account the documents hold; null when they hold none, or (a damaged base) none valid. */
    static AccountData account(String key, Map<String, SyncedDoc> docs) {
        if (CouchDocuments.fromDocs(key, SyncEngine.bodies(docs)) instanceof CouchDocuments.Read.Valid v) {
            return v.account();
        }
        return null;
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
