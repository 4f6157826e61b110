package dev.partnercontacts.storage;

import dev.partnercontacts.domain.HistoryQuery;
import static dev.partnercontacts.domain.Fixtures.contact;
import static dev.partnercontacts.domain.Fixtures.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRepositoryTest {

    private static final Instant FIRST = Instant.parse("2025-01-15T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-02-01T08:30:00Z");

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private AccountRepository accounts;
    private UserRepository users;
    private HistoryRepository history;
    private long accountId;
    private PortalUser ada;
    private PortalUser ed;

    @BeforeEach
    void open() {
        file = dir.resolve("accounts.db");
        db = Database.open(file);
        Clock clock = Clock.fixed(FIRST, ZoneOffset.UTC);
        accounts = new AccountRepository(db, clock);
        users = new UserRepository(db, new Users(new Validation("IT")), clock);
        history = new HistoryRepository(db, clock);
        accountId = accounts.firstOrNewAccountId();
        ada = users.add(accountId, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
        ed = users.add(accountId, "Ed", "ed@example.com", UserRole.EDITOR, "setup");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Everything the schema can hold, normalised as a submit would store it. */
    private ContactDetails full() {
        return ContactDetails.EMPTY
                .withSettings(new AccountSettings("Acme Tours", "00123456789", Integration.RESERVATIONS, Environment.PRODUCTION))
                .withAlertUserIds(List.of(ed.id(), ada.id()))
                .withContacts(Role.TECH_EMERGENCY, List.of(
                        new Contact("pager@acme.example.com", "Pager alias", "+390212345678"),
                        new Contact("ada@example.com", "Ada", ""),
                        new Contact("zed@example.com", "", "+16502530000")))
                .withContacts(Role.TECH_NON_EMERGENCY, List.of(new Contact("dev@acme.example.com", "Dev team", "")))
                .withContacts(Role.MERCHANT_ISSUES, List.of(
                        new Contact("merchants@acme.example.com", "Zoë Ångström", "+393331234567"),
                        new Contact("backup@acme.example.com", "", "")))
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("google@acme.example.com", "", "")))
                .withContacts(Role.OPS_FOR_USERS, List.of(new Contact("help@acme.example.com", "", "")))
                .withSupportHours(new SupportHours(false, List.of(
                        SupportWindow.officeHours("Europe/Rome"),
                        window("10:00", "24:00", "America/New_York", SATURDAY, SUNDAY),
                        window("00:00", "06:30", "Asia/Kolkata", WEDNESDAY))));
    }

    private int activityCount() {
        return history.find(HistoryQuery.latest(accountId, 1000)).size();
    }

    @Test
    void firstAccountIsCreatedOnceAndKeptWithAKey() {
        assertThat(accountId).isPositive();
        assertThat(accounts.firstOrNewAccountId()).isEqualTo(accountId);
        String key = accounts.find(accountId).orElseThrow().key();
        assertThat(java.util.UUID.fromString(key).toString()).isEqualTo(key);

        db.close();
        db = Database.open(file);
        AccountRepository reopened = new AccountRepository(db, Clock.fixed(LATER, ZoneOffset.UTC));
        assertThat(reopened.firstOrNewAccountId()).isEqualTo(accountId);
        assertThat(reopened.find(accountId).orElseThrow().key()).isEqualTo(key);
    }

    @Test
    void newAccountHasBlankStoredDetails() {
        ContactDetails stored = accounts.loadStored(accountId);

        assertThat(stored.settings()).isEqualTo(AccountSettings.NEW);
        assertThat(stored.contacts()).isEmpty();
        assertThat(stored.alertUserIds()).isEmpty();
        assertThat(stored.supportHours()).isEqualTo(SupportHours.NONE);
        assertThat(accounts.submittedAt(accountId)).isEmpty();
        assertThat(accounts.loadDraft(accountId)).isEmpty();
    }

    @Test
    void submitThenLoadStoredRoundTripsEveryRole() {
        ContactDetails details = full();

        accounts.submit(accountId, details, "ada@example.com");

        ContactDetails stored = accounts.loadStored(accountId);
        assertThat(stored).isEqualTo(details);
        assertThat(stored.contacts(Role.TECH_EMERGENCY)).extracting(Contact::email)
                .containsExactly("pager@acme.example.com", "ada@example.com", "zed@example.com");
        assertThat(stored.alertUserIds()).containsExactly(ed.id(), ada.id());
        assertThat(stored.supportHours().windows()).hasSize(3);
        assertThat(stored.supportHours().windows().get(1).days()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(stored.supportHours().windows().get(1).end()).isEqualTo("24:00");
        assertThat(new Gate(new Validation("IT")).evaluate(stored, users.list(accountId)).isComplete()).isTrue();
    }

    @Test
    void storedDetailsSurviveReopening() {
        accounts.submit(accountId, full(), "ada@example.com");

        db.close();
        db = Database.open(file);
        AccountRepository reopened = new AccountRepository(db, Clock.fixed(LATER, ZoneOffset.UTC));

        assertThat(reopened.loadStored(accountId)).isEqualTo(full());
        assertThat(reopened.submittedAt(accountId)).contains(FIRST);
    }

    @Test
    void twentyFourSevenFlagRoundTripsWithItsKeptWindows() {
        ContactDetails details = full().withSupportHours(new SupportHours(true,
                List.of(window("09:00", "17:00", "Europe/Rome", MONDAY, FRIDAY))));

        accounts.submit(accountId, details, "ada");

        SupportHours stored = accounts.loadStored(accountId).supportHours();
        assertThat(stored.allWeek()).isTrue();
        assertThat(stored.windows()).containsExactly(window("09:00", "17:00", "Europe/Rome", MONDAY, FRIDAY));

        accounts.submit(accountId, details.withSupportHours(new SupportHours(false, stored.windows())), "ada");
        assertThat(accounts.loadStored(accountId).supportHours().allWeek()).isFalse();
    }

    @Test
    void everyDayOfTheWeekRoundTrips() {
        ContactDetails details = full().withSupportHours(new SupportHours(false, List.of(
                new SupportWindow(EnumSet.allOf(DayOfWeek.class), "00:00", "24:00", "UTC"))));

        accounts.submit(accountId, details, "ada");

        assertThat(accounts.loadStored(accountId).supportHours().windows().get(0).days())
                .containsExactlyInAnyOrder(DayOfWeek.values());
    }

    @Test
    void submitRecordsWhenAndWho() {
        accounts.submit(accountId, full(), "Ada <ada@example.com>");

        assertThat(accounts.submittedAt(accountId)).contains(FIRST);
        assertThat(accounts.find(accountId).orElseThrow().name()).isEqualTo(full().settings().name());
    }

    @Test
    void anAlertContactChosenTwiceIsStoredOnce() {
        accounts.submit(accountId, full().withAlertUserIds(List.of(ed.id(), ada.id(), ed.id())), "ada");

        assertThat(accounts.loadStored(accountId).alertUserIds()).containsExactly(ed.id(), ada.id());
    }

    @Test
    void submitDeletesTheDraft() {
        accounts.saveDraft(accountId, full().withSettings(new AccountSettings("typing…", "", null, null)));
        assertThat(accounts.loadDraft(accountId)).isPresent();

        accounts.submit(accountId, full(), "ada");

        assertThat(accounts.loadDraft(accountId)).isEmpty();
    }

    @Test
    void laterSubmitReplacesEverything() {
        accounts.submit(accountId, full(), "ada");
        ContactDetails smaller = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withContacts(Role.TECH_EMERGENCY, List.of(contact("only@example.com")));

        new AccountRepository(db, Clock.fixed(LATER, ZoneOffset.UTC)).submit(accountId, smaller, "ed");

        assertThat(accounts.loadStored(accountId)).isEqualTo(smaller);
        assertThat(accounts.loadStored(accountId).contacts(Role.MERCHANT_ISSUES)).isEmpty();
        assertThat(accounts.loadStored(accountId).alertUserIds()).isEmpty();
        assertThat(accounts.submittedAt(accountId)).contains(LATER);
    }

    @Test
    void alertIdsOfUnknownUsersAreNotStored() {
        accounts.submit(accountId, full().withAlertUserIds(List.of(ada.id(), 9999L)), "ada");

        assertThat(accounts.loadStored(accountId).alertUserIds()).containsExactly(ada.id());
    }

    @Test
    void failedSubmitLeavesThePreviousDataIntact() {
        ContactDetails previous = full();
        accounts.submit(accountId, previous, "ada");
        ContactDetails draft = full().withSettings(new AccountSettings("Work in progress", "", null, null));
        accounts.saveDraft(accountId, draft);
        int entries = activityCount();

        ContactDetails duplicate = full()
                .withSettings(new AccountSettings("Renamed", "1", Integration.THINGS_TO_DO, Environment.SANDBOX))
                .withContacts(Role.TECH_EMERGENCY, List.of(contact("same@example.com"), contact("SAME@example.com")));
        AccountRepository later = new AccountRepository(db, Clock.fixed(LATER, ZoneOffset.UTC));

        assertThatThrownBy(() -> later.submit(accountId, duplicate, "ed"))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).file()).isEqualTo(file.toAbsolutePath()));

        assertThat(accounts.loadStored(accountId)).isEqualTo(previous);
        assertThat(accounts.loadDraft(accountId)).contains(draft);
        assertThat(accounts.submittedAt(accountId)).contains(FIRST);
        assertThat(activityCount()).isEqualTo(entries);
    }

    @Test
    void failedFirstSubmitLeavesTheAccountUnsubmitted() {
        ContactDetails duplicate = full()
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(contact("g@example.com"), contact("G@EXAMPLE.COM")));
        accounts.saveDraft(accountId, duplicate);

        assertThatThrownBy(() -> accounts.submit(accountId, duplicate, "ada")).isInstanceOf(StorageException.class);

        assertThat(accounts.submittedAt(accountId)).isEmpty();
        assertThat(accounts.loadStored(accountId)).isEqualTo(
                new ContactDetails(AccountSettings.NEW, java.util.Map.of(), List.of(), SupportHours.NONE));
        assertThat(accounts.loadDraft(accountId)).contains(duplicate);
    }

    @Test
    void submitToAnUnknownAccountFails() {
        assertThatThrownBy(() -> accounts.submit(accountId + 100, full(), "ada")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> accounts.loadStored(accountId + 100)).isInstanceOf(StorageException.class);
    }

    @Test
    void noDraftBeforeTheFirstSave() {
        assertThat(accounts.loadDraft(accountId)).isEmpty();
    }

    @Test
    void draftKeepsInvalidRawValuesExactly() {
        ContactDetails raw = ContactDetails.EMPTY
                .withSettings(new AccountSettings("  Zoë's 🙂 Tours  ", "12ab", Integration.WAITLIST, Environment.PRODUCTION))
                .withAlertUserIds(List.of(ed.id(), 4242L))
                .withContacts(Role.TECH_EMERGENCY, List.of(
                        new Contact("not an e-mail", "日本語の名前", "++39 abc"),
                        Contact.EMPTY,
                        new Contact("  DUP@example.com ", "🚀\u200d🔥", "02 1234 5678")))
                .withContacts(Role.OPS_FOR_USERS, List.of(
                        new Contact("\"quoted\"@example.com", "tab\tand\nnewline", "+39 02 1234 5678"),
                        new Contact("second@example.com", "", "")))
                .withSupportHours(new SupportHours(true, List.of(
                        window("25:99", "24:00", "Europe/Nowhere"),
                        window("", "ab:cd", "", MONDAY),
                        window("17:00", "09:00", "Europe/Rome", SATURDAY, SUNDAY))));

        accounts.saveDraft(accountId, raw);

        ContactDetails loaded = accounts.loadDraft(accountId).orElseThrow();
        assertThat(loaded).isEqualTo(raw);
        assertThat(loaded.settings().name()).isEqualTo("  Zoë's 🙂 Tours  ");
        assertThat(loaded.supportHours().windows().get(0).start()).isEqualTo("25:99");
        assertThat(loaded.supportHours().windows().get(0).days()).isEmpty();
        assertThat(loaded.contacts(Role.TECH_EMERGENCY).get(2).name()).isEqualTo("🚀\u200d🔥");
        assertThat(loaded.alertUserIds()).containsExactly(ed.id(), 4242L);
    }

    @Test
    void draftSurvivesReopeningAndLatestSaveWins() {
        accounts.saveDraft(accountId, full());
        ContactDetails newer = full().withSettings(new AccountSettings("Newer", "", Integration.APPOINTMENTS, null));
        accounts.saveDraft(accountId, newer);

        db.close();
        db = Database.open(file);

        assertThat(new AccountRepository(db, Clock.fixed(LATER, ZoneOffset.UTC)).loadDraft(accountId)).contains(newer);
    }

    @Test
    void savingADraftDoesNotTouchTheStoredDetails() {
        accounts.submit(accountId, full(), "ada");

        accounts.saveDraft(accountId, ContactDetails.EMPTY);

        assertThat(accounts.loadStored(accountId)).isEqualTo(full());
        assertThat(accounts.loadDraft(accountId)).contains(ContactDetails.EMPTY);
    }

    @Test
    void unreadableDraftIsIgnored() {
        writeRawDraft("{ this is not json");
        assertThat(accounts.loadDraft(accountId)).isEmpty();

        writeRawDraft("{\"format\": 99, \"details\": {}}");
        assertThat(accounts.loadDraft(accountId)).isEmpty();

        writeRawDraft("{\"format\": 1}");
        assertThat(accounts.loadDraft(accountId)).isEmpty();
    }

    private void writeRawDraft(String body) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO draft(account_id, body, saved_at) VALUES (?, ?, 'now')")) {
                ps.setLong(1, accountId);
                ps.setString(2, body);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void windowsWithoutDaysRoundTripAsEmpty() {
        ContactDetails details = full().withSupportHours(new SupportHours(true, List.of(window("09:00", "17:00", "UTC"))));

        accounts.submit(accountId, details, "ada");

        assertThat(accounts.loadStored(accountId).supportHours().windows()).singleElement()
                .satisfies(w -> assertThat(w.days()).isEqualTo(Set.of()));
    }

    @Test
    void theLaterOfSubmittedAndConfirmedIsFoundWithinTheSameSecond() {
        Instant confirmed = Instant.parse("2025-03-01T09:00:00Z");
        Instant submitted = Instant.parse("2025-03-01T09:00:00.500Z");
        new AccountRepository(db, Clock.fixed(confirmed, ZoneOffset.UTC)).confirm(accountId);
        new AccountRepository(db, Clock.fixed(submitted, ZoneOffset.UTC)).submit(accountId, Fixtures.complete(), "ed");

        assertThat(accounts.confirmedAt(accountId)).contains(submitted);

        Instant reconfirmed = Instant.parse("2025-03-01T09:00:00.750Z");
        new AccountRepository(db, Clock.fixed(reconfirmed, ZoneOffset.UTC)).confirm(accountId);
        assertThat(accounts.confirmedAt(accountId)).contains(reconfirmed);
        Instant submittedAgain = Instant.parse("2025-03-01T09:00:00.751123Z");
        new AccountRepository(db, Clock.fixed(submittedAgain, ZoneOffset.UTC)).submit(accountId, Fixtures.complete(), "ed");
        assertThat(accounts.confirmedAt(accountId)).contains(submittedAgain);
    }
}
