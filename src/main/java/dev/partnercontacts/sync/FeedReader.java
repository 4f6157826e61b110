package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pull of a sync run: the team database's {@code _changes} feed from the stored checkpoint,
 * a page at a time, and the documents of accounts it lists, fetched through {@code _all_docs}
 * and kept with the new checkpoint in one transaction per page (data contract, "CouchDB layout
 * (version 2)"). Anything else in the database is never read.
 *
 * <p>What a broken or hostile server cannot do here:
 * <ul>
 * <li>hold a run for ever with a feed that never ends: a run reads at most {@link #MAX_PAGES}
 *     pages, and stops when a {@code last_seq} comes back that this run has seen (a feed going
 *     back and forth); the next run goes on from the checkpoint;</li>
 * <li>stop every account with one document larger than an answer may be: a too-large
 *     {@code _all_docs} answer is asked again in halves, down to the one document, which is kept
 *     as <em>unread</em>;</li>
 * <li>make a document look deleted by leaving it out of {@code _all_docs}: only a row that says
 *     deleted is a deletion; a document listed by the feed and not given is kept as unread.</li>
 * </ul>
 * An account with an unread document is held (neither merged nor sent) until a later run reads
 * it: every run asks for the unread documents again first.
 */
final class FeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Changes per {@code _changes} page, and documents per {@code _all_docs} request. */
    static final int PAGE = 500;
    /** Pages read in one run at most: 100,000 changes (a team of 1,000 accounts has some 3,000 documents). */
    static final int MAX_PAGES = 200;
    /** {@code _all_docs} requests a run may spend on halving too-large answers. */
    private static final int SPLITS = 40;

    private final CouchClient client;
    private final String database;
    private final SyncStore store;
    private int requests;
    private int splits;

    FeedReader(CouchClient client, String database, SyncStore store) {
        this.client = client;
        this.database = database;
        this.store = store;
    }

    /** Requests made so far. */
    int requests() {
        return requests;
    }

    /** Reads what changed on the server since the checkpoint of {@code target} into the store. */
    void pull(String target) throws CouchException {
        String since = store.checkpoint(target);
        List<String> unread = store.unreadIds();
        if (!unread.isEmpty()) {
            for (int i = 0; i < unread.size(); i += PAGE) {
                Received again = fetch(unread.subList(i, Math.min(unread.size(), i + PAGE)), Map.of());
                store.receive(target, again.docs(), again.unread(), since);
            }
        }
        Set<String> seen = new HashSet<>();
        seen.add(since);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            CouchClient.Changes page = client.changes(database, since, PAGE);
            requests++;
            Map<String, String> alive = new LinkedHashMap<>();
            Map<String, SyncedDoc> deleted = new TreeMap<>();
            List<CouchClient.Change> ours = page.changes().stream()
                    .filter(c -> CouchDocuments.keyOf(c.id()).isPresent()).toList(); // anything else is left alone
            // This workstation's own writes come back through the feed: known at that revision, nothing to fetch.
            Map<String, String> known = store.knownRevisions(ours.stream().map(CouchClient.Change::id).toList());
            for (CouchClient.Change c : ours) {
                if (c.rev() != null && c.rev().equals(known.get(c.id()))) {
                    continue;
                }
                if (c.deleted()) {
                    deleted.put(c.id(), new SyncedDoc(c.rev(), null));
                    alive.remove(c.id());
                } else {
                    alive.put(c.id(), c.rev());
                    deleted.remove(c.id());
                }
            }
            Received got = fetch(new ArrayList<>(alive.keySet()), alive);
            Map<String, SyncedDoc> docs = new TreeMap<>(deleted);
            docs.putAll(got.docs());
            store.receive(target, docs, got.unread(), page.lastSeq());
            if (!page.full() || !seen.add(page.lastSeq())) {
                return;
            }
            since = page.lastSeq();
        }
    }

    /** Documents received (a null body: deleted) and those not given in a readable form, with their revision. */
    private record Received(Map<String, SyncedDoc> docs, Map<String, String> unread) {
    }

    /** The documents with these ids; {@code revs} are the feed's revisions, for those kept unread. */
    private Received fetch(List<String> ids, Map<String, String> revs) throws CouchException {
        Map<String, SyncedDoc> docs = new TreeMap<>();
        Map<String, String> unread = new TreeMap<>();
        for (int i = 0; i < ids.size(); i += PAGE) {
            fetchInto(ids.subList(i, Math.min(ids.size(), i + PAGE)), revs, docs, unread);
        }
        return new Received(docs, unread);
    }

    private void fetchInto(List<String> ids, Map<String, String> revs, Map<String, SyncedDoc> docs,
                           Map<String, String> unread) throws CouchException {
        if (ids.isEmpty()) {
            return;
        }
        CouchClient.Fetched fetched;
        try {
            requests++;
            fetched = client.documents(database, ids);
        } catch (CouchException e) {
            if (e.kind() != FailureKind.TOO_LARGE || splits >= SPLITS) {
                throw e;
            }
            if (ids.size() == 1) {
                unread.put(ids.get(0), revs.get(ids.get(0)));
                return;
            }
            splits++;
            int half = ids.size() / 2;
            fetchInto(ids.subList(0, half), revs, docs, unread);
            fetchInto(ids.subList(half, ids.size()), revs, docs, unread);
            return;
        }
        fetched.docs().forEach((id, doc) -> docs.put(id, new SyncedDoc(doc.path("_rev").asText(null),
                write(CouchDocuments.body(doc)))));
        fetched.deleted().forEach((id, rev) -> docs.put(id, new SyncedDoc(rev, null)));
        fetched.missing().forEach(id -> unread.put(id, revs.get(id)));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
