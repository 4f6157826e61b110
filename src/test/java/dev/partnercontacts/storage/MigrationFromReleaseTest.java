package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file written by release 1.0.0 (schema 1: one account, no keys, history as sentences)
 * opens in this version with everything kept: the account gets a key, the history becomes
 * change records. The fixture was written by that release's own storage code.
 */
class MigrationFromReleaseTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyFixture() throws IOException {
        file = dir.resolve("release-1.0.0.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/release-1.0.0.db")) {
            Files.copy(in, file);
        }
    }

    private static SqliteAccountStore store(Database db) {
        return new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
    }

    @Test
    void theAccountGetsAStableKeyAndKeepsItsDetailsUsersAndDraft() {
        String key;
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            SqliteAccountStore store = store(db);
            List<AccountSummary> accounts = store.accounts();
            assertThat(accounts).hasSize(1);
            AccountSummary account = accounts.get(0);
            key = account.key();
            assertThat(UUID.fromString(key).version()).isEqualTo(4);
            assertThat(account.name()).isEqualTo("Acme Tours");
            assertThat(account.complete()).as("evaluated by the gate on first listing").isTrue();

            ContactDetails stored = store.loadStored(account.id());
            assertThat(stored.settings().integration()).isEqualTo(Integration.RESERVATIONS);
            assertThat(stored.settings().environment()).isEqualTo(Environment.PRODUCTION);
            assertThat(stored.contacts(Role.TECH_EMERGENCY)).extracting(c -> c.email())
                    .containsExactly("oncall@acme.example", "cto@acme.example");
            assertThat(stored.contacts(Role.TECH_EMERGENCY).get(0).phone()).isEqualTo("+16502530000");
            assertThat(store.users(account.id())).extracting(PortalUser::name, PortalUser::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Lovelace", UserRole.ADMINISTRATOR),
                            org.assertj.core.groups.Tuple.tuple("Ed Editor", UserRole.READ_ONLY));
            assertThat(stored.alertUserIds()).containsExactly(store.users(account.id()).get(0).id());
            assertThat(store.loadDraft(account.id())).get()
                    .satisfies(d -> assertThat(d.settings().name()).isEqualTo("Acme Tours Draft"));
            assertThat(store.submittedAt(account.id())).contains(Instant.parse("2026-11-20T10:15:30Z"));
            assertThat(store.setting(SettingKeys.LOCALE)).contains("it");
        }
        try (Database db = Database.open(file)) {
            assertThat(store(db).accounts()).extracting(AccountSummary::key).as("the key is stable").containsExactly(key);
        }
    }

    @Test
    void theOldActivityBecomesChangeRecordsWithTheirAuthors() {
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = store(db);
            long id = store.currentAccountId();
            List<HistoryEntry> history = store.history(HistoryQuery.latest(id, 10));

            assertThat(history).extracting(HistoryEntry::author).containsOnly("root");
            assertThat(history).extracting(HistoryEntry::change).containsExactly(
                    Change.of(Change.Kind.USER_ROLE_CHANGED, null, "", "Ed Editor", "", "READ_ONLY"),
                    Change.of(Change.Kind.LEGACY_SUBMIT, null, "", "", "", ""),
                    Change.of(Change.Kind.USER_ADDED, null, "", "Ed Editor", "", "EDITOR"),
                    Change.of(Change.Kind.USER_ADDED, null, "", "Ada Lovelace", "", "ADMINISTRATOR"));
            assertThat(history.get(0).at()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
            assertThat(store.historyAuthors()).containsExactly("root");
            assertThat(store.history(new HistoryQuery(id, "ada", java.util.Set.of(), null, null, null, 10)))
                    .as("migrated entries are searchable").hasSize(1);
        }
    }
}
