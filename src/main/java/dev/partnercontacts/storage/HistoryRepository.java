package dev.partnercontacts.storage;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The history of every account: one row per change, written in the transaction of the change it
 * describes, and read newest first in pages (keyset on the row id, over indexed columns), so that
 * a history of millions of rows is never loaded whole.
 */
public final class HistoryRepository {

    private final Database db;
    private final Clock clock;

    public HistoryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records changes made by {@code author} (its label) to the account; joins the caller's
     * transaction when there is one. Nothing is written for an empty list.
     */
    public void record(long accountId, String author, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            insert(c, accountId, author, Instant.now(clock), changes);
            return null;
        });
    }

    /** Writes the records on the connection, in its transaction: for {@link #record} and migrations. */
    static void insert(Connection c, long accountId, String author, Instant when, List<Change> changes) throws SQLException {
        long authorId = authorId(c, author);
        String at = when.toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO history(account_id, at, author_id, kind, role, subject, label, before_value, after_value, "
                        + "haystack) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // Newest first is how history is read: the last change of a batch is written first,
            // so that a batch reads in the order it was made.
            for (int i = changes.size() - 1; i >= 0; i--) {
                Change ch = changes.get(i);
                ps.setLong(1, accountId);
                ps.setString(2, at);
                ps.setLong(3, authorId);
                ps.setString(4, ch.kind().name());
                ps.setString(5, ch.role() == null ? null : ch.role().key());
                ps.setString(6, ch.subject());
                ps.setString(7, ch.label());
                ps.setString(8, ch.before());
                ps.setString(9, ch.after());
                ps.setString(10, SearchText.haystack(ch, author));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long authorId(Connection c, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO author(label) VALUES (?)")) {
            ps.setString(1, label);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM author WHERE label = ?")) {
            ps.setString(1, label);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One page of the history, newest first. */
    public List<HistoryEntry> find(HistoryQuery query) {
        List<HistoryEntry> page = new ArrayList<>();
        db.transaction(c -> {
            scan(c, query, query.limit(), page::add);
            return null;
        });
        return page;
    }

    /**
     * Every entry the query's filters match, newest first, handed to {@code sink} a page at a
     * time (the query's limit is the page size); for exports. Each page is its own read.
     */
    public void forEach(HistoryQuery query, Consumer<HistoryEntry> sink) {
        HistoryQuery page = query;
        while (true) {
            List<HistoryEntry> entries = find(page);
            entries.forEach(sink);
            if (entries.size() < page.limit()) {
                return;
            }
            page = page.after(entries.get(entries.size() - 1).id());
        }
    }

    /**
     * The account's changes recorded after {@code after} (by their time, not their order), newest
     * first. The times are ISO-8601 texts whose fraction varies in length, so the query keeps
     * everything from the start of that second and the exact comparison is made on instants.
     */
    public List<HistoryEntry> since(long accountId, Instant after) {
        String second = after.equals(Instant.MIN) ? "" : after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString().replace("Z", "");
        List<HistoryEntry> found = new ArrayList<>();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " AND h.account_id = ? AND h.at >= ? ORDER BY h.id DESC")) {
                ps.setLong(1, accountId);
                ps.setString(2, second);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        HistoryEntry e = entry(rs);
                        if (e.at().isAfter(after)) {
                            found.add(e);
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** The authors that appear in the history, sorted. */
    public List<String> authors() {
        return db.transaction(c -> {
            List<String> labels = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT label FROM author a WHERE EXISTS (SELECT 1 FROM history h WHERE h.author_id = a.id) "
                            + "ORDER BY label COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
            return labels;
        });
    }

    /** Texts shorter than this are matched by reading the rows: the trigram index needs three characters. */
    private static final int INDEXED_TEXT = 3;
    /** Rows the text index hands over at a time while other filters thin them out. */
    private static final int TEXT_CHUNK = 1_000;
    private static final String SELECT = "SELECT h.id, h.account_id, a.name, h.at, au.label, h.kind, h.role, h.subject, "
            + "h.label, h.before_value, h.after_value FROM history h JOIN account a ON a.id = h.account_id "
            + "JOIN author au ON au.id = h.author_id WHERE 1 = 1";

    private static void scan(Connection c, HistoryQuery q, int limit, Consumer<HistoryEntry> sink) throws SQLException {
        // One account's history is small: reading its rows beats any index. Across every account
        // a text is looked up in the trigram index, newest first, a chunk at a time.
        String searched = SearchText.of(q.text());
        if (q.accountId() == null && searched.codePointCount(0, searched.length()) >= INDEXED_TEXT) {
            scanIndexedText(c, q, limit, sink);
            return;
        }
        Sql sql = filters(q);
        if (!q.text().isEmpty()) {
            sql.where.append(" AND (h.haystack LIKE ? ESCAPE '\\'");
            sql.args.add(pattern(q.text()));
            for (Role r : q.textRoles()) {
                sql.where.append(" OR h.role = ?");
                sql.args.add(r.key());
            }
            sql.where.append(')');
        }
        if (q.beforeId() != null) {
            sql.where.append(" AND h.id < ?");
            sql.args.add(q.beforeId());
        }
        run(c, sql, limit, sink);
    }

    /** The text through the trigram index, merged with the changes of roles named by the text. */
    private static void scanIndexedText(Connection c, HistoryQuery q, int limit, Consumer<HistoryEntry> sink)
            throws SQLException {
        TreeMap<Long, HistoryEntry> found = new TreeMap<>(Comparator.reverseOrder());
        Long cursor = q.beforeId();
        while (found.size() < limit) {
            Long lowest = lowestOfChunk(c, q.text(), cursor);
            if (lowest == null) {
                break;
            }
            Sql sql = filters(q);
            sql.where.append(" AND h.id IN (SELECT rowid FROM history_text WHERE haystack GLOB ? AND rowid >= ?");
            sql.args.add(glob(q.text()));
            sql.args.add(lowest);
            if (cursor != null) {
                sql.where.append(" AND rowid < ?");
                sql.args.add(cursor);
            }
            sql.where.append(')');
            run(c, sql, limit, e -> found.put(e.id(), e));
            cursor = lowest;
        }
        if (!q.textRoles().isEmpty()) {
            Sql sql = filters(q);
            sql.where.append(" AND h.role IN (").append(String.join(", ", java.util.Collections.nCopies(q.textRoles().size(), "?")))
                    .append(')');
            q.textRoles().forEach(r -> sql.args.add(r.key()));
            if (q.beforeId() != null) {
                sql.where.append(" AND h.id < ?");
                sql.args.add(q.beforeId());
            }
            run(c, sql, limit, e -> found.put(e.id(), e));
        }
        found.values().stream().limit(limit).forEach(sink);
    }

    /** The lowest row id of the next chunk of text matches below {@code cursor}, or null when there are none. */
    private static Long lowestOfChunk(Connection c, String text, Long cursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(rowid) FROM (SELECT rowid FROM history_text "
                + "WHERE haystack GLOB ?" + (cursor == null ? "" : " AND rowid < ?")
                + " ORDER BY rowid DESC LIMIT " + TEXT_CHUNK + ")")) {
            ps.setString(1, glob(text));
            if (cursor != null) {
                ps.setLong(2, cursor);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

    /** A query under construction: the filters every path shares. */
    private record Sql(StringBuilder where, List<Object> args) {
    }

    private static Sql filters(HistoryQuery q) {
        Sql sql = new Sql(new StringBuilder(SELECT), new ArrayList<>());
        if (q.accountId() != null) {
            sql.where.append(" AND h.account_id = ?");
            sql.args.add(q.accountId());
        } else {
            // A removal is written under every account that remains (its own history went with it):
            // across all accounts, only its first copy is shown.
            sql.where.append(" AND NOT (h.kind = ? AND EXISTS (SELECT 1 FROM history d WHERE d.kind = h.kind"
                    + " AND d.subject = h.subject AND d.author_id = h.author_id AND d.id < h.id))");
            sql.args.add(Change.Kind.ACCOUNT_REMOVED.name());
        }
        if (q.role() != null) {
            sql.where.append(" AND h.role = ?");
            sql.args.add(q.role().key());
        }
        if (q.area() != null) {
            List<String> users = java.util.Arrays.stream(Change.Kind.values()).filter(Change.Kind::aboutUsers)
                    .map(Enum::name).toList();
            sql.where.append(" AND h.role IS NULL AND h.kind ").append(q.area() == HistoryQuery.Area.USERS ? "IN (" : "NOT IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(users.size(), "?"))).append(')');
            sql.args.addAll(users);
        }
        if (q.author() != null) {
            sql.where.append(" AND h.author_id = (SELECT id FROM author WHERE label = ?)");
            sql.args.add(q.author());
        }
        return sql;
    }

    private static void run(Connection c, Sql sql, int limit, Consumer<HistoryEntry> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.where + " ORDER BY h.id DESC LIMIT ?")) {
            for (int i = 0; i < sql.args.size(); i++) {
                ps.setObject(i + 1, sql.args.get(i));
            }
            ps.setInt(sql.args.size() + 1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(entry(rs));
                }
            }
        }
    }

    /**
     * A GLOB pattern for the text index (it is handed LIKE only without an ESCAPE clause, and GLOB
     * escapes with brackets); the haystack is in {@link SearchText} form, lower-case, so GLOB's
     * case-sensitivity does not matter.
     */
    private static String glob(String text) {
        StringBuilder b = new StringBuilder("*");
        SearchText.of(text).codePoints().forEach(cp -> {
            if (cp == '*' || cp == '?' || cp == '[') {
                b.append('[').appendCodePoint(cp).append(']');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('*').toString();
    }

    private static String pattern(String text) {
        return "%" + likeEscaped(SearchText.of(text)) + "%";
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        Change.Kind kind;
        try {
            kind = Change.Kind.valueOf(rs.getString(6));
        } catch (IllegalArgumentException e) {
            // Written by a later version; shown as an entry without detail rather than dropped.
            kind = Change.Kind.LEGACY_SUBMIT;
        }
        Role role = rs.getString(7) == null ? null : Role.byKey(rs.getString(7)).orElse(null);
        return new HistoryEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.parse(rs.getString(4)),
                rs.getString(5), new Change(kind, role, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
