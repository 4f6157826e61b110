package dev.partnercontacts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account's contact details: the submitted copy in tables, and the draft the form is
 * editing as JSON. Submitting replaces the stored copy and drops the draft in one transaction.
 */
public final class AccountRepository {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRepository.class);

    /** An account's row, with the name typed in its draft taken out of the draft's JSON inside SQLite. */
    private static final String SUMMARY = "SELECT id, key, name, complete, (SELECT CASE WHEN json_valid(body) THEN "
            + "json_extract(body, '$.details.settings.name') END FROM draft WHERE account_id = account.id), "
            + "EXISTS (SELECT 1 FROM draft WHERE account_id = account.id) FROM account";

    private final Database db;
    private final Sql sql;
    private final Clock clock;
    private final DraftCodec codec = new DraftCodec();

    public AccountRepository(Database db, Clock clock) {
        this.db = db;
        this.sql = new Sql(db);
        this.clock = clock;
    }

    private static AccountSummary summary(ResultSet rs) throws SQLException {
        return new AccountSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5),
                rs.getInt(6) == 1);
    }

    /** The id of the oldest account, creating a blank one in an empty file. */
    public long firstOrNewAccountId() {
        return db.transaction(c -> Sql.one(c, "SELECT min(id) FROM account", rs -> {
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        }).orElseGet(() -> create().id()));
    }

    /** Creates a blank account with a new key. */
    public AccountSummary create() {
        return create(UUID.randomUUID().toString());
    }

    /**
     * Creates a blank account with the given key (an account made elsewhere: a bundle, the sync
     * server), stored in lower case as CouchDB's database names have it.
     */
    public AccountSummary create(String givenKey) {
        String key = givenKey.toLowerCase(Locale.ROOT);
        long id = sql.insert("INSERT INTO account(key, integration, environment, created_at, complete) VALUES (?, ?, ?, ?, 0)",
                key, Integration.DEFAULT.name(), Environment.SANDBOX.name(), now());
        return new AccountSummary(id, key, "", false);
    }

    /**
     * The accounts of the file, named ones by name, then unnamed ones by age. An account whose
     * completeness was never evaluated (a file from version 1.0) is listed as incomplete until
     * {@link #setComplete} is called for it; {@link #unevaluated} lists those.
     */
    public List<AccountSummary> list() {
        return sql.list(SUMMARY + " ORDER BY name = '', name COLLATE NOCASE, id", AccountRepository::summary);
    }

    /** The ids of accounts whose completeness has not been evaluated yet. */
    public List<Long> unevaluated() {
        return sql.list("SELECT id FROM account WHERE complete IS NULL", rs -> rs.getLong(1));
    }

    /** Remembers whether the account's stored details pass the gate. */
    public void setComplete(long accountId, boolean complete) {
        sql.update("UPDATE account SET complete = ? WHERE id = ?", complete, accountId);
    }

    /** The account with this id, if it exists. */
    public Optional<AccountSummary> find(long accountId) {
        return summary("id = ?", accountId);
    }

    /** The account with this key (compared without case), if it exists. */
    public Optional<AccountSummary> findByKey(String key) {
        // Keys are stored in lower case (see create), so the unique index answers.
        return summary("key = ?", key.toLowerCase(Locale.ROOT));
    }

    private Optional<AccountSummary> summary(String where, Object value) {
        return sql.one(SUMMARY + " WHERE " + where, AccountRepository::summary, value);
    }

    /** Deletes the account with its details, users, draft and history. */
    public void remove(long accountId) {
        sql.update("DELETE FROM account WHERE id = ?", accountId);
    }

    /** The submitted contact details (blank settings and no entries before the first submit). */
    public ContactDetails loadStored(long accountId) {
        return db.transaction(c -> readStored(c, accountId));
    }

    /** When the details were last submitted, if ever. */
    public Optional<Instant> submittedAt(long accountId) {
        return sql.one("SELECT submitted_at FROM account WHERE id = ?", rs -> rs.getString(1), accountId)
                .map(Instant::parse);
    }

    /**
     * When the details were last submitted or confirmed, whichever is later. Compared as instants:
     * the stored texts ({@link Instant#toString()}) have fractions of varying length, and as text
     * {@code 09:00:00Z} sorts after {@code 09:00:00.500Z}.
     */
    public Optional<Instant> confirmedAt(long accountId) {
        return sql.one("SELECT submitted_at, confirmed_at FROM account WHERE id = ?",
                        rs -> java.util.stream.Stream.of(rs.getString(1), rs.getString(2))
                                .filter(t -> t != null && !t.isEmpty())
                                .map(Instant::parse)
                                .max(Instant::compareTo), accountId)
                .flatMap(latest -> latest);
    }

    /** Marks the details as confirmed now. */
    public void confirm(long accountId) {
        sql.update("UPDATE account SET confirmed_at = ? WHERE id = ?", now(), accountId);
    }

    /** The unsubmitted draft, if any. A draft that cannot be read is logged and ignored. */
    public Optional<ContactDetails> loadDraft(long accountId) {
        String json = sql.one("SELECT body FROM draft WHERE account_id = ?", rs -> rs.getString(1), accountId).orElse(null);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.read(json));
        } catch (Exception e) {
            // Not the exception's message: a JSON parser quotes the text it stumbled on, and that
            // text is what the user typed.
            LOG.warn("The saved draft of account {} could not be read and is ignored ({}{})", accountId,
                    e.getClass().getSimpleName(), e instanceof JsonProcessingException j && j.getLocation() != null
                            ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "");
            return Optional.empty();
        }
    }

    /** When the account's draft was last saved; empty without a draft. */
    public Optional<Instant> draftSavedAt(long accountId) {
        return sql.one("SELECT saved_at FROM draft WHERE account_id = ?", rs -> rs.getString(1), accountId)
                .map(Instant::parse);
    }

    /** Drops the account's draft (one statement: nothing else changes). */
    public void discardDraft(long accountId) {
        sql.update("DELETE FROM draft WHERE account_id = ?", accountId);
    }

    /** Replaces the account's draft. */
    public void saveDraft(long accountId, ContactDetails draft) {
        String json = codec.write(draft);
        sql.update("INSERT INTO draft(account_id, body, saved_at) VALUES (?, ?, ?) "
                + "ON CONFLICT(account_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
                accountId, json, now());
    }

    /**
     * Stores already validated and normalised details as the account's contact details and drops
     * the draft, in one transaction (the caller's, when there is one). Alert contacts must be ids
     * of the account's users.
     */
    public void submit(long accountId, ContactDetails details, String actor) {
        store(accountId, details, Instant.now(clock), actor, true);
    }

    /**
     * Stores details as submitted at {@code submittedAt} by {@code submittedBy} (both null: never
     * submitted), as a bundle or the sync server carries them. A draft is dropped only when
     * {@code dropDraft}: what someone is typing here is not overwritten by a change from elsewhere.
     */
    public void store(long accountId, ContactDetails details, Instant submittedAt, String submittedBy,
                      boolean dropDraft) {
        db.transaction(c -> {
            AccountSettings s = details.settings();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE account SET name = ?, partner_id = ?, integration = ?, environment = ?, support_247 = ?, "
                            + "submitted_at = ?, submitted_by = ? WHERE id = ?")) {
                ps.setString(1, s.name());
                ps.setString(2, s.partnerId());
                ps.setString(3, s.integration().name());
                ps.setString(4, s.environment().name());
                ps.setInt(5, details.supportHours().allWeek() ? 1 : 0);
                ps.setString(6, submittedAt == null ? null : submittedAt.toString());
                ps.setString(7, submittedBy);
                ps.setLong(8, accountId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no account with id " + accountId);
                }
            }
            replaceContacts(c, accountId, details);
            replaceAlertContacts(c, accountId, details.alertUserIds());
            replaceWindows(c, accountId, details.supportHours().windows());
            if (dropDraft) {
                delete(c, "DELETE FROM draft WHERE account_id = ?", accountId);
            }
            return null;
        });
    }

    /** Who last submitted the details, if anyone. */
    public Optional<String> submittedBy(long accountId) {
        return sql.one("SELECT submitted_by FROM account WHERE id = ?", rs -> rs.getString(1), accountId);
    }

    private static void replaceContacts(Connection c, long accountId, ContactDetails details) throws SQLException {
        delete(c, "DELETE FROM contact WHERE account_id = ?", accountId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO contact(account_id, role, position, email, email_key, name, phone) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Role, List<Contact>> e : details.contacts().entrySet()) {
                List<Contact> list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    ps.setLong(1, accountId);
                    ps.setString(2, e.getKey().key());
                    ps.setInt(3, i);
                    ps.setString(4, list.get(i).email());
                    ps.setString(5, EmailAddress.key(list.get(i).email()));
                    ps.setString(6, list.get(i).name());
                    ps.setString(7, list.get(i).phone());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void replaceAlertContacts(Connection c, long accountId, List<Long> userIds) throws SQLException {
        delete(c, "DELETE FROM alert_contact WHERE account_id = ?", accountId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO alert_contact(account_id, user_id, position) "
                        + "SELECT ?, id, ? FROM portal_user WHERE id = ? AND account_id = ?")) {
            for (int i = 0; i < userIds.size(); i++) {
                ps.setLong(1, accountId);
                ps.setInt(2, i);
                ps.setLong(3, userIds.get(i));
                ps.setLong(4, accountId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void replaceWindows(Connection c, long accountId, List<SupportWindow> windows) throws SQLException {
        delete(c, "DELETE FROM support_window WHERE account_id = ?", accountId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO support_window(account_id, position, days, start_time, end_time, zone) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < windows.size(); i++) {
                SupportWindow w = windows.get(i);
                ps.setLong(1, accountId);
                ps.setInt(2, i);
                ps.setString(3, w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
                ps.setString(4, w.start());
                ps.setString(5, w.end());
                ps.setString(6, w.zone());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static ContactDetails readStored(Connection c, long accountId) throws SQLException {
        record Head(AccountSettings settings, boolean allWeek) {
        }
        Head head = Sql.one(c, "SELECT name, partner_id, integration, environment, support_247 FROM account WHERE id = ?",
                rs -> new Head(new AccountSettings(rs.getString(1), rs.getString(2),
                        parse(Integration.class, rs.getString(3), Integration.DEFAULT),
                        parse(Environment.class, rs.getString(4), Environment.SANDBOX)), rs.getInt(5) == 1), accountId)
                .orElseThrow(() -> new SQLException("no account with id " + accountId));
        Map<Role, List<Contact>> contacts = new EnumMap<>(Role.class);
        for (var row : Sql.list(c, "SELECT role, email, name, phone FROM contact WHERE account_id = ? ORDER BY role, position",
                rs -> Map.entry(rs.getString(1), new Contact(rs.getString(2), rs.getString(3), rs.getString(4))), accountId)) {
            Role.byKey(row.getKey()).ifPresent(role -> contacts.computeIfAbsent(role, r -> new ArrayList<>()).add(row.getValue()));
        }
        List<Long> alerts = Sql.list(c, "SELECT user_id FROM alert_contact WHERE account_id = ? ORDER BY position",
                rs -> rs.getLong(1), accountId);
        List<SupportWindow> windows = Sql.list(c,
                "SELECT days, start_time, end_time, zone FROM support_window WHERE account_id = ? ORDER BY position",
                rs -> new SupportWindow(days(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)), accountId);
        return new ContactDetails(head.settings(), contacts, alerts, new SupportHours(head.allWeek(), windows));
    }

    private static Set<DayOfWeek> days(String csv) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : csv.split(",")) {
            DayOfWeek day = parse(DayOfWeek.class, d, null);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return fallback;
        }
    }

    static void delete(Connection c, String statement, long accountId) throws SQLException {
        Sql.update(c, statement, accountId);
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
