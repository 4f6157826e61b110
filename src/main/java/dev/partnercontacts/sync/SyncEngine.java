package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Syncs every account of the data file with the team database (data contract, "CouchDB layout
 * (version 2)"), in rounds of three steps:
 * <ol>
 * <li>pull ({@link FeedReader}): the database's {@code _changes} feed from the stored
 *     checkpoint, a page at a time; the documents of accounts are fetched through
 *     {@code _all_docs} and kept, with the new checkpoint, in one transaction per page; anything
 *     else in the database is never read;</li>
 * <li>merge: each account that received documents is merged field by field
 *     ({@link ConflictMerge}) against the last agreed version; only fields changed differently
 *     on both sides are a conflict, stored for a person to decide; while it waits, the account is
 *     neither merged nor sent;</li>
 * <li>push: the accounts with local changes are sent through {@code _bulk_docs} in batches, each
 *     document on the revision it was based on (a newer one on the server is answered 409, never
 *     overwritten: the next round pulls and merges it). What is about to be sent is recorded
 *     before it is sent, so that when the answer is lost the next pull knows the server's copy
 *     as this workstation's own write.</li>
 * </ol>
 * A sync where nothing changed on either side is one {@code _changes} request. Blocking: run it
 * on a background executor.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Documents per {@code _bulk_docs} request, as many as a page of the feed. */
    static final int PAGE = FeedReader.PAGE;
    /** Accounts merged, or prepared for sending, per local transaction. */
    private static final int LOCAL_BATCH = 200;
    /** Rounds when the server changed between a pull and a push. */
    private static final int ROUNDS = 3;

    private final CouchClient client;
    private final String database;
    private final SyncStore store;
    private final Clock clock;

    /**
     * @param client   the server, or null for a store-only use ({@link #resolve})
     * @param database the team database's name
     */
    public SyncEngine(CouchClient client, String database, SyncStore store, Clock clock) {
        this.client = client;
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** Syncs every account with the team database, both ways; never throws for the server's sake. */
    public SyncSummary sync() {
        Tally t = new Tally();
        try {
            String target = client + " " + database;
            FeedReader feed = new FeedReader(client, database, store);
            for (int round = 0; round < ROUNDS; round++) {
                t.retry.clear();
                t.failures.clear(); // each round says again what holds an account back
                int before = feed.requests();
                feed.pull(target);
                t.requests += feed.requests() - before;
                mergeReceived(t);
                if (!push(t)) {
                    break;
                }
            }
            // Still changed on the server under each push: tried again on the next run.
            t.retry.forEach(k -> t.failures.putIfAbsent(k, FailureKind.CONFLICT));
            store.synced(Instant.now(clock));
        } catch (CouchException e) {
            LOG.info("The sync stopped: {}", e.kind());
            t.failure = e.kind();
            t.subject = e.subject();
        }
        store.conflicts().forEach(c -> t.conflicts.add(c.key()));
        return t.summary();
    }

    /**
     * Stores a person's decision on the account's conflict (this workstation's value where none is
     * chosen).
     *
     * @throws InvalidResolution when the fields chosen break a rule of the form together that
     *                           the account did not break before (nothing is stored)
     */
    public void resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        Conflict c = store.conflicts().stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict for this account"));
        AccountData resolved = c.resolve(choice);
        Set<String> already = new java.util.HashSet<>();
        RuleConflicts.problems(c.merged()).forEach(p -> already.add(p.messageKey()));
        List<dev.partnercontacts.domain.Problem> made = RuleConflicts.problems(resolved).stream()
                .filter(p -> !already.contains(p.messageKey())).toList();
        if (!made.isEmpty()) {
            throw new InvalidResolution(made);
        }
        store.resolveConflict(key, resolved, ResolutionHistory.of(c.fields(), choice));
    }

    private void mergeReceived(Tally t) {
        List<String> keys = store.receivedKeys();
        for (int i = 0; i < keys.size(); i += LOCAL_BATCH) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + LOCAL_BATCH));
            store.inOneTransaction(() -> {
                chunk.forEach(key -> merge(key, t));
                return null;
            });
        }
    }

    private void merge(String key, Tally t) {
        LocalState s = store.load(key);
        if (s.conflictOpen()) {
            return; // a person decides first; what arrived waits
        }
        if (!s.unread().isEmpty()) {
            t.failures.put(key, FailureKind.UNREADABLE); // held until the server gives all of it
            return;
        }
        // What the server holds: documents with a revision, and what just arrived.
        Map<String, SyncedDoc> server = new TreeMap<>();
        s.base().forEach((id, d) -> {
            if (d.rev() != null) {
                server.put(id, d);
            }
        });
        server.putAll(s.received());
        Map<String, SyncedDoc> base = new TreeMap<>(s.base());
        // A write whose answer was lost: the server's copy is this workstation's own, agreed.
        s.inflight().forEach((id, sent) -> {
            SyncedDoc now = server.get(id);
            if (now != null && sameJson(sent.orElse(null), now.json())) {
                base.put(id, now);
            }
        });
        Map<String, ObjectNode> serverBodies = bodies(server);
        if (serverBodies.values().stream().anyMatch(CouchDocuments::ofLaterLayout)) {
            // Written by a later version of the app: left alone, and the account with it, until this one is updated.
            t.failures.put(key, FailureKind.NEWER_VERSION);
            return;
        }
        CouchDocuments.Read read = CouchDocuments.fromDocs(key, serverBodies);
        if (read instanceof CouchDocuments.Read.Invalid invalid) {
            LOG.info("The server holds account data that breaks the form's rules ({} problems); not applied",
                    invalid.problems().size());
            t.failures.put(key, FailureKind.INVALID_DATA);
            return;
        }
        AccountData remote = ((CouchDocuments.Read.Valid) read).account();
        Map<String, SyncedDoc> serverDocs = normalised(remote, server, serverBodies);
        ConflictMerge.Merged m = ConflictMerge.merge(s.account(), accountOf(key, base), remote);
        if (m.invalid()) {
            LOG.info("The account merged with the server's breaks the form's rules; not applied");
            t.failures.put(key, FailureKind.INVALID_DATA);
            return;
        }
        if (!m.conflicts().isEmpty()) {
            if (store.applyMerge(key, s.changeSeq(), new MergeUpdate(null, normalisedBase(base), true, serverDocs))) {
                t.conflicts.add(key);
            }
            return;
        }
        AccountData merged = m.account();
        Map<String, ObjectNode> mergedDocs = merged == null ? Map.of() : CouchDocuments.toDocs(merged);
        // Each side was checked (the server's just now, this workstation's through the form): only
        // a mix of the two is checked again, once per account received and not twice.
        boolean mixed = merged != null && merged != remote && merged != s.account();
        if (mixed && !(CouchDocuments.fromDocs(key, mergedDocs) instanceof CouchDocuments.Read.Valid)) {
            t.failures.put(key, FailureKind.INVALID_DATA); // never stored or sent
            return;
        }
        boolean changesHere = s.account() == null ? merged != null
                : !mergedDocs.equals(CouchDocuments.toDocs(s.account()));
        Map<String, ObjectNode> serverNow = bodies(serverDocs);
        boolean toSend = !CouchDocuments.keepingForeign(mergedDocs, serverNow).equals(serverNow);
        if (store.applyMerge(key, s.changeSeq(), new MergeUpdate(changesHere ? merged : null, serverDocs, toSend, null))
                && changesHere) {
            t.pulled.add(key);
        }
    }

    /**
     * The server's documents as this workstation writes them (their revisions kept): spellings are
     * not changes. Members of a later version are kept as the server has them.
     */
    private static Map<String, SyncedDoc> normalised(AccountData account, Map<String, SyncedDoc> server,
                                                     Map<String, ObjectNode> serverBodies) {
        Map<String, SyncedDoc> result = new TreeMap<>();
        Map<String, ObjectNode> docs = account == null ? Map.of()
                : CouchDocuments.keepingForeign(CouchDocuments.toDocs(account), serverBodies);
        server.forEach((id, d) -> {
            ObjectNode body = docs.get(id);
            result.put(id, new SyncedDoc(d.rev(), d.deleted() || body == null ? null : write(body)));
        });
        return result;
    }

    private static Map<String, SyncedDoc> normalisedBase(Map<String, SyncedDoc> base) {
        return base;
    }

    /** Sends every account with local changes; true when some document met a newer one (another round). */
    private boolean push(Tally t) throws CouchException {
        List<String> keys = store.pendingKeys();
        boolean again = false;
        List<Outgoing> batch = new ArrayList<>();
        int docs = 0;
        for (int i = 0; i < keys.size(); i += LOCAL_BATCH) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + LOCAL_BATCH));
            List<Outgoing> prepared = store.inOneTransaction(() -> {
                List<Outgoing> list = new ArrayList<>();
                for (String key : chunk) {
                    outgoing(key).ifPresent(list::add);
                }
                return list;
            });
            for (Outgoing o : prepared) {
                batch.add(o);
                docs += o.docs().size();
                if (docs >= PAGE) {
                    again |= send(batch, t);
                    batch.clear();
                    docs = 0;
                }
            }
        }
        if (!batch.isEmpty()) {
            again |= send(batch, t);
        }
        return again;
    }

    /** One account's documents to send: each that differs from what the server holds. */
    private record Outgoing(String key, long changeSeq, List<ObjectNode> docs, Map<String, String> bodies) {
    }

    private Optional<Outgoing> outgoing(String key) {
        LocalState s = store.load(key);
        if (s.conflictOpen() || s.holdsReceived()) {
            return Optional.empty(); // decided or merged first
        }
        // What a later version added to a document goes back with it.
        Map<String, ObjectNode> local = s.account() == null ? Map.of()
                : CouchDocuments.keepingForeign(CouchDocuments.toDocs(s.account()), bodies(s.base()));
        List<ObjectNode> docs = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        Set<String> ids = new TreeSet<>(local.keySet());
        ids.addAll(s.base().keySet());
        for (String id : ids) {
            ObjectNode want = local.get(id);
            SyncedDoc have = s.base().get(id);
            boolean onServer = have != null && have.rev() != null && !have.deleted();
            if (want == null && !onServer || want != null && have != null && have.rev() != null
                    && sameJson(write(want), have.json())) {
                continue;
            }
            ObjectNode doc = want == null ? JSON.createObjectNode().put("_deleted", true) : want.deepCopy();
            doc.put("_id", id);
            if (have != null && have.rev() != null) {
                doc.put("_rev", have.rev());
            }
            docs.add(doc);
            bodies.put(id, want == null ? null : write(want));
        }
        if (docs.isEmpty()) {
            store.markPushed(key, Map.of(), s.changeSeq());
            return Optional.empty();
        }
        return Optional.of(new Outgoing(key, s.changeSeq(), docs, bodies));
    }

    private boolean send(List<Outgoing> batch, Tally t) throws CouchException {
        store.inOneTransaction(() -> {
            batch.forEach(o -> store.planPush(o.key(), o.bodies()));
            return null;
        });
        List<ObjectNode> docs = batch.stream().flatMap(o -> o.docs().stream()).toList();
        Map<String, CouchClient.BulkResult> results = new LinkedHashMap<>();
        client.bulkDocs(database, docs).forEach(r -> results.put(r.id(), r));
        t.requests++;
        boolean again = false;
        List<Runnable> records = new ArrayList<>();
        for (Outgoing o : batch) {
            Map<String, SyncedDoc> written = new LinkedHashMap<>();
            boolean complete = true;
            for (ObjectNode d : o.docs()) {
                String id = d.path("_id").asText();
                CouchClient.BulkResult r = results.get(id);
                if (r != null && r.ok()) {
                    written.put(id, new SyncedDoc(r.rev(), o.bodies().get(id)));
                    continue;
                }
                complete = false;
                if (r == null || r.error() == FailureKind.CONFLICT) {
                    again = true;
                    t.retry.add(o.key());
                } else {
                    t.failures.put(o.key(), r.error());
                }
            }
            t.pushedDocs += written.size();
            if (!written.isEmpty()) {
                t.pushed.add(o.key());
            }
            boolean done = complete;
            records.add(() -> store.markPushed(o.key(), written, done ? o.changeSeq() : 0));
        }
        // What the server accepted, recorded for the whole batch in one transaction.
        store.inOneTransaction(() -> {
            records.forEach(Runnable::run);
            return null;
        });
        return again;
    }

    /** The account the documents hold, or null when they hold none valid. */
    private static AccountData accountOf(String key, Map<String, SyncedDoc> docs) {
        return CouchDocuments.fromDocs(key, bodies(docs)) instanceof CouchDocuments.Read.Valid v ? v.account() : null;
    }

    /** The bodies of the documents that are not deleted, parsed. */
    static Map<String, ObjectNode> bodies(Map<String, SyncedDoc> docs) {
        Map<String, ObjectNode> result = new TreeMap<>();
        docs.forEach((id, d) -> {
            if (!d.deleted()) {
                result.put(id, parse(d.json()));
            }
        });
        return result;
    }

    private static boolean sameJson(String a, String b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return a.equals(b) || parse(a).equals(parse(b));
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
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
        int requests;
        final Set<String> pushed = new LinkedHashSet<>();
        final Set<String> pulled = new LinkedHashSet<>();
        final Set<String> conflicts = new LinkedHashSet<>();
        final Set<String> retry = new LinkedHashSet<>();
        final Map<String, FailureKind> failures = new LinkedHashMap<>();
        FailureKind failure;
        String subject = "";

        SyncSummary summary() {
            return new SyncSummary(pushedDocs, pushed.size(), pulled.size(), List.copyOf(conflicts), failures, failure,
                    subject, requests);
        }
    }
}
