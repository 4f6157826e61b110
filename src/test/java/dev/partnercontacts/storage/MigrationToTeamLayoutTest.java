package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 4: a workstation that synced with layout 1 (a database per account) keeps the content
 * it agreed on under the layout-2 ids, forgets the per-account checkpoints and old conflicts, and
 * has every account that holds anything marked to be sent to the team database.
 */
class MigrationToTeamLayoutTest {

    @TempDir
    Path dir;

    private static final String KEY = "5F0C2B7E-8A0E-4A57-9F3E-2F1B8F3D9C11";

    /** A file at schema 3 with an account synced in layout 1, and a blank one. */
    private Path layoutOneFile() throws Exception {
        Path file = dir.resolve("layout1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (List<Migrations.Step> migration : Migrations.ALL.subList(0, 3)) {
                for (Migrations.Step step : migration) {
                    step.apply(c);
                }
            }
            s.execute("PRAGMA user_version = 3");
            s.execute("INSERT INTO account(id, key, name, integration, environment, submitted_at, submitted_by, created_at) "
                    + "VALUES (1, '" + KEY + "', 'Acme', 'RESERVATIONS', 'PRODUCTION', '2026-11-29T05:45:00Z', 'Ada', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO account(id, key, name, integration, environment, created_at) "
                    + "VALUES (2, '11111111-2222-4333-8444-555555555555', '', 'THINGS_TO_DO', 'SANDBOX', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO portal_user(account_id, name, email, role, created_at) "
                    + "VALUES (1, 'Ada', 'ada@example.com', 'ADMINISTRATOR', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO sync_outbox(account_id, change_seq, pushed_seq) VALUES (1, 4, 4)");
            s.execute("INSERT INTO sync_base(account_id, doc_id, rev, body) VALUES "
                    + "(1, 'account', '3-abc', '{\"name\":\"Acme\"}'), (1, 'user:ada@example.com', '1-def', '{\"name\":\"Ada\"}')");
            s.execute("INSERT INTO sync_checkpoint(account_id, seq) VALUES (1, '17')");
            s.execute("INSERT INTO sync_conflict(account_id, remote_docs, base_docs, found_at) VALUES (1, '{}', '{}', 'x')");
        }
        return file;
    }

    /**
     * Layout 1 named a user's document by the address as that version lower-cased it (ASCII only,
     * the domain as typed); layout 2 by the canonical key. The base must be found under the
     * layout-2 id, or the first merge with the team database has no base for that user.
     */
    @Test
    void aUserDocumentOfLayoutOneIsKeyedByTheCanonicalAddress() throws Exception {
        Path file = OldSchemaFiles.create(dir.resolve("idn.db"), 3,
                "INSERT INTO account(id, key, name, integration, environment, submitted_at, submitted_by, created_at) "
                        + "VALUES (1, '" + KEY + "', 'Acme', 'RESERVATIONS', 'PRODUCTION', '2026-11-29T05:45:00Z', 'Ada', 'x')",
                "INSERT INTO portal_user(account_id, name, email, role, created_at) VALUES "
                        + "(1, 'Ada', 'Ada@xn--bcher-kva.example', 'ADMINISTRATOR', 'x'), "
                        + "(1, 'Zoe', 'ZOE\u0301@Example.com', 'EDITOR', 'x'), (1, 'Gone', 'gone@xn--bcher-kva.example', 'EDITOR', 'x')",
                "INSERT INTO sync_outbox(account_id, change_seq, pushed_seq) VALUES (1, 2, 2)",
                "INSERT INTO sync_base(account_id, doc_id, rev, body) VALUES "
                        + "(1, 'user:ada@xn--bcher-kva.example', '1-a', '{\"name\":\"Ada\",\"email\":\"Ada@xn--bcher-kva.example\",\"role\":\"administrator\"}'), "
                        + "(1, 'user:zoe\u0301@example.com', '1-b', '{\"name\":\"Zoe\",\"email\":\"ZOE\u0301@Example.com\",\"role\":\"editor\"}'), "
                        + "(1, 'user:old@xn--bcher-kva.example', '2-c', NULL)");

        try (Database db = Database.open(file)) {
            SyncStateRepository state = new SyncStateRepository(db, java.time.Clock.systemUTC());
            String k = KEY.toLowerCase(java.util.Locale.ROOT);
            assertThat(state.base(1).keySet()).containsExactlyInAnyOrder(
                    "user:" + k + ":ada@b\u00fccher.example",
                    "user:" + k + ":zo\u00e9@example.com",
                    "user:" + k + ":old@b\u00fccher.example");
        }
    }

    @Test
    void aLayoutOneSyncStateMovesToTheTeamLayout() throws Exception {
        Path file = layoutOneFile();

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            SyncStateRepository state = new SyncStateRepository(db, java.time.Clock.systemUTC());

            Map<String, SyncStateRepository.StoredDoc> base = new TreeMap<>(state.base(1));
            String k = KEY.toLowerCase(java.util.Locale.ROOT);
            assertThat(base).containsOnly(
                    Map.entry("account:" + k, new SyncStateRepository.StoredDoc(null, "{\"name\":\"Acme\"}")),
                    Map.entry("user:" + k + ":ada@example.com", new SyncStateRepository.StoredDoc(null, "{\"name\":\"Ada\"}")));
            assertThat(state.pending(1)).as("sent to the team database on the first sync").isEqualTo(5);
            assertThat(state.pending(2)).as("a blank account is not sent").isZero();
            assertThat(state.conflicts()).isEmpty();
            assertThat(new SyncFeedRepository(db).inboxKeys()).isEmpty();
            boolean oldTable = db.transaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sync_checkpoint'")) {
                    return rs.getInt(1) > 0;
                }
            });
            assertThat(oldTable).isFalse();
        }
    }
}
