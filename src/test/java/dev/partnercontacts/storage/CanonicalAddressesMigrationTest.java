package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 4: a file of schema 3 whose users and contacts hold one address in two forms opens
 * with each address once, in its canonical form, nobody's role, alert or phone lost, every merge
 * in the history, and the history searchable in the new form.
 */
class CanonicalAddressesMigrationTest {

    private static final String KEY = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
    private static final String JOSE_DECOMPOSED = "jose\u0301@acme.example";
    private static final String JOSE = "jos\u00E9@acme.example";

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeSchema3File() throws SQLException {
        file = dir.resolve("schema3.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int v = 0; v < 3; v++) {
                for (Migrations.Step step : Migrations.ALL.get(v)) {
                    step.apply(c);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO account(id, key, name, integration, environment, created_at, complete, submitted_at) "
                        + "VALUES (1, '" + KEY + "', 'Acme Tours', 'THINGS_TO_DO', 'PRODUCTION', '2026-01-01T00:00:00Z', 1, "
                        + "'2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO account(id, key, name, integration, environment, created_at) "
                        + "VALUES (2, '6f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11', 'Cafe\u0301 Globex', 'THINGS_TO_DO', 'SANDBOX', "
                        + "'2026-01-01T00:00:00Z')");
            }
            user(c, 1, "Ada", "ada@bücher.example", "EDITOR");
            user(c, 2, "Ada B", "ada@xn--bcher-kva.example", "ADMINISTRATOR");
            user(c, 3, "Jose\u0301", JOSE_DECOMPOSED, "READ_ONLY");
            user(c, 4, "Jo", JOSE, "EDITOR");
            user(c, 5, "Support", "support@acme.example\u00A0", "EDITOR");
            user(c, 6, "Support desk", "support@acme.example", "READ_ONLY");
            alert(c, 2, 0);
            alert(c, 4, 1);
            alert(c, 3, 2);
            contact(c, 0, "oncall@acme.example", "", "");
            contact(c, 1, "ada@bücher.example", "Ada", "");
            contact(c, 2, "ONCALL@acme.example\u00A0", "Pager", "+16502530000");
            contact(c, 3, "ada@xn--bcher-kva.example", "", "+393331234567");
            contact(c, 4, "last@acme.example", "", "");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO author(id, label) VALUES (1, 'Ada <ada@acme.example>')");
                s.execute("INSERT INTO history(account_id, at, author_id, kind, role, subject, label, before_value, "
                        + "after_value, haystack) VALUES (1, '2026-01-02T00:00:00Z', 1, 'CONTACT_PHONE_CHANGED', "
                        + "'techEmergency', '" + JOSE_DECOMPOSED + "', 'Jose\u0301', '+393331234567', '+393477654321', "
                        + "lower('" + JOSE_DECOMPOSED + " Jose\u0301 +393331234567 +393477654321 Ada <ada@acme.example>'))");
                s.execute("PRAGMA user_version = 3");
            }
        }
    }

    private static void user(Connection c, long id, String name, String email, String role) throws SQLException {
        exec(c, "INSERT INTO portal_user(id, account_id, name, email, role, created_at) "
                + "VALUES (?, 1, ?, ?, ?, '2026-01-01T00:00:00Z')", id, name, email, role);
    }

    private static void alert(Connection c, long userId, int position) throws SQLException {
        exec(c, "INSERT INTO alert_contact(account_id, user_id, position) VALUES (1, ?, ?)", userId, position);
    }

    private static void contact(Connection c, int position, String email, String name, String phone) throws SQLException {
        exec(c, "INSERT INTO contact(account_id, role, position, email, name, phone) VALUES (1, 'techEmergency', ?, ?, ?, ?)",
                position, email, name, phone);
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static SqliteAccountStore store(Database db) {
        return new SqliteAccountStore(db, new Users(new Validation("IT")), Clock.systemUTC());
    }

    @Test
    void usersWithOneAddressAreMergedKeepingTheStrongestRoleAndEveryAlert() {
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            SqliteAccountStore store = store(db);

            assertThat(store.users(1)).extracting(PortalUser::id, PortalUser::name, PortalUser::email, PortalUser::role)
                    .containsExactly(
                            tuple(1L, "Ada", "ada@bücher.example", UserRole.ADMINISTRATOR),
                            tuple(3L, "José", JOSE, UserRole.EDITOR),
                            tuple(5L, "Support", "support@acme.example", UserRole.EDITOR));
            assertThat(store.loadStored(1).alertUserIds()).containsExactlyInAnyOrder(1L, 3L);
        }
    }

    @Test
    void contactsWithOneAddressInARoleAreMergedInOrderKeepingNamesAndPhones() {
        try (Database db = Database.open(file)) {
            List<Contact> emergency = store(db).loadStored(1).contacts(Role.TECH_EMERGENCY);

            assertThat(emergency).containsExactly(
                    new Contact("oncall@acme.example", "Pager", "+16502530000"),
                    new Contact("ada@bücher.example", "Ada", "+393331234567"),
                    new Contact("last@acme.example", "", ""));
        }
    }

    @Test
    void everyMergeIsInTheHistoryAndTheAccountWaitsToBeSent() {
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = store(db);
            List<HistoryEntry> merges = store.history(new HistoryQuery(1L, "", Set.of(), null,
                    CanonicalAddresses.AUTHOR, null, 50));

            assertThat(merges).extracting(e -> e.change().kind(), e -> e.change().subject()).containsExactlyInAnyOrder(
                    tuple(Change.Kind.USER_ROLE_CHANGED, "ada@bücher.example"),
                    tuple(Change.Kind.USER_REMOVED, "ada@xn--bcher-kva.example"),
                    tuple(Change.Kind.USER_ROLE_CHANGED, JOSE),
                    tuple(Change.Kind.USER_REMOVED, JOSE),
                    tuple(Change.Kind.USER_REMOVED, "support@acme.example"),
                    tuple(Change.Kind.CONTACT_REMOVED, "ONCALL@acme.example\u00A0"),
                    tuple(Change.Kind.CONTACT_REMOVED, "ada@xn--bcher-kva.example"));
            assertThat(new SyncStateRepository(db, Clock.systemUTC()).pending(1)).isPositive();
        }
    }

    @Test
    void namesBecomeNfc() {
        try (Database db = Database.open(file)) {
            assertThat(store(db).accounts()).extracting(a -> a.name()).contains("Café Globex");
        }
    }

    @Test
    void theHistoryIsSearchedInTheNewForm() {
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = store(db);
            for (String text : List.of("347 765", "+39 333 123", JOSE, "jose\u0301")) {
                for (Long scope : new Long[] {1L, null}) {
                    assertThat(store.history(new HistoryQuery(scope, text, Set.of(), null, null, null, 10)))
                            .as("%s in %s", text, scope).extracting(e -> e.change().kind())
                            .contains(Change.Kind.CONTACT_PHONE_CHANGED);
                }
            }
        }
    }

    @Test
    void aFileOfSchema5GetsTheSearchTextThatDropsDigitSeparators() throws SQLException {
        Path five = dir.resolve("schema5.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + five)) {
            for (int v = 0; v < 5; v++) {
                for (Migrations.Step step : Migrations.ALL.get(v)) {
                    step.apply(c);
                }
            }
            exec(c, "INSERT INTO account(id, key, name, integration, environment, created_at) "
                    + "VALUES (1, ?, 'Acme', 'THINGS_TO_DO', 'SANDBOX', '2026-01-01T00:00:00Z')", KEY);
            exec(c, "INSERT INTO author(id, label) VALUES (1, 'Ada')");
            // What schemas 4 and 5 wrote: the readable forms, separators and all.
            exec(c, "INSERT INTO history(account_id, at, author_id, kind, role, subject, label, before_value, after_value, "
                    + "haystack) VALUES (1, '2026-01-02T00:00:00Z', 1, 'CONTACT_PHONE_CHANGED', 'techEmergency', "
                    + "'ops@acme.example', '', '', '+393477654321', 'ops@acme.example   +393477654321 ada +39 347 765 4321 "
                    + "347 765 4321')");
            exec(c, "PRAGMA user_version = 5");
        }
        try (Database db = Database.open(five)) {
            for (Long scope : new Long[] {1L, null}) {
                assertThat(store(db).history(new HistoryQuery(scope, "347-765", Set.of(), null, null, null, 10)))
                        .as("in %s", scope).hasSize(1);
            }
        }
    }

    @Test
    void afterwardsTheKeyIsUniqueForUsersAndContacts() {
        try (Database db = Database.open(file)) {
            UserRepository users = new UserRepository(db, new Users(new Validation("IT")), Clock.systemUTC());
            assertThatThrownBy(() -> users.add(1, "Ada", "ADA@XN--BCHER-KVA.EXAMPLE", UserRole.EDITOR, "test"))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO portal_user(account_id, name, email, email_key, role, created_at) "
                            + "VALUES (1, 'x', 'x', 'ada@bücher.example', 'EDITOR', '')");
                }
            })).isInstanceOf(StorageException.class);
            int withoutKey = db.transaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM contact WHERE email_key = ''")) {
                    return rs.getInt(1);
                }
            });
            assertThat(withoutKey).isZero();
        }
    }
}
