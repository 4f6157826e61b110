package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several accounts in one file: keys, the account used last, removal, and what history records. */
class AccountsStoreTest {

    private static final String ADA = "Ada Lovelace <ada@acme.example>";
    private static final Validation VALIDATION = new Validation("");

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private SqliteAccountStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("accounts.db");
        reopen();
    }

    private void reopen() {
        if (db != null) {
            db.close();
        }
        db = Database.open(file);
        store = new SqliteAccountStore(db, new Users(VALIDATION), new Gate(VALIDATION), Clock.systemUTC(), Backups.of(file));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Change> changes(long id) {
        return store.history(HistoryQuery.latest(id, 100)).stream().map(HistoryEntry::change).toList();
    }

    /** An account with an administrator and complete Sandbox details, submitted. */
    private long completeAccount(String name) {
        long id = store.createAccount(ADA).id();
        PortalUser admin = store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, ADA);
        ContactDetails details = Fixtures.complete().withSettings(
                new AccountSettings(name, "", Integration.THINGS_TO_DO, Environment.SANDBOX));
        store.submit(id, new Gate(VALIDATION).prepareForSubmit(details, List.of(admin)), ADA);
        return id;
    }

    @Test
    void aNewAccountHasItsOwnKeyAndSaysWhoCreatedIt() {
        long first = store.currentAccountId();
        AccountSummary created = store.createAccount(ADA);

        assertThat(created.id()).isNotEqualTo(first);
        assertThat(UUID.fromString(created.key()).version()).isEqualTo(4);
        assertThat(store.accounts()).extracting(AccountSummary::key).doesNotHaveDuplicates().hasSize(2);
        assertThat(store.history(HistoryQuery.latest(created.id(), 10))).singleElement().satisfies(e -> {
            assertThat(e.author()).isEqualTo(ADA);
            assertThat(e.change().kind()).isEqualTo(Change.Kind.ACCOUNT_CREATED);
        });
    }

    @Test
    void theAccountUsedLastIsOpenedAgain() {
        long first = store.currentAccountId();
        long second = store.createAccount(ADA).id();
        store.useAccount(second);

        reopen();
        assertThat(store.currentAccountId()).isEqualTo(second);

        store.useAccount(first);
        reopen();
        assertThat(store.currentAccountId()).isEqualTo(first);
    }

    @Test
    void eachAccountKeepsItsOwnDetailsUsersAndDraft() {
        long acme = completeAccount("Acme Tours");
        long globex = store.createAccount(ADA).id();
        store.saveDraft(globex, ContactDetails.EMPTY.withSettings(new AccountSettings("Globex", "", null, null)));

        assertThat(store.loadStored(acme).settings().name()).isEqualTo("Acme Tours");
        assertThat(store.loadStored(globex).settings().name()).isEmpty();
        assertThat(store.users(globex)).isEmpty();
        assertThat(store.loadDraft(acme)).isEmpty();
        assertThat(store.loadDraft(globex)).get().extracting(d -> d.settings().name()).isEqualTo("Globex");
        assertThat(store.accounts()).filteredOn(a -> a.id() == acme).singleElement()
                .satisfies(a -> assertThat(a.complete()).isTrue());
        assertThat(store.accounts()).filteredOn(a -> a.id() == globex).singleElement()
                .satisfies(a -> assertThat(a.complete()).isFalse());
    }

    @Test
    void removingAnAccountMakesABackupFirstAndTakesEverythingOfIt() throws Exception {
        long keep = completeAccount("Acme Tours");
        long remove = completeAccount("Globex");
        long backupsBefore = backups();

        store.removeAccount(remove, "test");

        assertThat(store.accounts()).extracting(AccountSummary::id).doesNotContain(remove).contains(keep);
        assertThat(store.history(new HistoryQuery(remove, "", java.util.Set.of(), null, null, null, 10))).isEmpty();
        assertThat(backups()).isGreaterThan(backupsBefore);
        assertThat(store.loadStored(keep).settings().name()).isEqualTo("Acme Tours");
    }

    @Test
    void theLastAccountIsNeverRemoved() {
        long only = store.currentAccountId();

        assertThatThrownBy(() -> store.removeAccount(only, "test")).isInstanceOf(IllegalStateException.class);
        assertThat(store.accounts()).extracting(AccountSummary::id).containsExactly(only);
    }

    @Test
    void aSubmitRecordsEachChangeByItsAuthorAndASaveWithoutChangesRecordsNothing() {
        long id = completeAccount("Acme Tours");
        int before = changes(id).size();
        ContactDetails stored = store.loadStored(id);

        assertThat(store.submit(id, stored, "Bob <bob@acme.example>")).isEmpty();
        assertThat(changes(id)).hasSize(before);

        ContactDetails renamed = stored.withSettings(new AccountSettings("Acme Travel", "", Integration.THINGS_TO_DO,
                Environment.SANDBOX));
        assertThat(store.submit(id, renamed, "Bob <bob@acme.example>"))
                .containsExactly(Change.setting(Change.Setting.NAME, "Acme Tours", "Acme Travel"));
        HistoryEntry latest = store.history(HistoryQuery.latest(id, 1)).get(0);
        assertThat(latest.author()).isEqualTo("Bob <bob@acme.example>");
        assertThat(latest.accountName()).isEqualTo("Acme Travel");
        assertThat(store.historyAuthors()).containsExactly(ADA, "Bob <bob@acme.example>");
    }

    @Test
    void removingTheOnlyAlertContactRecordsItAndMarksTheAccountIncomplete() {
        long id = store.createAccount(ADA).id();
        PortalUser ada = store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, ADA);
        PortalUser bob = store.addUser(id, "Bob", "bob@acme.example", UserRole.ADMINISTRATOR, ADA);
        ContactDetails production = Fixtures.complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                .withAlertUserIds(List.of(bob.id()));
        store.submit(id, new Gate(VALIDATION).prepareForSubmit(production, List.of(ada, bob)), ADA);
        assertThat(summary(id).complete()).isTrue();

        store.removeUser(id, bob.id(), ADA);

        assertThat(changes(id).subList(0, 2)).containsExactly(
                Change.of(Change.Kind.USER_REMOVED, null, "bob@acme.example", "Bob", "ADMINISTRATOR", ""),
                Change.of(Change.Kind.ALERT_REMOVED, Role.ALERT, "bob@acme.example", "Bob", "", ""));
        assertThat(summary(id).complete()).isFalse();
    }

    private AccountSummary summary(long id) {
        return store.accounts().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private long backups() throws Exception {
        Path folder = Backups.of(file).folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
