package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pull, then push, per account, against one CouchDB server. A three-way comparison of each
 * document (local, server, last synced "base") decides: changed on one side only → that side
 * wins (a pull applies it locally, a push sends it with the base's {@code _rev}); changed on both
 * sides differently → a {@link Conflict} is stored and nothing is overwritten. Blocking: run it on
 * a background executor ({@link SyncService}).
 *
 * <p>Crash safety: the base and the outbox are updated only after the server accepted a write.
 * A crash in between leaves the outbox entry; the next run finds the server already holds the
 * same content (by pulling it, or by the 409 of a re-send whose server body equals ours) and
 * records it without writing it again.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rounds per account when the server changed between our pull and our push. */
    private static final int ROUNDS = 3;

    private final CouchClient client;
    private final SyncStore store;

    public SyncEngine(CouchClient client, SyncStore store) {
        this.client = client;
        this.store = store;
    }

    /**
     * Syncs every local account and, when {@code discover}, adds the accounts the server lists
     * that are not local yet. A server that refuses to list its databases is not an error: the
     * user can add an account by key with {@link #syncAccounts}.
     */
    public SyncSummary syncAll(boolean discover) {
        Tally tally = new Tally();
        Set<String> keys = new LinkedHashSet<>(store.accountKeys());
        if (discover) {
            try {
                addServerKeys(keys);
            } catch (CouchException e) {
                tally.failure = e.kind();
                return tally.summary();
            }
        }
        run(keys, tally);
        return tally.summary();
    }

    /** Syncs the given accounts only; a key that is not local is fetched from the server. */
    public SyncSummary syncAccounts(Collection<String> keys) {
        Tally tally = new Tally();
        run(keys, tally);
        return tally.summary();
    }

    /** Resolves the account's conflict with the user's choice per field (local where none); pushed on the next sync. */
    public void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        Conflict c = store.conflicts().stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict for this account"));
        store.resolveConflict(key, ConflictMerge.merge(c.local(), c.remote(), choice));
    }

    private void addServerKeys(Set<String> keys) throws CouchException {
        List<String> server;
        try {
            server = client.accountKeys();
        } catch (CouchException e) {
            if (e.kind() != FailureKind.UNAUTHORIZED && e.kind() != FailureKind.FORBIDDEN) {
                throw e;
            }
            // CouchDB 3 lists databases to administrators only. If the credentials are good
            // (the root answers), the user simply adds accounts by key.
            client.serverInfo();
            LOG.info("The sync server does not list its databases to this user; accounts are added by key");
            return;
        }
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(keys);
        server.stream().filter(k -> !known.contains(k)).forEach(keys::add);
    }

    private void run(Collection<String> keys, Tally tally) {
        for (String key : keys) {
            try {
                syncAccount(key, tally);
            } catch (CouchException e) {
                LOG.warn("Sync of an account failed: {}", e.kind());
                if (e.kind().stopsTheRun()) {
                    tally.failure = e.kind();
                    return;
                }
                tally.failures.put(key, e.kind());
            }
        }
    }

    private void syncAccount(String key, Tally tally) throws CouchException {
        for (int round = 0; round < ROUNDS; round++) {
            if (!attempt(key, tally)) {
                return;
            }
        }
        // Someone keeps changing it between our pull and our push: try again on the next run.
        tally.failures.put(key, FailureKind.CONFLICT);
    }

    /** One pull and push of one account; true when it should be tried again at once. */
    private boolean attempt(String key, Tally tally) throws CouchException {
        LocalState state = store.load(key);
        if (state.conflict() != null) {
            tally.conflicts.add(key);
            return false;
        }
        String db = CouchDocuments.databaseName(key);
        // An account never synced: creating its database first tells whether the server has it
        // at all, and saves asking a new, empty database for its changes.
        boolean neverSynced = state.account() != null && state.base().isEmpty() && "0".equals(state.checkpoint());
        boolean created = neverSynced && createDatabase(db);
        CouchClient.Changes changes = created
                ? new CouchClient.Changes(List.of(), state.checkpoint())
                : client.changes(db, state.checkpoint());
        Optional<Map<String, SyncedDoc>> pulled = remoteDocs(key, state.base(), changes);
        if (pulled.isEmpty()) {
            tally.failures.put(key, FailureKind.INVALID_DATA);
            return false;
        }
        Map<String, SyncedDoc> remote = pulled.get();
        Map<String, ObjectNode> base = bodies(state.base());
        Map<String, ObjectNode> remoteBodies = bodies(remote);
        // An account not stored here is only pulled: its absence is never a deletion to push.
        Map<String, ObjectNode> local = state.account() == null ? base : CouchDocuments.toDocs(state.account());

        Map<String, ObjectNode> merged = new TreeMap<>();
        Set<String> ids = new TreeSet<>(local.keySet());
        ids.addAll(base.keySet());
        ids.addAll(remoteBodies.keySet());
        boolean conflict = false;
        for (String id : ids) {
            ObjectNode l = local.get(id);
            ObjectNode b = base.get(id);
            ObjectNode r = remoteBodies.get(id);
            ObjectNode m;
            if (Objects.equals(l, r) || Objects.equals(r, b)) {
                m = l;
            } else if (Objects.equals(l, b)) {
                m = r;
            } else {
                conflict = true;
                break;
            }
            if (m != null) {
                merged.put(id, m);
            }
        }
        if (conflict) {
            Conflict c = new Conflict(key, state.account(), account(key, remoteBodies).orElseThrow(),
                    base.isEmpty() ? null : account(key, base).orElse(null), remote);
            if (!store.applyPull(key, state.changeSeq(), new PullUpdate(null, state.base(), changes.lastSeq(), c))) {
                return true;
            }
            tally.conflicts.add(key);
            return false;
        }
        AccountData newLocal = null;
        if (!merged.equals(local)) {
            Optional<AccountData> m = account(key, merged);
            if (m.isEmpty()) {
                tally.failures.put(key, FailureKind.INVALID_DATA);
                return false;
            }
            newLocal = m.get();
        }
        if (newLocal != null || !changes.changes().isEmpty()) {
            if (!store.applyPull(key, state.changeSeq(), new PullUpdate(newLocal, remote, changes.lastSeq(), null))) {
                return true; // a local change arrived meanwhile: start over with it
            }
            if (newLocal != null) {
                tally.pulled.add(key);
            }
        }
        return push(key, db, state.changeSeq(), merged, remote, !created, tally);
    }

    private boolean push(String key, String db, long changeSeq, Map<String, ObjectNode> merged,
                         Map<String, SyncedDoc> remote, boolean mayNeedDatabase, Tally tally) throws CouchException {
        List<ObjectNode> toSend = new ArrayList<>();
        Set<String> ids = new TreeSet<>(merged.keySet());
        ids.addAll(remote.keySet());
        for (String id : ids) {
            ObjectNode m = merged.get(id);
            SyncedDoc r = remote.get(id);
            ObjectNode rb = r == null || r.deleted() ? null : parse(r.json());
            if (Objects.equals(m, rb)) {
                continue;
            }
            ObjectNode doc = m == null ? JSON.createObjectNode().put("_deleted", true) : m.deepCopy();
            doc.put("_id", id);
            if (r != null && r.rev() != null) {
                doc.put("_rev", r.rev());
            }
            toSend.add(doc);
        }
        if (toSend.isEmpty()) {
            if (changeSeq > 0) {
                store.markPushed(key, Map.of(), changeSeq);
            }
            return false;
        }
        if (remote.isEmpty() && mayNeedDatabase) {
            createDatabase(db);
        }
        Map<String, SyncedDoc> written = new LinkedHashMap<>();
        boolean again = false;
        FailureKind failed = null;
        int accepted = 0;
        for (CouchClient.BulkResult result : client.bulkDocs(db, toSend)) {
            ObjectNode m = merged.get(result.id());
            String json = m == null ? null : write(m);
            if (result.ok()) {
                written.put(result.id(), new SyncedDoc(result.rev(), json));
                accepted++;
            } else if (result.error() == FailureKind.CONFLICT) {
                Optional<ObjectNode> now = client.get(db, result.id());
                if (m != null && now.isPresent() && CouchDocuments.body(now.get()).equals(m)) {
                    // Sent before, but the run stopped before recording it: already done.
                    written.put(result.id(), new SyncedDoc(now.get().path("_rev").asText(), json));
                } else if (m == null && now.isEmpty()) {
                    written.put(result.id(), new SyncedDoc(null, null));
                } else {
                    again = true;
                }
            } else {
                failed = result.error();
            }
        }
        boolean complete = !again && failed == null;
        store.markPushed(key, written, complete ? changeSeq : 0);
        tally.pushedDocs += accepted;
        if (accepted > 0) {
            tally.pushed.add(key);
        }
        if (failed != null) {
            tally.failures.put(key, failed);
        }
        return again;
    }

    /**
     * CouchDB lets only server administrators create databases. A user who may not is refused
     * for this new account only (401 here is not a wrong password: other accounts still sync).
     */
    private boolean createDatabase(String db) throws CouchException {
        try {
            return client.createDatabase(db);
        } catch (CouchException e) {
            if (e.kind() == FailureKind.UNAUTHORIZED) {
                throw new CouchException(FailureKind.FORBIDDEN, e.status(), "create database", e);
            }
            throw e;
        }
    }

    /** The server's documents: the base with the pulled changes laid over it, bodies normalised. */
    private static Optional<Map<String, SyncedDoc>> remoteDocs(String key, Map<String, SyncedDoc> base,
                                                               CouchClient.Changes changes) {
        Map<String, SyncedDoc> raw = new TreeMap<>(base);
        for (CouchClient.Change c : changes.changes()) {
            raw.put(c.id(), c.deleted() || c.doc() == null
                    ? new SyncedDoc(c.rev(), null)
                    : new SyncedDoc(c.rev(), write(CouchDocuments.body(c.doc()))));
        }
        Map<String, ObjectNode> rawBodies = bodies(raw);
        if (rawBodies.isEmpty()) {
            return Optional.of(raw);
        }
        // Through the domain and back: unknown members and other spellings are not changes.
        Optional<AccountData> account = account(key, rawBodies);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ObjectNode> normal = CouchDocuments.toDocs(account.get());
        Map<String, SyncedDoc> result = new TreeMap<>();
        for (Map.Entry<String, SyncedDoc> e : raw.entrySet()) {
            SyncedDoc d = e.getValue();
            result.put(e.getKey(), d.deleted() ? d : new SyncedDoc(d.rev(), write(normal.get(e.getKey()))));
        }
        return Optional.of(result);
    }

    private static Optional<AccountData> account(String key, Map<String, ObjectNode> docs) {
        CouchDocuments.Read read = CouchDocuments.fromDocs(key, docs);
        if (read instanceof CouchDocuments.Read.Valid v) {
            return Optional.of(v.account());
        }
        LOG.warn("The server holds account data that breaks the form's rules ({} problems); not applied",
                ((CouchDocuments.Read.Invalid) read).problems().size());
        return Optional.empty();
    }

    private static Map<String, ObjectNode> bodies(Map<String, SyncedDoc> docs) {
        Map<String, ObjectNode> result = new TreeMap<>();
        docs.forEach((id, d) -> {
            if (!d.deleted()) {
                result.put(id, parse(d.json()));
            }
        });
        return result;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored base is not JSON", e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts of one run. */
    private static final class Tally {
        int pushedDocs;
        final Set<String> pushed = new LinkedHashSet<>();
        final Set<String> pulled = new LinkedHashSet<>();
        final Set<String> conflicts = new LinkedHashSet<>();
        final Map<String, FailureKind> failures = new LinkedHashMap<>();
        FailureKind failure;

        SyncSummary summary() {
            return new SyncSummary(pushedDocs, pushed.size(), pulled.size(), List.copyOf(conflicts), failures, failure);
        }
    }
}
