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
