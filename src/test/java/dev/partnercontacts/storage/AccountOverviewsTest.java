package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountOverview;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Accounts page's view of the file: state, missing roles, names from drafts, dates and sync marks. */
class AccountOverviewsTest {

    private static final Validation VALIDATION = new Validation("");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private SqliteAccountStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("overview.db"));
        store = new SqliteAccountStore(db, new Users(VALIDATION), new Gate(VALIDATION), Clock.fixed(NOW, ZoneOffset.UTC), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCompleteAccountIsListedWithItsSettingsDatesAndAddresses() {
        long id = store.currentAccountId();
        store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test");
        store.submit(id, Fixtures.complete(), "test");

        AccountOverview a = only(store.overview());

        assertThat(a.id()).isEqualTo(id);
        assertThat(a.key()).matches("[0-9a-f-]{36}");
        assertThat(a.shownName()).isEqualTo("Acme Tours");
        assertThat(a.partnerId()).isEqualTo("12345");
        assertThat(a.integration()).isEqualTo(Integration.DEFAULT);
        assertThat(a.environment()).isEqualTo(Environment.SANDBOX);
        assertThat(a.complete()).isTrue();
        assertThat(a.missing()).isEmpty();
        assertThat(a.submittedAt()).isEqualTo(NOW);
        assertThat(a.confirmedAt()).isEqualTo(NOW);
        assertThat(a.hasDraft()).isFalse();
        assertThat(a.addresses()).contains("support@acme.example.com", "ada@acme.example");
    }

    @Test
    void anIncompleteAccountIsNamedByItsDraftAndSaysWhichRolesHaveNothing() {
        long id = store.currentAccountId();
        store.saveDraft(id, ContactDetails.EMPTY.withSettings(new AccountSettings("Globex Travel", "", Integration.DEFAULT,
                Environment.SANDBOX)));

        AccountOverview a = only(store.overview());

        assertThat(a.name()).isEmpty();
        assertThat(a.shownName()).isEqualTo("Globex Travel");
        assertThat(a.hasDraft()).isTrue();
        assertThat(a.complete()).isFalse();
        assertThat(a.missing()).containsExactlyInAnyOrder(Role.TECH_EMERGENCY, Role.TECH_NON_EMERGENCY,
                Role.OPS_FOR_GOOGLE, Role.OPS_FOR_USERS, Role.OPS_SUPPORT);
        assertThat(a.submittedAt()).isNull();
        assertThat(a.confirmedAt()).isNull();
    }

    @Test
    void anAccountMovedToProductionMissesOnlyItsAlertContacts() {
        long id = store.currentAccountId();
        store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test");
        store.submit(id, Fixtures.complete(), "test");
        // As a pulled change would do it: the stored environment changes, the gate is evaluated again.
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET environment = 'PRODUCTION', complete = NULL")) {
                return ps.executeUpdate();
            }
        });

        AccountOverview a = only(store.overview());

        assertThat(a.complete()).isFalse();
        assertThat(a.missing()).containsExactly(Role.ALERT);
    }

    @Test
    void accountsAreListedInTheOrderTheyWereMade() {
        long first = store.currentAccountId();
        long second = store.createAccount("test").id();

        assertThat(store.overview()).extracting(AccountOverview::id).containsExactly(first, second);
    }

    @Test
    void aDraftThatIsNotJsonDoesNotStopTheList() {
        long id = store.currentAccountId();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft(account_id, body, saved_at) VALUES (?, '{not json', '')")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });

        AccountOverview a = only(store.overview());

        assertThat(a.hasDraft()).isTrue();
        assertThat(a.draftName()).isEmpty();
    }

    private static AccountOverview only(List<AccountOverview> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
