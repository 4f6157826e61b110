package dev.partnercontacts.storage;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SearchText;
import dev.partnercontacts.domain.UserRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data steps of schema 4 ({@link Migrations}): every stored e-mail address in its
 * {@link EmailAddress#canonical} form with its {@link EmailAddress#key} beside it, names in NFC,
 * and the history's search text in {@link SearchText} form.
 *
 * <p>Two users of one account, or two contacts of one role, whose addresses turn out to be the
 * same address (written with and without a trailing no-break space, with a precomposed or a
 * decomposed letter, with the domain as {@code xn--} or in Unicode) are one person: they are
 * merged, never refused, so that the upgrade cannot fail on data it once accepted. The one
 * stored first is kept, with its name; it takes the strongest role of the two (an account never
 * loses an Administrator) and stays or becomes an alert contact if either was one; a contact
 * keeps its position and takes the other's name and phone where it had none. Each merge is
 * recorded in the account's history by {@value #AUTHOR}, naming the address that went, and the
 * account is marked as changed for the next sync.
 */
final class CanonicalAddresses {

    /** Who the history names as making the merges. */
    static final String AUTHOR = "Partner Contacts upgrade";

    private CanonicalAddresses() {
    }

    private record User(long id, long accountId, String name, String email, UserRole role) {
    }

    /** Users: canonical addresses and keys, NFC names, duplicates merged. */
    static void users(Connection c) throws SQLException {
        List<User> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, account_id, name, email, role FROM portal_user ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new User(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), role(rs.getString(5))));
            }
        }
        Map<Long, Map<String, User>> kept = new HashMap<>();
        for (User u : all) {
            String key = EmailAddress.key(u.email());
            Map<String, User> account = kept.computeIfAbsent(u.accountId(), a -> new HashMap<>());
            User first = account.get(key);
            if (first == null) {
                account.put(key, u);
                update(c, "UPDATE portal_user SET email = ?, email_key = ?, name = ? WHERE id = ?",
                        EmailAddress.canonical(u.email()), key, nfc(u.name()), u.id());
                continue;
            }
            List<Change> changes = new ArrayList<>();
            if (u.role().ordinal() < first.role().ordinal()) {
                update(c, "UPDATE portal_user SET role = ? WHERE id = ?", u.role().name(), first.id());
                changes.add(Change.of(Change.Kind.USER_ROLE_CHANGED, null, EmailAddress.canonical(first.email()),
                        nfc(first.name()), first.role().name(), u.role().name()));
                account.put(key, new User(first.id(), first.accountId(), first.name(), first.email(), u.role()));
            }
            // The alert contact moves to the user kept, unless that user is one already.
            update(c, "UPDATE OR IGNORE alert_contact SET user_id = ? WHERE user_id = ?", first.id(), u.id());
            update(c, "DELETE FROM portal_user WHERE id = ?", u.id());
            changes.add(Change.of(Change.Kind.USER_REMOVED, null, u.email(), u.name(), u.role().name(), ""));
            recordMerge(c, u.accountId(), changes);
        }
    }

    private record Entry(long accountId, String role, int position, String email, String name, String phone) {
    }

    /** Contacts: canonical addresses and keys, NFC names, duplicates in a role merged. */
    static void contacts(Connection c) throws SQLException {
        Map<String, List<Entry>> byRole = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT account_id, role, position, email, name, phone FROM contact ORDER BY account_id, role, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Entry e = new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
                byRole.computeIfAbsent(e.accountId() + " " + e.role(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> entries : byRole.values()) {
            Map<String, Entry> seen = new HashMap<>();
            int next = 0;
            // Ascending positions: each entry moves down only into a place already freed.
            for (Entry e : entries) {
                String key = EmailAddress.key(e.email());
                Entry first = seen.get(key);
                if (first == null) {
                    update(c, "UPDATE contact SET position = ?, email = ?, email_key = ?, name = ? "
                                    + "WHERE account_id = ? AND role = ? AND position = ?",
                            next, EmailAddress.canonical(e.email()), key, nfc(e.name()), e.accountId(), e.role(), e.position());
                    seen.put(key, new Entry(e.accountId(), e.role(), next++, e.email(), e.name(), e.phone()));
                    continue;
                }
                update(c, "DELETE FROM contact WHERE account_id = ? AND role = ? AND position = ?",
                        e.accountId(), e.role(), e.position());
                update(c, "UPDATE contact SET name = CASE name WHEN '' THEN ? ELSE name END, "
                                + "phone = CASE phone WHEN '' THEN ? ELSE phone END WHERE account_id = ? AND role = ? AND position = ?",
                        nfc(e.name()), e.phone(), e.accountId(), e.role(), first.position());
                recordMerge(c, e.accountId(), List.of(Change.of(Change.Kind.CONTACT_REMOVED,
                        Role.byKey(e.role()).orElse(null), e.email(), e.name(), "", "")));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM account"); ResultSet rs = ps.executeQuery()) {
            List<Object[]> renamed = new ArrayList<>();
            while (rs.next()) {
                if (!nfc(rs.getString(2)).equals(rs.getString(2))) {
                    renamed.add(new Object[] {nfc(rs.getString(2)), rs.getLong(1)});
                }
            }
            for (Object[] r : renamed) {
                update(c, "UPDATE account SET name = ? WHERE id = ?", r);
            }
        }
    }

    /**
     * The history's search text rebuilt in {@link SearchText} form, for rows where it differs
     * (text that is not NFC, {@code xn--} labels, phone numbers); the trigram index follows.
     */
    static void historyText(Connection c) throws SQLException {
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, h.kind, h.subject, h.label, h.before_value, "
                + "h.after_value, au.label, h.haystack FROM history h JOIN author au ON au.id = h.author_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Change.Kind kind;
                try {
                    kind = Change.Kind.valueOf(rs.getString(2));
                } catch (IllegalArgumentException e) {
                    kind = Change.Kind.LEGACY_SUBMIT;
                }
                String text = SearchText.haystack(Change.of(kind, null, rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), rs.getString(7));
                if (!text.equals(rs.getString(8))) {
                    changed.add(new Object[] {rs.getLong(1), rs.getString(8), text});
                }
            }
        }
        try (PreparedStatement old = c.prepareStatement(
                "INSERT INTO history_text(history_text, rowid, haystack) VALUES ('delete', ?, ?)");
             PreparedStatement row = c.prepareStatement("UPDATE history SET haystack = ? WHERE id = ?");
             PreparedStatement now = c.prepareStatement("INSERT INTO history_text(rowid, haystack) VALUES (?, ?)")) {
            for (Object[] r : changed) {
                old.setLong(1, (Long) r[0]);
                old.setString(2, (String) r[1]);
                old.addBatch();
                row.setString(1, (String) r[2]);
                row.setLong(2, (Long) r[0]);
                row.addBatch();
                now.setLong(1, (Long) r[0]);
                now.setString(2, (String) r[2]);
                now.addBatch();
            }
            old.executeBatch();
            row.executeBatch();
            now.executeBatch();
        }
    }

    private static void recordMerge(Connection c, long accountId, List<Change> changes) throws SQLException {
        HistoryRepository.insert(c, accountId, AUTHOR, Instant.now(), changes);
        update(c, "INSERT INTO sync_outbox(account_id, change_seq) VALUES (?, 1) "
                + "ON CONFLICT(account_id) DO UPDATE SET change_seq = change_seq + 1", accountId);
    }

    private static UserRole role(String name) {
        try {
            return UserRole.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UserRole.READ_ONLY;
        }
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
