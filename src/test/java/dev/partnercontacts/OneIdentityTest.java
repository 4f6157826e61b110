package dev.partnercontacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
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
import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.AccountRepository;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.HistoryRepository;
import dev.partnercontacts.storage.UserRepository;
import dev.partnercontacts.sync.BundleCodec;
import dev.partnercontacts.sync.BundleOutcome;
import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.sync.Refusal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, section 1, through the layers that exist on every release: the same mailbox written
 * two ways is one user, one contact of a role, one server document, one history search.
 */
class OneIdentityTest {

    private static final String NBSP = "\u00A0";
    private static final String JOSE_COMPOSED = "jos\u00E9@acme.example";
    private static final String JOSE_DECOMPOSED = "jose\u0301@acme.example";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final Validation VALIDATION = new Validation("IT");

    @TempDir
    Path dir;

    private Database db;
    private UserRepository users;
    private AccountRepository accounts;
    private HistoryRepository history;
    private long account;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("identity.db"));
        users = new UserRepository(db, new Users(VALIDATION), CLOCK);
        accounts = new AccountRepository(db, CLOCK);
        history = new HistoryRepository(db, CLOCK);
        account = accounts.firstOrNewAccountId();
        users.add(account, "Ada Admin", "admin@acme.example", UserRole.ADMINISTRATOR, "test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @CsvSource({"\u00A0", "\u2007", "\u202F"})
    void aNoBreakSpaceAfterAnAddressIsNotStored(String space) {
        PortalUser user = users.add(account, "Support", "support@acme.example" + space, UserRole.EDITOR, "test");

        assertThat(user.email()).isEqualTo("support@acme.example");
        assertThat(users.list(account)).extracting(PortalUser::email).contains("support@acme.example");
    }

    @Test
    void aNoBreakSpaceInsideAnAddressIsRefusedWithAClearMessage() {
        assertThat(VALIDATION.email("support" + NBSP + "desk@acme.example")).contains("error.email.space");
    }

    @ParameterizedTest
    @CsvSource({
            "ada@bücher.example, ada@xn--bcher-kva.example",
            "ada@xn--bcher-kva.example, ada@bücher.example",
            "jos\u00E9@acme.example, jose\u0301@acme.example",
            "support@acme.example, support@acme.example\u00A0"})
    void twoFormsOfOneAddressAreOneUser(String first, String second) {
        users.add(account, "First", first, UserRole.EDITOR, "test");

        assertThatThrownBy(() -> users.add(account, "Second", second, UserRole.EDITOR, "test"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(Problem::messageKey).containsExactly("error.user.duplicate"));
        assertThat(new Users(VALIDATION).checkNew(users.list(account), "Second", second, UserRole.EDITOR))
                .extracting(Problem::messageKey).containsExactly("error.user.duplicate");
    }

    @ParameterizedTest
    @CsvSource({
            "ada@bücher.example, ada@xn--bcher-kva.example",
            "jos\u00E9@acme.example, jose\u0301@acme.example",
            "support@acme.example, support@acme.example\u2007"})
    void twoFormsOfOneAddressAreADuplicateInARole(String first, String second) {
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact(first, "", ""), new Contact(second, "", "")));

        assertThat(new Gate(VALIDATION).evaluate(details, List.of()).problems())
                .extracting(Problem::role, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.TECH_EMERGENCY, "error.email.duplicate"));
    }

    @Test
    void submittedAddressesAreStoredInTheCanonicalForm() {
        ContactDetails details = Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX)
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("ada@xn--bcher-kva.example" + NBSP, "", ""),
                        new Contact(JOSE_DECOMPOSED, "", "")));
        Gate gate = new Gate(VALIDATION);
        assertThat(gate.evaluate(details, List.of()).problems()).isEmpty();

        accounts.submit(account, gate.prepareForSubmit(details, List.of()), "test");

        assertThat(accounts.loadStored(account).contacts(Role.TECH_EMERGENCY)).extracting(Contact::email)
                .containsExactly("ada@bücher.example", JOSE_COMPOSED);
    }

    @Test
    void bothFormsOfAnAddressAreOneServerDocument() {
        String key = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
        assertThat(CouchDocuments.userId(key, "ada@xn--bcher-kva.example")).isEqualTo(CouchDocuments.userId(key, "ada@bücher.example"));
        assertThat(CouchDocuments.userId(key, JOSE_DECOMPOSED)).isEqualTo(CouchDocuments.userId(key, JOSE_COMPOSED));
        assertThat(CouchDocuments.userId(key, "Support@Acme.example" + NBSP)).isEqualTo("user:" + key + ":support@acme.example");
    }

    @Test
    void aHistorySearchForOneFormFindsTheOther() {
        long other = accounts.create().id();
        history.record(account, "Ada", List.of(Change.of(Change.Kind.CONTACT_ADDED, Role.TECH_EMERGENCY, JOSE_COMPOSED, "", "", "0")));
        history.record(other, "Ada", List.of(Change.of(Change.Kind.CONTACT_ADDED, Role.TECH_EMERGENCY,
                "ada@bücher.example", "", "", "0")));

        for (Long scope : new Long[] {account, null}) {
            assertThat(history.find(new HistoryQuery(scope, "jose\u0301", Set.of(), null, null, null, 10)))
                    .as("decomposed search, account %s", scope).hasSize(1);
        }
        assertThat(history.find(new HistoryQuery(other, "xn--bcher-kva", Set.of(), null, null, null, 10))).hasSize(1);
        assertThat(history.find(new HistoryQuery(null, "ada@xn--bcher-kva.example", Set.of(), null, null, null, 10))).hasSize(1);
    }

    @Test
    void aBundleWithBothFormsOfAUserOrAContactIsRefused() throws IOException {
        ObjectMapper json = new ObjectMapper();
        AccountData data = new AccountData(UUID.randomUUID().toString(),
                Fixtures.complete(Integration.THINGS_TO_DO, Environment.SANDBOX), Fixtures.users(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCodec codec = new BundleCodec(CLOCK);
        codec.write(List.of(data), out);
        ObjectNode root = (ObjectNode) json.readTree(out.toByteArray());
        ObjectNode first = (ObjectNode) root.get("accounts").get(0);
        ((ObjectNode) first.get("users").get(0)).put("email", "ada@bücher.example");
        ((ObjectNode) first.get("users").get(1)).put("email", "ada@xn--bcher-kva.example");
        ArrayNode emergency = (ArrayNode) first.get("contacts").get("techEmergency");
        ((ObjectNode) emergency.get(0)).put("email", JOSE_COMPOSED);
        ((ObjectNode) emergency.get(1)).put("email", JOSE_DECOMPOSED);

        BundleOutcome outcome = codec.read(new ByteArrayInputStream(json.writeValueAsBytes(root)));

        assertThat(outcome).isInstanceOf(BundleOutcome.Refused.class);
        assertThat(((BundleOutcome.Refused) outcome).reasons()).extracting(Refusal::field, Refusal::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("users[1].email", "error.user.duplicate"),
                        org.assertj.core.groups.Tuple.tuple("contacts.techEmergency[1].email", "error.email.duplicate"));
    }

    @Test
    void anAlertContactInTheOtherFormIsTheUser() throws IOException {
        ObjectMapper json = new ObjectMapper();
        AccountData data = new AccountData(UUID.randomUUID().toString(),
                Fixtures.complete(Integration.THINGS_TO_DO, Environment.PRODUCTION),
                List.of(new PortalUser(1, "Ada", "ada@bücher.example", UserRole.ADMINISTRATOR)), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCodec codec = new BundleCodec(CLOCK);
        codec.write(List.of(data), out);
        ObjectNode root = (ObjectNode) json.readTree(out.toByteArray());
        ((ObjectNode) root.get("accounts").get(0)).putArray("alertContacts").add("ADA@xn--bcher-kva.example" + NBSP);

        BundleOutcome outcome = codec.read(new ByteArrayInputStream(json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
        assertThat(((BundleOutcome.Accepted) outcome).accounts().get(0).details().alertUserIds()).containsExactly(1L);
    }
}
