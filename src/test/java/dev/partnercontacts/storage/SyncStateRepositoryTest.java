package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.SyncStateRepository.StoredDoc;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync tables of schema version 3 on a real file: an outbox that only grows, and rows that go with their account. */
class SyncStateRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteAccountStore store;
    private SyncStateRepository state;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("sync.db"));
        store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
        state = new SyncStateRepository(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theChangeSequenceOnlyGrowsAndAnOldOneClearsNothing() {
        long id = store.currentAccountId();
        state.raise(id);
        long first = state.pending(id);
        state.raise(id);
        long second = state.pending(id);

        state.clear(id, first);
        assertThat(state.pending(id)).as("a sync that read the older number").isEqualTo(second);
        state.clear(id, second);
        assertThat(state.pending(id)).isZero();
        state.raise(id);
        assertThat(state.pending(id)).as("never back to a number used before").isGreaterThan(second);
    }

    @Test
    void removingAnAccountRemovesItsSyncState() {
        store.currentAccountId();
        AccountSummary other = store.createAccount("Tess");
        store.addUser(other.id(), "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "Tess");
        state.replaceBase(other.id(), Map.of("account", new StoredDoc("1-a", "{}"), "user:x", new StoredDoc("2-b", null)));
        state.putInflight(other.id(), Map.of("account:x", "{}"));
        state.putConflict(other.id(), "{}", "{}");
        assertThat(state.pendingCount()).isEqualTo(1);

        store.removeAccount(other.id(), "test");

        assertThat(state.pendingCount()).isZero();
        assertThat(state.conflicts()).isEmpty();
        int rows = db.transaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM sync_base) + (SELECT count(*) FROM sync_inflight) "
                            + "+ (SELECT count(*) FROM sync_outbox)")) {
                return rs.getInt(1);
            }
        });
        assertThat(rows).isZero();
    }

    @Test
    void theBaseKeepsDeletedDocumentsAndPartialUpdates() {
        long id = store.currentAccountId();
        state.replaceBase(id, Map.of("account", new StoredDoc("1-a", "{\"name\":\"A\"}")));
        state.putBase(id, Map.of("user:x", new StoredDoc("3-c", null)));

        assertThat(state.base(id)).containsOnly(
                Map.entry("account", new StoredDoc("1-a", "{\"name\":\"A\"}")),
                Map.entry("user:x", new StoredDoc("3-c", null)));
    }
}
