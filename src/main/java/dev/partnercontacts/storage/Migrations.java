package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, as an ordered list of migrations. Migration {@code i} takes the schema from
 * version {@code i} to {@code i + 1} ({@code PRAGMA user_version}); never edit a released one,
 * append a new one. A migration is a list of steps, SQL statements or, for what SQL cannot do
 * (Unicode normalisation), Java code; all steps of all pending migrations run in one transaction.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Takes the open database (inside a transaction) from its schema version to the latest. */
    static void apply(Connection c, Path file) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > latest()) {
            throw new StorageException(Kind.NEWER_VERSION, "The database " + file
                    + " was written by a newer version of Partner Contacts", file, null);
        }
        for (int v = version; v < latest(); v++) {
            for (Step step : ALL.get(v)) {
                step.apply(c);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + (v + 1));
            }
            LOG.info("Database schema migrated to version {}", v + 1);
        }
    }

    /** One step of a migration, run on the connection inside the migration's transaction. */
    @FunctionalInterface
    interface Step {
        void apply(Connection c) throws SQLException;
    }

    private static Step sql(String statement) {
        return c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
        };
    }

    private static List<Step> sql(String... statements) {
        return Arrays.stream(statements).map(Migrations::sql).toList();
    }

    static final List<List<Step>> ALL = List.of(
            sql(
                    """
                    CREATE TABLE account (
                        id            INTEGER PRIMARY KEY,
                        name          TEXT NOT NULL DEFAULT '',
                        partner_id    TEXT NOT NULL DEFAULT '',
                        integration   TEXT NOT NULL,
                        environment   TEXT NOT NULL,
                        support_247   INTEGER NOT NULL DEFAULT 0 CHECK (support_247 IN (0, 1)),
                        submitted_at  TEXT,
                        submitted_by  TEXT,
                        created_at    TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE contact (
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        role        TEXT NOT NULL,
                        position    INTEGER NOT NULL CHECK (position >= 0),
                        email       TEXT NOT NULL,
                        name        TEXT NOT NULL DEFAULT '',
                        phone       TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (account_id, role, position)
                    )""",
                    "CREATE UNIQUE INDEX contact_unique_email ON contact(account_id, role, lower(email))",
                    """
                    CREATE TABLE support_window (
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        position    INTEGER NOT NULL CHECK (position >= 0),
                        days        TEXT NOT NULL,
                        start_time  TEXT NOT NULL,
                        end_time    TEXT NOT NULL,
                        zone        TEXT NOT NULL,
                        PRIMARY KEY (account_id, position)
                    )""",
                    // AUTOINCREMENT: a removed user's id is never given to a new user, whom a draft's
                    // alert contacts would otherwise silently name.
                    """
                    CREATE TABLE portal_user (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        name        TEXT NOT NULL,
                        email       TEXT NOT NULL,
                        role        TEXT NOT NULL,
                        created_at  TEXT NOT NULL
                    )""",
                    "CREATE UNIQUE INDEX portal_user_email ON portal_user(account_id, lower(email))",
                    """
                    CREATE TABLE alert_contact (
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        user_id     INTEGER NOT NULL REFERENCES portal_user(id) ON DELETE CASCADE,
                        position    INTEGER NOT NULL,
                        PRIMARY KEY (account_id, user_id)
                    )""",
                    """
                    CREATE TABLE draft (
                        account_id  INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                        body        TEXT NOT NULL,
                        saved_at    TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE activity (
                        id          INTEGER PRIMARY KEY,
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        at          TEXT NOT NULL,
                        actor       TEXT NOT NULL,
                        action      TEXT NOT NULL,
                        detail      TEXT NOT NULL DEFAULT ''
                    )""",
                    """
                    CREATE TABLE setting (
                        key    TEXT PRIMARY KEY,
                        value  TEXT NOT NULL
                    )"""),
            // 2: several accounts with stable keys, and a history stored as data (what, before,
            // after) instead of sentences, with the authors in a table of their own.
            sql(
                    "ALTER TABLE account ADD COLUMN key TEXT",
                    // A version-4 UUID per existing account, made by SQLite (randomblob is evaluated per row).
                    """
                    UPDATE account SET key = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
                        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
                        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))""",
                    "CREATE UNIQUE INDEX account_key ON account(key)",
                    // Whether the stored details pass the gate; NULL until first evaluated.
                    "ALTER TABLE account ADD COLUMN complete INTEGER CHECK (complete IN (0, 1))",
                    // When someone last said the details are still correct without changing them.
                    "ALTER TABLE account ADD COLUMN confirmed_at TEXT",
                    """
                    CREATE TABLE author (
                        id     INTEGER PRIMARY KEY,
                        label  TEXT NOT NULL UNIQUE
                    )""",
                    """
                    CREATE TABLE history (
                        id            INTEGER PRIMARY KEY,
                        account_id    INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        at            TEXT NOT NULL,
                        author_id     INTEGER NOT NULL REFERENCES author(id),
                        kind          TEXT NOT NULL,
                        role          TEXT,
                        subject       TEXT NOT NULL DEFAULT '',
                        label         TEXT NOT NULL DEFAULT '',
                        before_value  TEXT NOT NULL DEFAULT '',
                        after_value   TEXT NOT NULL DEFAULT '',
                        haystack      TEXT NOT NULL DEFAULT ''
                    )""",
                    "INSERT OR IGNORE INTO author(label) SELECT DISTINCT actor FROM activity",
                    // Version 1 wrote "Name (ROLE)" for user changes and a role count for submits.
                    """
                    INSERT INTO history(id, account_id, at, author_id, kind, role, subject, label, before_value,
                                        after_value, haystack)
                    SELECT a.id, a.account_id, a.at, (SELECT id FROM author WHERE label = a.actor),
                           CASE a.action WHEN 'user.add' THEN 'USER_ADDED' WHEN 'user.remove' THEN 'USER_REMOVED'
                                         WHEN 'user.role' THEN 'USER_ROLE_CHANGED' ELSE 'LEGACY_SUBMIT' END,
                           NULL, '', n.name, '', n.role, lower(n.name || ' ' || a.actor)
                    FROM activity a,
                         (SELECT b.id AS id,
                                 CASE WHEN b.action = 'submit' THEN ''
                                      WHEN b.detail LIKE '% (ADMINISTRATOR)' THEN substr(b.detail, 1, length(b.detail) - 16)
                                      WHEN b.detail LIKE '% (EDITOR)' THEN substr(b.detail, 1, length(b.detail) - 9)
                                      WHEN b.detail LIKE '% (READ_ONLY)' THEN substr(b.detail, 1, length(b.detail) - 12)
                                      ELSE b.detail END AS name,
                                 CASE WHEN b.action = 'user.remove' THEN ''
                                      WHEN b.detail LIKE '% (ADMINISTRATOR)' THEN 'ADMINISTRATOR'
                                      WHEN b.detail LIKE '% (EDITOR)' THEN 'EDITOR'
                                      WHEN b.detail LIKE '% (READ_ONLY)' THEN 'READ_ONLY'
                                      ELSE '' END AS role
                          FROM activity b) n
                    WHERE n.id = a.id""",
                    "DROP TABLE activity",
                    "CREATE INDEX history_account ON history(account_id, id)",
                    "CREATE INDEX history_role ON history(role, id)",
                    "CREATE INDEX history_author ON history(author_id, id)",
                    // Free-text search across every account: a trigram index answers LIKE '%text%'
                    // without reading a million rows. Kept in step with history by triggers.
                    """
                    CREATE VIRTUAL TABLE history_text USING fts5(haystack, content='history', content_rowid='id',
                        tokenize='trigram', detail='none')""",
                    """
                    CREATE TRIGGER history_text_insert AFTER INSERT ON history BEGIN
                        INSERT INTO history_text(rowid, haystack) VALUES (new.id, new.haystack);
                    END""",
                    """
                    CREATE TRIGGER history_text_delete AFTER DELETE ON history BEGIN
                        INSERT INTO history_text(history_text, rowid, haystack) VALUES ('delete', old.id, old.haystack);
                    END""",
                    "INSERT INTO history_text(history_text) VALUES ('rebuild')"),
            // 3: sync state. The outbox holds one row per account: change_seq grows with every
            // local change and pushed_seq catches up when the server has it, so the row is never
            // deleted and the number never goes back (a sync that read an old number cannot
            // clear a newer change). The base is the last version of each document both sides
            // agreed on; a conflict keeps the server's documents and the base it was found on.
            sql(
                    """
                    CREATE TABLE sync_outbox (
                        account_id  INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                        change_seq  INTEGER NOT NULL CHECK (change_seq > 0),
                        pushed_seq  INTEGER NOT NULL DEFAULT 0 CHECK (pushed_seq <= change_seq)
                    )""",
                    """
                    CREATE TABLE sync_base (
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        doc_id      TEXT NOT NULL,
                        rev         TEXT,
                        body        TEXT,
                        PRIMARY KEY (account_id, doc_id)
                    )""",
                    """
                    CREATE TABLE sync_checkpoint (
                        account_id  INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                        seq         TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE sync_conflict (
                        account_id   INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                        remote_docs  TEXT NOT NULL,
                        base_docs    TEXT NOT NULL,
                        found_at     TEXT NOT NULL
                    )"""),
            // 4: one identity per e-mail address (data contract, "One canonical form"). Addresses
            // are stored canonical, and uniqueness is decided on their key, which SQLite's lower()
            // (ASCII only) cannot compute; history is searched in the same form. Two users or
            // contacts that turn out to be one address are merged, never refused: see
            // CanonicalAddresses.
            List.of(
                    sql("DROP INDEX portal_user_email"),
                    sql("DROP INDEX contact_unique_email"),
                    sql("ALTER TABLE portal_user ADD COLUMN email_key TEXT NOT NULL DEFAULT ''"),
                    sql("ALTER TABLE contact ADD COLUMN email_key TEXT NOT NULL DEFAULT ''"),
                    CanonicalAddresses::users,
                    CanonicalAddresses::contacts,
                    sql("CREATE UNIQUE INDEX portal_user_email ON portal_user(account_id, email_key)"),
                    sql("CREATE UNIQUE INDEX contact_unique_email ON contact(account_id, role, email_key)"),
                    CanonicalAddresses::historyText),
            // 5: the CouchDB layout, version 2 (data contract): one team database. The last
            // agreed documents keep their content under their new ids, without revisions (those
            // were another database's), so the first merge with the team database has a base;
            // the per-account checkpoints go (one feed now, read from its start); conflicts
            // found in version-1 databases are found again; and every account that holds
            // anything is marked to be sent, so that the team database gets it.
            sql(
                    """
                    UPDATE sync_base SET rev = NULL,
                        doc_id = 'user:' || (SELECT lower(a.key) FROM account a WHERE a.id = sync_base.account_id)
                                 || ':' || substr(doc_id, 6)
                    WHERE doc_id LIKE 'user:%'""",
                    """
                    UPDATE sync_base SET rev = NULL,
                        doc_id = 'account:' || (SELECT lower(a.key) FROM account a WHERE a.id = sync_base.account_id)
                    WHERE doc_id = 'account'""",
                    "DROP TABLE sync_checkpoint",
                    // The feed names documents by id alone: is this one known at this revision?
                    "CREATE INDEX sync_base_doc ON sync_base(doc_id)",
                    "DELETE FROM sync_conflict",
                    """
                    INSERT INTO sync_outbox(account_id, change_seq)
                    SELECT a.id, 1 FROM account a
                    WHERE (a.submitted_at IS NOT NULL OR EXISTS (SELECT 1 FROM portal_user u WHERE u.account_id = a.id))
                      AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.account_id = a.id)""",
                    """
                    UPDATE sync_outbox SET change_seq = change_seq + 1
                    WHERE change_seq = pushed_seq AND account_id IN (
                        SELECT a.id FROM account a
                        WHERE a.submitted_at IS NOT NULL OR EXISTS (SELECT 1 FROM portal_user u WHERE u.account_id = a.id))""",
                    // Where the team database's _changes feed was read up to; one row per server and database.
                    """
                    CREATE TABLE sync_feed (
                        target  TEXT PRIMARY KEY,
                        seq     TEXT NOT NULL
                    )""",
                    // The server's documents received but not merged yet (an open conflict waits),
                    // by account key: the account may not be in this file yet.
                    """
                    CREATE TABLE sync_inbox (
                        account_key  TEXT NOT NULL,
                        doc_id       TEXT NOT NULL,
                        rev          TEXT,
                        body         TEXT,
                        PRIMARY KEY (account_key, doc_id)
                    )""",
                    // What a _bulk_docs is about to send, written before it is sent: when its
                    // answer is lost, the next sync knows the server's copy as its own write.
                    """
                    CREATE TABLE sync_inflight (
                        account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        doc_id      TEXT NOT NULL,
                        body        TEXT,
                        PRIMARY KEY (account_id, doc_id)
                    )"""),
            // 6: the history's search text again, now that digit separators are dropped from it
            // (a search for "347 765" finds +393477654321): schema 4 wrote it without.
            List.of(CanonicalAddresses::historyText),
            // 7: the layout-2 ids of the user documents schema 5 brought across from layout 1
            // (LayoutTwoIds).
            List.of(LayoutTwoIds::userDocuments),
            // 8: documents the feed listed that the server did not give in a readable form (larger
            // than an answer may be, or not sent at all): kept in the inbox as unread, their
            // account held until they are read (FeedReader).
            List.of(sql("ALTER TABLE sync_inbox ADD COLUMN unread INTEGER NOT NULL DEFAULT 0 CHECK (unread IN (0, 1))")));

    /** The schema version this build of the application writes. */
    static int latest() {
        return ALL.size();
    }
}
