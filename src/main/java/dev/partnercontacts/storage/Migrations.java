package dev.partnercontacts.storage;

import java.util.List;

/**
 * The schema, as an ordered list of migrations. Migration {@code i} takes the schema from
 * version {@code i} to {@code i + 1} ({@code PRAGMA user_version}); never edit a released one,
 * append a new one.
 */
final class Migrations {

    private Migrations() {
    }

    static final List<List<String>> ALL = List.of(
            List.of(
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
                    )"""));

    /** The schema version this build of the application writes. */
    static int latest() {
        return ALL.size();
    }
}
