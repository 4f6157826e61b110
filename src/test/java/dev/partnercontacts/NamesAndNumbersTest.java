package dev.partnercontacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.ui.activity.ActivityViewModel;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SessionFixture;
import dev.partnercontacts.ui.home.HomeViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, sections 2 and 5: names counted in characters, stored in NFC, free of direction
 * controls and isolated in every history sentence; phone numbers in history as the form shows
 * them, and found by either form.
 */
class NamesAndNumbersTest {

    private static final Validation VALIDATION = new Validation("IT");
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @TempDir
    Path dir;

    private SessionFixture fx;

    @BeforeEach
    void open() {
        fx = new SessionFixture(dir.resolve("names.db"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aNameOfSixtyEmojiIsSixtyCharacters() {
        String emoji = "😀".repeat(60);
        assertThat(emoji.length()).isEqualTo(120);

        assertThat(VALIDATION.optionalName(emoji)).isEmpty();
        assertThat(VALIDATION.requiredName(emoji)).isEmpty();
        assertThat(new Users(VALIDATION).checkNew(List.of(), emoji, "ada@acme.example", UserRole.ADMINISTRATOR)).isEmpty();
        assertThat(VALIDATION.optionalName("😀".repeat(101))).contains("error.name.tooLong");
    }

    @Test
    void lettersWithCombiningAccentsCountOnceEach() {
        String decomposed = "e\u0301".repeat(100);

        assertThat(VALIDATION.optionalName(decomposed)).as("100 é, 200 code points before NFC").isEmpty();
        assertThat(VALIDATION.optionalName("e\u0301".repeat(101))).contains("error.name.tooLong");
    }

    static IntStream directionControls() {
        return IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("directionControls")
    void directionControlsInANameAreRefused(int control) {
        String name = "Ada " + Character.toString(control) + "Lovelace";

        assertThat(VALIDATION.optionalName(name)).contains("error.text.direction");
        assertThat(VALIDATION.requiredName(name)).contains("error.text.direction");
        assertThat(new Users(VALIDATION).checkNew(List.of(), name, "ada@acme.example", UserRole.ADMINISTRATOR))
                .extracting(Problem::messageKey).containsExactly("error.text.direction");
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("oncall@acme.example", name, "")));
        assertThat(new Gate(VALIDATION).evaluate(details, List.of()).problems()).extracting(Problem::messageKey)
                .containsExactly("error.text.direction");
    }

    @Test
    void theMessageSaysWhatToRemoveInBothLanguages() {
        assertThat(new Messages(Locale.ENGLISH).get("error.text.direction")).contains("direction");
        assertThat(new Messages(Locale.ITALIAN).get("error.text.direction")).contains("direzione");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jose\u0301 Nu\u0303nez", "Zoe\u0308", "A\u030Angstro\u0308m", "\u1100\u1161\u11A8"})
    void namesAreStoredInNfc(String decomposed) {
        String nfc = Normalizer.normalize(decomposed, Normalizer.Form.NFC);

        PortalUser user = fx.store.addUser(fx.workspace.accountId(), decomposed, "nfc@acme.example", UserRole.ADMINISTRATOR, "t");
        assertThat(user.name()).isEqualTo(nfc);
        assertThat(fx.store.users(fx.workspace.accountId())).extracting(PortalUser::name).containsExactly(nfc);

        Gate gate = new Gate(VALIDATION);
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withSettings(new AccountSettings(decomposed, "", Integration.THINGS_TO_DO, Environment.SANDBOX))
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("oncall@acme.example", decomposed, "")));
        ContactDetails stored = gate.prepareForSubmit(details, List.of());
        assertThat(stored.settings().name()).isEqualTo(nfc);
        assertThat(stored.contacts(Role.TECH_EMERGENCY).get(0).name()).isEqualTo(nfc);
    }

    @Test
    void everyNameInAHistorySentenceIsIsolated() {
        ChangeText en = new ChangeText(new Messages(Locale.ENGLISH));
        String hebrew = "דוד כהן";

        assertThat(en.sentence(Change.of(Change.Kind.USER_ROLE_CHANGED, null, "d@acme.example", hebrew, "EDITOR", "ADMINISTRATOR")))
                .isEqualTo("Users: " + FSI + hebrew + PDI + ": Editor → Administrator");
        assertThat(en.detail(Change.of(Change.Kind.USER_ADDED, null, "d@acme.example", hebrew, "", "EDITOR")))
                .isEqualTo("added " + FSI + hebrew + PDI + " (d@acme.example) as Editor");
        assertThat(en.detail(Change.of(Change.Kind.ALERT_REMOVED, Role.ALERT, "d@acme.example", hebrew, "", "")))
                .isEqualTo("removed " + FSI + hebrew + PDI + " (d@acme.example)");
        assertThat(en.detail(Change.of(Change.Kind.CONTACT_NAME_CHANGED, Role.TECH_EMERGENCY, "d@acme.example", "", "",
                "مريم"))).isEqualTo("d@acme.example: name (none) → " + FSI + "مريم" + PDI);
        assertThat(en.detail(Change.setting(Change.Setting.NAME, "Acme", "أكمي")))
                .isEqualTo("Account name: " + FSI + "Acme" + PDI + " → " + FSI + "أكمي" + PDI);
    }

    @Test
    void phoneNumbersInHistoryReadAsTheFormShowsThem() {
        Change phone = Change.of(Change.Kind.CONTACT_PHONE_CHANGED, Role.OPS_FOR_GOOGLE, "ops@acme.example", "",
                "+393331234567", "+393477654321");

        assertThat(new ChangeText(new Messages(Locale.ENGLISH), new Validation("IT")).detail(phone))
                .isEqualTo("ops@acme.example: phone 333 123 4567 → 347 765 4321");
        assertThat(new ChangeText(new Messages(Locale.ENGLISH), new Validation("US")).detail(phone))
                .isEqualTo("ops@acme.example: phone +39 333 123 4567 → +39 347 765 4321");
    }

    /** An operations contact whose phone number changed from {@code from} to {@code to}, in two submissions. */
    private static void phoneChanged(SessionFixture session, String from, String to) {
        session.commands.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });
        ContactDetails before = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("ops@acme.example", "", from)));
        session.commands.submit(before, () -> { }, e -> { throw new AssertionError(e); });
        session.commands.submit(before.withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("ops@acme.example", "", to))),
                () -> { }, e -> { throw new AssertionError(e); });
    }

    private static ActivityViewModel activity(SessionFixture session) {
        return new ActivityViewModel(session.store, session.tasks.writer(), session.tasks.background(), session.workspace,
                session.messages, Debouncer.immediate());
    }

    private static void assertSearchFindsThePhoneChange(ActivityViewModel activity, String typed) {
        activity.searchProperty().set(typed);
        activity.reload();
        assertThat(activity.entries()).as("search for %s", typed)
                .anyMatch(e -> e.change().kind() == Change.Kind.CONTACT_PHONE_CHANGED);
    }

    /** The CSV of what a search for {@code typed} finds. */
    private String csvOf(ActivityViewModel activity, String typed, String file) throws Exception {
        activity.searchProperty().set(typed);
        activity.reload();
        Path csv = dir.resolve(file);
        activity.exportCsv(csv, n -> { }, e -> { throw new AssertionError(e); });
        return Files.readString(csv, StandardCharsets.UTF_8);
    }

    @Test
    void theIssuesItalianNumbersReadAsTheFormShowsThemOnHomeInTheCsvAndInSearch() throws Exception {
        try (SessionFixture italy = new SessionFixture(dir.resolve("italy.db"), "IT")) {
            phoneChanged(italy, "+393331234567", "+393477654321");

            HomeViewModel home = new HomeViewModel(italy.commands, italy.messages, Clock.systemUTC());
            assertThat(home.changes()).anyMatch(l -> l.contains("phone 333 123 4567 → 347 765 4321"))
                    .noneMatch(l -> l.contains("+393477654321"));
            ActivityViewModel activity = activity(italy);
            for (String typed : List.of("347 765", "+393477654321", "333 123 4567")) {
                assertSearchFindsThePhoneChange(activity, typed);
            }
            assertThat(csvOf(activity, "347 765", "italy.csv")).contains("phone 333 123 4567 → 347 765 4321")
                    .doesNotContain("+393477654321");
        }
    }

    @Test
    void homesLatestChangesAndTheCsvShowReadableNumbersAndSearchFindsBothForms() throws Exception {
        phoneChanged(fx, "+16502530000", "650 253 1111");

        HomeViewModel home = new HomeViewModel(fx.commands, fx.messages, Clock.systemUTC());
        assertThat(home.changes()).anyMatch(l -> l.contains("phone (650) 253-0000 → (650) 253-1111"));
        ActivityViewModel activity = activity(fx);
        for (String typed : List.of("253-1111", "(650) 253-1", "+16502531111", "+1 650-253-1111", "650 253 1111", "6502531111")) {
            assertSearchFindsThePhoneChange(activity, typed);
            assertThat(fx.store.history(new HistoryQuery(null, typed, Set.of(), null, null, null, 10)))
                    .as("search of every account for %s", typed)
                    .anyMatch(e -> e.change().kind() == Change.Kind.CONTACT_PHONE_CHANGED);
        }
        assertThat(csvOf(activity, "253-1111", "activity.csv")).contains("(650) 253-0000 → (650) 253-1111")
                .doesNotContain("+16502531111");
    }
}
