package dev.partnercontacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.PersonName;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.domain.WeeklyCoverage;
import dev.partnercontacts.storage.AccountRepository;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.UserRepository;
import dev.partnercontacts.ui.common.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile values ({@code hostile-inputs.txt}, plus very long ones made here) through
 * every field's validation, the gate, the user rules and the repositories: each value is either
 * rejected with a message that exists in both languages, or stored and read back exactly — same
 * string, same UTF-8 bytes. Nothing may throw, and nothing may be interpreted: the database keeps
 * its tables, and messages show the value as typed.
 */
class HostileInputTest {

    private static final Validation VALIDATION = new Validation("IT");
    private static final Gate GATE = new Gate(VALIDATION);
    private static final List<Messages> LANGUAGES = List.of(new Messages(Locale.ENGLISH), new Messages(Locale.ITALIAN));
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final List<PortalUser> NO_USERS = List.of();

    @TempDir
    static Path dir;

    private static Database db;
    private static AccountRepository accounts;
    private static UserRepository users;
    private static long account;
    private static List<String> tablesBefore;
    private static int userNumber;
    /** For the summary: field, then {accepted, rejected}. */
    private static final Map<String, int[]> OUTCOMES = new java.util.TreeMap<>();

    private static void count(String field, boolean accepted) {
        OUTCOMES.computeIfAbsent(field, f -> new int[2])[accepted ? 0 : 1]++;
    }

    /** A value and where it came from; shown escaped, so reports stay readable. */
    record Input(String origin, String value) {
        @Override
        public String toString() {
            String shown = HostileText.escape(value.length() > 60 ? value.substring(0, 60) + "…" : value);
            return origin + ": " + shown + (value.length() > 60 ? " (" + value.length() + " chars)" : "");
        }
    }

    static List<Input> corpus() throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile-inputs.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isEmpty() && !line.startsWith("#")) {
                    inputs.add(new Input("line " + number, HostileText.decode(line)));
                }
            }
        }
        for (int n : List.of(99, 100, 101, 254, 255, 256, 1_000, 10_000, 100_000)) {
            inputs.add(new Input("generated", "a".repeat(n)));
        }
        inputs.add(new Input("generated", "a".repeat(64) + "@example.com"));
        inputs.add(new Input("generated", "a".repeat(65) + "@example.com"));
        inputs.add(new Input("generated", "ada@" + "b".repeat(63) + ".com"));
        inputs.add(new Input("generated", "ada@" + "b".repeat(64) + ".com"));
        inputs.add(new Input("generated", "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "com"));
        inputs.add(new Input("generated", "a".repeat(64) + "@" + ("b".repeat(62) + ".").repeat(3) + "com"));
        inputs.add(new Input("generated", "😀".repeat(50)));
        inputs.add(new Input("generated", "😀".repeat(51)));
        inputs.add(new Input("generated", "e\u0301".repeat(60)));
        inputs.add(new Input("generated", "+39 " + "1".repeat(36)));
        inputs.add(new Input("generated", "+" + "1".repeat(15)));
        inputs.add(new Input("generated", "+" + "1".repeat(16)));
        inputs.add(new Input("generated", "9".repeat(20)));
        inputs.add(new Input("generated", "9".repeat(21)));
        inputs.add(new Input("generated", "\u202e".repeat(1_000)));
        inputs.add(new Input("generated", "%s".repeat(1_000)));
        inputs.add(new Input("generated", "${".repeat(500)));
        inputs.add(new Input("generated", "'".repeat(300)));
        inputs.add(new Input("generated", "[".repeat(10_000)));
        inputs.add(new Input("generated", "\\u0000".repeat(100)));
        return inputs;
    }

    @Test
    void theCorpusHasAtLeastTwoHundredValues() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus().stream().map(Input::value).distinct().count()).isGreaterThanOrEqualTo(200);
    }

    @BeforeAll
    static void openDatabase() {
        db = Database.open(dir.resolve("hostile.db"));
        accounts = new AccountRepository(db, Clock.systemUTC());
        users = new UserRepository(db, new Users(VALIDATION), Clock.systemUTC());
        account = accounts.firstOrNewAccountId();
        users.add(account, "First Admin", "admin@example.com", UserRole.ADMINISTRATOR, "test");
        tablesBefore = tables();
    }

    @AfterAll
    static void nothingWasInterpreted() {
        StringBuilder summary = new StringBuilder("Hostile input, accepted/rejected per field:");
        OUTCOMES.forEach((field, n) -> summary.append(' ').append(field).append(' ').append(n[0]).append('/').append(n[1]));
        System.out.println(summary);
        try {
            assertThat(tables()).as("the schema after every value").isEqualTo(tablesBefore);
            String integrity = db.transaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        } finally {
            db.close();
        }
    }

    private static List<String> tables() {
        return db.transaction(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    // --- 1. Every field's check

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFieldCheckAnswersWithAKnownMessageOrAccepts(Input input) {
        String v = input.value();
        List<Optional<String>> answers = List.of(VALIDATION.email(v), VALIDATION.phone(v), VALIDATION.optionalName(v),
                VALIDATION.requiredName(v), VALIDATION.partnerId(v), new Validation("").phone(v));
        answers.forEach(a -> a.ifPresent(HostileInputTest::assertKnownKey));

        if (VALIDATION.phone(v).isEmpty() && !v.isBlank()) {
            assertThat(VALIDATION.phoneE164(v)).matches(E164);
        }
        Validation.parseTime(v, false);
        Validation.parseTime(v, true);
        if (Validation.isZone(v)) {
            assertThat(ZoneId.of(v).getId()).isEqualTo(v);
        }
    }

    // --- 2. The gate, the messages and a submit, one field at a time

    private static final Map<String, Function<String, ContactDetails>> FIELDS = new LinkedHashMap<>();

    static {
        ContactDetails base = Fixtures.complete();
        AccountSettings s = base.settings();
        FIELDS.put("accountName", v -> base.withSettings(new AccountSettings(v, s.partnerId(), s.integration(), s.environment())));
        FIELDS.put("partnerId", v -> base.withSettings(new AccountSettings(s.name(), v, s.integration(), s.environment())));
        FIELDS.put("techEmergency-email-0", v -> withFirstContact(base, c -> new Contact(v, c.name(), c.phone())));
        FIELDS.put("techEmergency-name-0", v -> withFirstContact(base, c -> new Contact(c.email(), v, c.phone())));
        FIELDS.put("techEmergency-phone-0", v -> withFirstContact(base, c -> new Contact(c.email(), c.name(), v)));
        FIELDS.put("opsSupport-start-0", v -> withWindow(base, w -> new SupportWindow(w.days(), v, "24:00", w.zone())));
        FIELDS.put("opsSupport-end-0", v -> withWindow(base, w -> new SupportWindow(w.days(), "00:00", v, w.zone())));
        FIELDS.put("opsSupport-zone-0", v -> withWindow(base, w -> new SupportWindow(w.days(), w.start(), w.end(), v)));
    }

    private static ContactDetails withFirstContact(ContactDetails d, Function<Contact, Contact> change) {
        List<Contact> entries = new ArrayList<>(d.contacts(Role.TECH_EMERGENCY));
        entries.set(0, change.apply(entries.get(0)));
        return d.withContacts(Role.TECH_EMERGENCY, entries);
    }

    private static ContactDetails withWindow(ContactDetails d, Function<SupportWindow, SupportWindow> change) {
        return d.withSupportHours(new SupportHours(false, List.of(change.apply(d.supportHours().windows().get(0)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theGateRejectsWithAMessageOrTheSubmitStoresItExactly(Input input) {
        String v = input.value();
        for (Map.Entry<String, Function<String, ContactDetails>> field : FIELDS.entrySet()) {
            ContactDetails details = field.getValue().apply(v);
            GateResult result = GATE.evaluate(details, NO_USERS);
            for (Problem p : result.problems()) {
                assertKnownKey(p.messageKey());
                for (Messages m : LANGUAGES) {
                    assertThat(m.problem(p)).as("%s in %s", p, m.locale()).doesNotContain("{").isNotEqualTo(p.messageKey());
                }
            }
            WeeklyCoverage.of(details.supportHours(), ZoneId.of("Europe/Rome"), LocalDate.of(2025, 3, 30));
            count(field.getKey(), result.isComplete());
            if (!result.isComplete()) {
                assertThat(result.problems()).as(field.getKey()).isNotEmpty();
                assertThat(result.problems()).extracting(Fixtures::fieldId).as(field.getKey())
                        .allMatch(f -> f.equals(field.getKey()) || f.startsWith("opsSupport-"));
                continue;
            }
            ContactDetails prepared = GATE.prepareForSubmit(details, NO_USERS);
            accounts.submit(account, prepared, "hostile-test");
            ContactDetails stored = accounts.loadStored(account);
            assertSameDetails(stored, prepared, field.getKey());
            assertExact(fieldValue(stored, field.getKey()), fieldValue(prepared, field.getKey()), field.getKey());
        }
    }

    /** Equal role by role: an empty role may be an empty list on one side and absent on the other. */
    private static void assertSameDetails(ContactDetails actual, ContactDetails expected, String what) {
        assertThat(actual.settings()).as(what).isEqualTo(expected.settings());
        for (Role role : Role.values()) {
            assertThat(actual.contacts(role)).as("%s: %s", what, role).isEqualTo(expected.contacts(role));
        }
        assertThat(actual.alertUserIds()).as(what).isEqualTo(expected.alertUserIds());
        assertThat(actual.supportHours()).as(what).isEqualTo(expected.supportHours());
    }

    private static String fieldValue(ContactDetails d, String field) {
        Contact first = d.contacts(Role.TECH_EMERGENCY).get(0);
        SupportWindow w = d.supportHours().windows().get(0);
        return switch (field) {
            case "accountName" -> d.settings().name();
            case "partnerId" -> d.settings().partnerId();
            case "techEmergency-email-0" -> first.email();
            case "techEmergency-name-0" -> first.name();
            case "techEmergency-phone-0" -> first.phone();
            case "opsSupport-start-0" -> w.start();
            case "opsSupport-end-0" -> w.end();
            case "opsSupport-zone-0" -> w.zone();
            default -> throw new IllegalArgumentException(field);
        };
    }

    // --- 3. Portal users: the rules and the repository

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aUserIsRefusedWithAMessageOrStoredExactly(Input input) {
        String v = input.value();
        int n = ++userNumber;

        Optional<PortalUser> named = addUser(v, "user" + n + "@example.com");
        count("userName", named.isPresent());
        named.ifPresent(u -> assertExact(reread(u).name(), PersonName.canonical(v), "name"));

        Optional<PortalUser> addressed = addUser("Hostile " + n, v);
        count("userEmail", addressed.isPresent());
        addressed.ifPresent(u -> assertExact(reread(u).email(), EmailAddress.canonical(v), "email"));
    }

    private static Optional<PortalUser> addUser(String name, String email) {
        Throwable failure = catchThrowable(() -> users.add(account, name, email, UserRole.ADMINISTRATOR, "hostile-test"));
        if (failure == null) {
            return Optional.of(users.list(account).get(users.list(account).size() - 1));
        }
        assertThat(failure).isInstanceOf(RuleViolation.class);
        List<Problem> problems = ((RuleViolation) failure).problems();
        assertThat(problems).isNotEmpty();
        problems.forEach(p -> assertKnownKey(p.messageKey()));
        return Optional.empty();
    }

    private static PortalUser reread(PortalUser u) {
        return users.list(account).stream().filter(x -> x.id() == u.id()).findFirst().orElseThrow();
    }

    // --- 4. Drafts keep whatever was typed

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aDraftKeepsTheValueInEveryFieldExactly(Input input) {
        String v = input.value();
        Map<Role, List<Contact>> contacts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role.kind() == Role.Kind.CONTACTS) {
                contacts.put(role, List.of(new Contact(v, v, v), Contact.EMPTY));
            }
        }
        ContactDetails draft = new ContactDetails(new AccountSettings(v, v, null, null), contacts, List.of(4242L),
                new SupportHours(false, List.of(new SupportWindow(EnumSet.of(DayOfWeek.MONDAY), v, v, v))));

        accounts.saveDraft(account, draft);
        ContactDetails loaded = accounts.loadDraft(account).orElseThrow(() -> new AssertionError("the draft was not read back"));

        assertThat(loaded).isEqualTo(draft);
        assertExact(loaded.settings().name(), v, "name");
        assertExact(loaded.settings().partnerId(), v, "partner ID");
        for (Role role : contacts.keySet()) {
            Contact c = loaded.contacts(role).get(0);
            assertExact(c.email(), v, role + " e-mail");
            assertExact(c.name(), v, role + " name");
            assertExact(c.phone(), v, role + " phone");
        }
        SupportWindow w = loaded.supportHours().windows().get(0);
        assertExact(w.start(), v, "start");
        assertExact(w.end(), v, "end");
        assertExact(w.zone(), v, "zone");
    }

    // --- 5. Messages show values, never run them

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void messagesShowTheValueAsTyped(Input input) {
        String v = input.value();
        for (Messages m : LANGUAGES) {
            assertThat(m.get("support.mail.subject", v)).contains(v);
            assertThat(m.get("users.display", v, v)).contains(v + " <" + v + ">");
            assertThat(m.get("gate.draft.failed", v)).contains(v);
        }
    }

    private static void assertKnownKey(String key) {
        for (Messages m : LANGUAGES) {
            assertThat(m.bundle().containsKey(key)).as("message key %s in %s", key, m.locale()).isTrue();
        }
    }

    private static void assertExact(String actual, String expected, String what) {
        assertThat(actual).as(what).isEqualTo(expected);
        assertThat(actual.getBytes(StandardCharsets.UTF_8)).as(what + " in UTF-8").isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
}
