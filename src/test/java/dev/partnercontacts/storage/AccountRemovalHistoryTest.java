package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing an account leaves an entry in the history of the file: who removed it, when, its name
 * and partner ID. The removed account's own history goes with it, so the entry is kept under every
 * account that remains (the Activity shows it whichever account is open, and in "All accounts").
 */
class AccountRemovalHistoryTest {

    private static final Validation VALIDATION = new Validation("");
    private static final String ADA = "Ada Lovelace <ada@acme.example>";
    private static final String BOB = "Bob Brown <bob@acme.example>";

    @TempDir
    Path dir;

    private Database db;
    private SqliteAccountStore store;

    @BeforeEach
    void open() {
        Path file = dir.resolve("accounts.db");
        db = Database.open(file);
        store = new SqliteAccountStore(db, new Users(VALIDATION), new Gate(VALIDATION), Clock.systemUTC(), Backups.of(file));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long account(String name, String partnerId) {
        long id = store.createAccount(ADA).id();
        PortalUser admin = store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, ADA);
        ContactDetails details = Fixtures.complete().withSettings(
                new AccountSettings(name, partnerId, Integration.THINGS_TO_DO, Environment.SANDBOX));
        store.submit(id, new Gate(VALIDATION).prepareForSubmit(details, List.of(admin)), ADA);
        return id;
    }

    private List<HistoryEntry> removals(Long accountId, String text) {
        return store.history(new HistoryQuery(accountId, text, Set.of(), null, null, null, 100)).stream()
                .filter(e -> e.change().kind() == Change.Kind.ACCOUNT_REMOVED).toList();
    }

    @Test
    void theRemovalIsRecordedUnderEveryAccountThatRemainsWithWhoAndWhat() {
        long acme = account("Acme Tours", "111");
        long initech = account("Initech", "222");
        long globex = account("Globex", "4242");

        store.removeAccount(globex, BOB);

        for (long kept : List.of(acme, initech)) {
            assertThat(removals(kept, "")).singleElement().satisfies(e -> {
                assertThat(e.author()).isEqualTo(BOB);
                assertThat(e.change().label()).isEqualTo("Globex");
                assertThat(e.change().before()).isEqualTo("4242");
                assertThat(e.at()).isNotNull();
            });
        }
    }

    @Test
    void theRemovalIsFoundBySearchingTheNameOrThePartnerId() {
        long acme = account("Acme Tours", "111");
        long globex = account("Globex", "4242");

        store.removeAccount(globex, BOB);

        assertThat(removals(acme, "globex")).hasSize(1);
        assertThat(removals(acme, "4242")).hasSize(1);
        assertThat(removals(null, "globex")).isNotEmpty();
        assertThat(removals(acme, "initech")).isEmpty();
    }

    /** All accounts (no account chosen) shows a removal once, not once per account that remains. */
    @Test
    void allAccountsShowsTheRemovalOnce() {
        account("Acme Tours", "111");
        account("Initech", "222");
        account("Hooli", "333");
        long globex = account("Globex", "4242");

        store.removeAccount(globex, BOB);

        assertThat(removals(null, "")).hasSize(1);
        assertThat(removals(null, "globex")).hasSize(1);
    }
}
