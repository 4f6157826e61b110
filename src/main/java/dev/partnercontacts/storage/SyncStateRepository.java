package dev.partnercontacts.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the sync layer keeps per account, as plain rows: the outbox (a change sequence that only
 * grows, and how far the server has it), the base documents, what a push is about to send
 * (in flight) and a stored conflict; the feed and what it brought are in {@link SyncFeedRepository}. Storage knows nothing of CouchDB: bodies are JSON text to it. Every method
 * joins the caller's transaction.
 */
public final class SyncStateRepository {

    /** A document as last agreed with the server: its revision and body (null body: deleted). */
    public record StoredDoc(String rev, String body) {
    }

    /** A stored conflict: the server's documents and the base it was found on, as the sync layer wrote them. */
    public record StoredConflict(long accountId, String remoteDocs, String baseDocs) {
    }

    private final Database db;
    private final Clock clock;

    public SyncStateRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records a local change of the account: its change sequence grows by one. */
    public void raise(long accountId) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_outbox(account_id, change_seq) VALUES (?, 1) "
                            + "ON CONFLICT(account_id) DO UPDATE SET change_seq = change_seq + 1")) {
                ps.setLong(1, accountId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The change sequence waiting to be pushed, 0 when the server has every local change. */
    public long pending(long accountId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT change_seq FROM sync_outbox WHERE account_id = ? AND change_seq > pushed_seq")) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Marks the changes up to {@code changeSeq} as pushed, if no later change was made. */
    public void clear(long accountId, long changeSeq) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sync_outbox SET pushed_seq = change_seq WHERE account_id = ? AND change_seq = ?")) {
                ps.setLong(1, accountId);
                ps.setLong(2, changeSeq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many accounts have local changes the server does not have yet. */
    public int pendingCount() {
        return db.transaction(c -> {
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sync_outbox WHERE change_seq > pushed_seq")) {
                return rs.getInt(1);
            }
        });
    }

    /** The keys of the accounts whose local changes wait to be sent, in account order. */
    public List<String> pendingKeys() {
        return db.transaction(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.key FROM sync_outbox o JOIN account a ON a.id = o.account_id "
                            + "WHERE o.change_seq > o.pushed_seq ORDER BY a.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    /** The ids of the accounts with changes waiting to be sent. */
    public java.util.Set<Long> pendingAccounts() {
        return db.transaction(c -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT account_id FROM sync_outbox WHERE change_seq > pushed_seq")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Marks every account that holds anything (submitted details or users) as to be sent again. */
    public void raiseAllWithData() {
        db.transaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO sync_outbox(account_id, change_seq) SELECT a.id, 1 FROM account a "
                        + "WHERE (a.submitted_at IS NOT NULL OR EXISTS (SELECT 1 FROM portal_user u WHERE u.account_id = a.id)) "
                        + "ON CONFLICT(account_id) DO UPDATE SET change_seq = change_seq + 1");
            }
            return null;
        });
    }

    /**
     * Forgets the revisions of every base document: the server is another one now (or the same
     * one by another address). The bodies stay, as the last content agreed on, for the next
     * merge; so does what was in flight, which the server may hold all the same.
     */
    public void forgetServer() {
        db.transaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("UPDATE sync_base SET rev = NULL");
            }
            return null;
        });
    }

    /** The revision of each given document as last agreed, for those that have one; by id. */
    public Map<String, String> baseRevs(java.util.Collection<String> docIds) {
        return db.transaction(c -> {
            Map<String, String> revs = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rev FROM sync_base WHERE doc_id = ? AND rev IS NOT NULL")) {
                for (String id : docIds) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            revs.put(id, rs.getString(1));
                        }
                    }
                }
            }
            return revs;
        });
    }

    /** The base documents, by id. */
    public Map<String, StoredDoc> base(long accountId) {
        return db.transaction(c -> {
            Map<String, StoredDoc> docs = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, rev, body FROM sync_base WHERE account_id = ?")) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docs.put(rs.getString(1), new StoredDoc(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return docs;
        });
    }

    /** Replaces every base document of the account. */
    public void replaceBase(long accountId, Map<String, StoredDoc> docs) {
        db.transaction(c -> {
            AccountRepository.delete(c, "DELETE FROM sync_base WHERE account_id = ?", accountId);
            putBase(c, accountId, docs);
            return null;
        });
    }

    /** Sets the base of the given documents, leaving the others. */
    public void putBase(long accountId, Map<String, StoredDoc> docs) {
        db.transaction(c -> {
            putBase(c, accountId, docs);
            return null;
        });
    }

    private static void putBase(Connection c, long accountId, Map<String, StoredDoc> docs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_base(account_id, doc_id, rev, body) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT(account_id, doc_id) DO UPDATE SET rev = excluded.rev, body = excluded.body")) {
            for (Map.Entry<String, StoredDoc> e : docs.entrySet()) {
                ps.setLong(1, accountId);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue().rev());
                ps.setString(4, e.getValue().body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What was about to be sent for the account, by document id (a null body: a deletion). */
    public Map<String, Optional<String>> inflight(long accountId) {
        return db.transaction(c -> {
            Map<String, Optional<String>> docs = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, body FROM sync_inflight WHERE account_id = ?")) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docs.put(rs.getString(1), Optional.ofNullable(rs.getString(2)));
                    }
                }
            }
            return docs;
        });
    }

    /** Records the documents about to be sent (a null body: a deletion), replacing what was recorded for them. */
    public void putInflight(long accountId, Map<String, String> docs) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_inflight(account_id, doc_id, body) VALUES (?, ?, ?) "
                            + "ON CONFLICT(account_id, doc_id) DO UPDATE SET body = excluded.body")) {
                for (Map.Entry<String, String> e : docs.entrySet()) {
                    ps.setLong(1, accountId);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Forgets what was in flight for these documents of the account (all of them when {@code docIds} is null). */
    public void clearInflight(long accountId, java.util.Collection<String> docIds) {
        db.transaction(c -> {
            if (docIds == null) {
                AccountRepository.delete(c, "DELETE FROM sync_inflight WHERE account_id = ?", accountId);
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_inflight WHERE account_id = ? AND doc_id = ?")) {
                for (String id : docIds) {
                    ps.setLong(1, accountId);
                    ps.setString(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Every stored conflict, oldest account first. */
    public List<StoredConflict> conflicts() {
        return db.transaction(c -> {
            List<StoredConflict> list = new ArrayList<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT account_id, remote_docs, base_docs FROM sync_conflict ORDER BY account_id")) {
                while (rs.next()) {
                    list.add(new StoredConflict(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return list;
        });
    }

    public Optional<StoredConflict> conflict(long accountId) {
        return conflicts().stream().filter(k -> k.accountId() == accountId).findFirst();
    }

    public void putConflict(long accountId, String remoteDocs, String baseDocs) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_conflict(account_id, remote_docs, base_docs, found_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(account_id) DO UPDATE SET remote_docs = excluded.remote_docs, "
                            + "base_docs = excluded.base_docs, found_at = excluded.found_at")) {
                ps.setLong(1, accountId);
                ps.setString(2, remoteDocs);
                ps.setString(3, baseDocs);
                ps.setString(4, Instant.now(clock).toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void removeConflict(long accountId) {
        db.transaction(c -> {
            AccountRepository.delete(c, "DELETE FROM sync_conflict WHERE account_id = ?", accountId);
            return null;
        });
    }
}
