package dev.partnercontacts.storage;

import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private UserRepository users;
    private AccountRepository accounts;
    private HistoryRepository history;
    private long accountId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("users.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        users = new UserRepository(db, new Users(new Validation("IT")), clock);
        accounts = new AccountRepository(db, clock);
        history = new HistoryRepository(db, clock);
        accountId = accounts.firstOrNewAccountId();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int activityCount() {
        return history.find(HistoryQuery.latest(accountId, 1000)).size();
    }

    private HistoryEntry latest() {
        return history.find(HistoryQuery.latest(accountId, 1)).get(0);
    }

    private static List<String> problemKeys(RuleViolation violation) {
        return violation.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void firstUserMustBeAnAdministratorAndNothingIsStoredOtherwise() {
        assertThatThrownBy(() -> users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "setup"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                            .containsExactly(tuple("userRole", "error.user.firstAdmin"));
                    assertThat(v.getMessage()).isEqualTo("error.user.firstAdmin");
                });

        assertThat(users.list(accountId)).isEmpty();
        assertThat(activityCount()).isZero();
    }

    @Test
    void addedUserIsStoredTrimmedAndLogged() {
        PortalUser ada = users.add(accountId, "  Ada Lovelace ", "  Ada@Example.com ", UserRole.ADMINISTRATOR, "setup");

        assertThat(ada.id()).isPositive();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("Ada@Example.com");
        assertThat(users.list(accountId)).containsExactly(ada);
        HistoryEntry entry = latest();
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.author()).isEqualTo("setup");
        assertThat(entry.change()).isEqualTo(
                Change.of(Change.Kind.USER_ADDED, null, "Ada@Example.com", "Ada Lovelace", "", "ADMINISTRATOR"));
    }

    @Test
    void usersAreListedInTheOrderTheyWereAdded() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser zed = users.add(accountId, "Zed", "zed@example.com", UserRole.READ_ONLY, "ada");
        PortalUser bob = users.add(accountId, "Bob", "bob@example.com", UserRole.EDITOR, "ada");

        assertThat(users.list(accountId)).containsExactly(ada, zed, bob);
    }

    @Test
    void duplicateEmailIgnoringCaseIsRefused() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        List<PortalUser> before = users.list(accountId);
        int entries = activityCount();

        assertThatThrownBy(() -> users.add(accountId, "Other Ada", " ADA@example.COM", UserRole.EDITOR, "ada"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                                .containsExactly(tuple("userEmail", "error.user.duplicate")));

        assertThat(users.list(accountId)).isEqualTo(before);
        assertThat(activityCount()).isEqualTo(entries);
    }

    @Test
    void invalidUserIsRefusedWithEveryProblem() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");

        assertThatThrownBy(() -> users.add(accountId, "", "\"quoted\"@example.com", UserRole.EDITOR, "ada"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.problems()).extracting(Fixtures::fieldId)
                                .containsExactly("userName", "userEmail"));
        assertThat(users.list(accountId)).hasSize(1);
    }

    @Test
    void lastAdministratorCannotBeRemoved() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        List<PortalUser> before = users.list(accountId);
        int entries = activityCount();

        assertThatThrownBy(() -> users.remove(accountId, ada.id(), "ed"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(problemKeys(v)).containsExactly("error.user.lastAdmin");
                    assertThat(v.problems()).extracting(Fixtures::fieldId).containsExactly("usersTable");
                });

        assertThat(users.list(accountId)).isEqualTo(before);
        assertThat(activityCount()).isEqualTo(entries);
    }

    @Test
    void lastAdministratorCannotBeDemoted() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        List<PortalUser> before = users.list(accountId);
        int entries = activityCount();

        assertThatThrownBy(() -> users.changeRole(accountId, ada.id(), UserRole.READ_ONLY, "ada"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(problemKeys(v)).containsExactly("error.user.lastAdminDemote"));

        assertThat(users.list(accountId)).isEqualTo(before);
        assertThat(activityCount()).isEqualTo(entries);
    }

    @Test
    void withTwoAdministratorsOneCanBeDemotedButNotTheOther() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser bob = users.add(accountId, "Bob", "bob@example.com", UserRole.ADMINISTRATOR, "ada");

        users.changeRole(accountId, bob.id(), UserRole.EDITOR, "ada");

        assertThat(users.list(accountId)).extracting(PortalUser::role)
                .containsExactly(UserRole.ADMINISTRATOR, UserRole.EDITOR);
        assertThat(latest().author()).isEqualTo("ada");
        assertThat(latest().change()).isEqualTo(
                Change.of(Change.Kind.USER_ROLE_CHANGED, null, "bob@example.com", "Bob", "ADMINISTRATOR", "EDITOR"));
        int entries = activityCount();
        users.changeRole(accountId, bob.id(), UserRole.EDITOR, "ada");
        assertThat(activityCount()).as("a change to the same role records nothing").isEqualTo(entries);
        assertThatThrownBy(() -> users.changeRole(accountId, ada.id(), UserRole.EDITOR, "ada"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void withTwoAdministratorsOneCanBeRemoved() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser bob = users.add(accountId, "Bob", "bob@example.com", UserRole.ADMINISTRATOR, "ada");

        users.remove(accountId, ada.id(), "bob");

        assertThat(users.list(accountId)).containsExactly(bob);
        assertThat(latest().author()).isEqualTo("bob");
        assertThat(latest().change()).isEqualTo(
                Change.of(Change.Kind.USER_REMOVED, null, "ada@example.com", "Ada", "ADMINISTRATOR", ""));
        assertThatThrownBy(() -> users.remove(accountId, bob.id(), "bob")).isInstanceOf(RuleViolation.class);
        assertThat(users.list(accountId)).containsExactly(bob);
    }

    @Test
    void promotingAndRemovingOtherUsers() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        PortalUser rita = users.add(accountId, "Rita", "rita@example.com", UserRole.READ_ONLY, "ada");

        users.changeRole(accountId, rita.id(), UserRole.ADMINISTRATOR, "ada");
        users.remove(accountId, ed.id(), "ada");

        assertThat(users.list(accountId)).extracting(PortalUser::name, PortalUser::role).containsExactly(
                tuple("Ada", UserRole.ADMINISTRATOR), tuple("Rita", UserRole.ADMINISTRATOR));
    }

    @Test
    void removingAnUnknownUserChangesNothing() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        int entries = activityCount();

        users.remove(accountId, 4242, "ada");

        assertThat(users.list(accountId)).hasSize(1);
        assertThat(activityCount()).isEqualTo(entries);
    }

    @Test
    void emailOfARemovedUserCanBeAddedAgain() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        users.remove(accountId, ed.id(), "ada");

        PortalUser again = users.add(accountId, "Ed again", "ED@example.com", UserRole.READ_ONLY, "ada");

        assertThat(again.id()).isNotEqualTo(ed.id());
        assertThat(users.list(accountId)).extracting(PortalUser::email).containsExactly("ada@example.com", "ED@example.com");
    }

    @Test
    void alertContactKeptInADraftDoesNotPassToTheNextUserAdded() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        accounts.saveDraft(accountId, Fixtures.complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                .withAlertUserIds(List.of(ed.id())));

        users.remove(accountId, ed.id(), "ada");
        PortalUser rita = users.add(accountId, "Rita", "rita@example.com", UserRole.READ_ONLY, "ada");

        assertThat(rita.id()).isNotEqualTo(ed.id());
        GateResult result = new Gate(new Validation("IT"))
                .evaluate(accounts.loadDraft(accountId).orElseThrow(), users.list(accountId));
        assertThat(result.problems()).extracting(Fixtures::fieldId).containsExactly("alertContacts");
    }

    @Test
    void removingAnAlertContactRemovesItsAlertRowAndLocksTheGate() {
        PortalUser ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                .withAlertUserIds(List.of(ed.id(), ada.id()));
        accounts.submit(accountId, details, "ada");

        users.remove(accountId, ed.id(), "ada");

        assertThat(accounts.loadStored(accountId).alertUserIds()).containsExactly(ada.id());
        assertThat(alertRows()).isEqualTo(1);
    }

    @Test
    void removingTheOnlyAlertContactLocksTheGateAgain() {
        users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        PortalUser ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                .withAlertUserIds(List.of(ed.id()));
        accounts.submit(accountId, details, "ada");
        Gate gate = new Gate(new Validation("IT"));
        assertThat(gate.evaluate(accounts.loadStored(accountId), users.list(accountId)).isComplete()).isTrue();

        users.remove(accountId, ed.id(), "ada");

        assertThat(alertRows()).isZero();
        GateResult result = gate.evaluate(accounts.loadStored(accountId), users.list(accountId));
        assertThat(result.problems()).extracting(Fixtures::fieldId).containsExactly("alertContacts");
    }

    private int alertRows() {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM alert_contact")) {
                return rs.getInt(1);
            }
        });
    }
}
