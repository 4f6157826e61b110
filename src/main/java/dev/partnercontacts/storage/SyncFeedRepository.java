package dev.partnercontacts.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The team database's {@code _changes} feed as far as it was read (a checkpoint per server and
 * database), and the documents it brought that are not merged yet (the inbox), by account key.
 * Storage knows nothing of CouchDB: bodies are JSON text to it. Every method joins the caller's
 * transaction.
 */
public final class SyncFeedRepository {

    /**
     * A received document: its revision and body (null body: deleted), or, when {@code unread},
     * a document the feed listed that the server did not give in a readable form (no body; the
     * revision the feed named, when it named one).
     */
    public record Received(String rev, String body, boolean unread) {
        public Received(String rev, String body) {
            this(rev, body, false);
        }

        /** A document listed by the feed and not read. */
        public static Received unread(String rev) {
            return new Received(rev, null, true);
        }
    }

    private final Database db;

    public SyncFeedRepository(Database db) {
        this.db = db;
    }

    /** The checkpoint of {@code target}, if its feed was read before. */
    public Optional<String> checkpoint(String target) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM sync_feed WHERE target = ?")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Whether a feed other than {@code target}'s was read before (the workstation was pointed elsewhere). */
    public boolean hasOtherTarget(String target) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_feed WHERE target <> ?")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Sets the checkpoint of {@code target} and forgets every other feed. */
    public void setCheckpoint(String target, String seq) {
        db.transaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sync_feed WHERE target <> ?");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO sync_feed(target, seq) VALUES (?, ?) "
                         + "ON CONFLICT(target) DO UPDATE SET seq = excluded.seq")) {
                del.setString(1, target);
                del.executeUpdate();
                ps.setString(1, target);
                ps.setString(2, seq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Keeps received documents of one account, replacing older ones with the same id. */
    public void putInbox(String accountKey, Map<String, Received> docs) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_inbox(account_key, doc_id, rev, body, unread) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(account_key, doc_id) DO UPDATE SET rev = coalesce(excluded.rev, rev), "
                            + "body = excluded.body, unread = excluded.unread")) {
                for (Map.Entry<String, Received> e : docs.entrySet()) {
                    ps.setString(1, accountKey);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue().rev());
                    ps.setString(4, e.getValue().body());
                    ps.setInt(5, e.getValue().unread() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The received documents of one account, by id. */
    public Map<String, Received> inbox(String accountKey) {
        return db.transaction(c -> {
            Map<String, Received> docs = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, rev, body, unread FROM sync_inbox WHERE account_key = ?")) {
                ps.setString(1, accountKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docs.put(rs.getString(1), new Received(rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
                    }
                }
            }
            return docs;
        });
    }

    /** The keys of the accounts with received documents, in key order. */
    public List<String> inboxKeys() {
        return db.transaction(c -> {
            List<String> keys = new ArrayList<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT account_key FROM sync_inbox ORDER BY account_key")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    /** The ids of the documents kept unread, to ask the server for again. */
    public List<String> unreadIds() {
        return db.transaction(c -> {
            List<String> ids = new ArrayList<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT doc_id FROM sync_inbox WHERE unread = 1 ORDER BY doc_id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    public void clearInbox(String accountKey) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_inbox WHERE account_key = ?")) {
                ps.setString(1, accountKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets every feed and everything received: the workstation syncs with another database now. */
    public void forgetAll() {
        db.transaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sync_feed");
                s.executeUpdate("DELETE FROM sync_inbox");
            }
            return null;
        });
    }
}
