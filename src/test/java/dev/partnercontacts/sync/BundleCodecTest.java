package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BundleCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);
    private final BundleCodec codec = new BundleCodec(CLOCK);

    private byte[] write(List<AccountData> accounts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(accounts, out);
        return out.toByteArray();
    }

    private BundleOutcome read(String json) throws IOException {
        return codec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Refusal> refusals(BundleOutcome outcome) {
        assertThat(outcome).isInstanceOf(BundleOutcome.Refused.class);
        return ((BundleOutcome.Refused) outcome).reasons();
    }

    /** A valid bundle with one account, changed by {@code change} on its tree. */
    private String bundleWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(write(List.of(SyncFixtures.account(SyncFixtures.newKey()))));
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode first(ObjectNode root) {
        return (ObjectNode) root.get("accounts").get(0);
    }

    @Test
    void aRoundTripGivesBackEveryAccountExactly() throws IOException {
        AccountData submitted = SyncFixtures.account(SyncFixtures.newKey());
        AccountData neverSubmitted = new AccountData(SyncFixtures.newKey(), ContactDetails.EMPTY.withSettings(
                new dev.partnercontacts.domain.AccountSettings("Globex", "", dev.partnercontacts.domain.Integration.DEFAULT,
                        dev.partnercontacts.domain.Environment.SANDBOX)), List.of(), null, null);

        BundleOutcome outcome = codec.read(new ByteArrayInputStream(write(List.of(submitted, neverSubmitted))));

        assertThat(outcome).isEqualTo(new BundleOutcome.Accepted(List.of(submitted, neverSubmitted), CLOCK.instant()));
    }

    @Test
    void theBundleUsesTheContractsNamesAndSpellings() throws IOException {
        AccountData a = SyncFixtures.account("5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11");
        JsonNode root = JSON.readTree(write(List.of(a, new AccountData(SyncFixtures.newKey(), null, null, null, null))));

        assertThat(root.get("format").asText()).isEqualTo("partner-contacts-bundle");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-11-29T06:00:00Z");
        JsonNode account = root.get("accounts").get(0);
        assertThat(account.get("key").asText()).isEqualTo("5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11");
        assertThat(account.get("integration").asText()).isEqualTo("reservations");
        assertThat(account.get("environment").asText()).isEqualTo("production");
        assertThat(account.get("alertContacts")).containsExactly(JSON.getNodeFactory().textNode("ada@example.com"));
        assertThat(account.get("users").get(0).get("role").asText()).isEqualTo("administrator");
        assertThat(account.get("users").get(1).get("role").asText()).isEqualTo("editor");
        JsonNode ops = account.get("contacts").get("opsForUsers").get(0);
        assertThat(ops.has("phone")).as("an empty phone is absent").isFalse();
        assertThat(ops.has("name")).isFalse();
        assertThat(account.get("contacts").get("techEmergency").get(0).get("phone").asText()).isEqualTo("+390212345600");
        JsonNode window = account.get("supportHours").get("windows").get(0);
        assertThat(window.get("days").toString()).isEqualTo("[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]");
        assertThat(account.get("submittedAt").asText()).isEqualTo("2026-11-29T05:45:00Z");
        JsonNode never = root.get("accounts").get(1);
        assertThat(never.has("submittedAt")).isFalse();
        assertThat(never.has("submittedBy")).isFalse();
    }

    @Test
    void theContractsExampleImports() throws IOException {
        String example = """
                {"format": "partner-contacts-bundle", "version": 1, "exportedAt": "2026-11-29T06:00:00Z",
                 "accounts": [{
                   "key": "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11", "name": "Acme Tours", "partnerId": "4242",
                   "integration": "reservations", "environment": "production",
                   "contacts": {
                     "techEmergency": [{"email": "oncall@acme.example", "name": "On-call pager", "phone": "+16502530000"}],
                     "techNonEmergency": [{"email": "dev@acme.example"}],
                     "merchantIssues": [{"email": "merchants@acme.example"}],
                     "opsForGoogle": [{"email": "ops@acme.example"}],
                     "opsForUsers": [{"email": "support@acme.example"}]},
                   "alertContacts": ["ada@acme.example"],
                   "supportHours": {"allWeek": false, "windows": [
                     {"days": ["MON", "TUE", "WED", "THU", "FRI"], "start": "09:00", "end": "17:00", "zone": "Europe/Rome"}]},
                   "users": [{"name": "Ada Lovelace", "email": "ada@acme.example", "role": "administrator"}],
                   "submittedAt": "2026-11-29T05:45:00Z", "submittedBy": "Ada Lovelace <ada@acme.example>",
                   "someFutureField": {"ignored": true}}]}
                """;

        BundleOutcome outcome = read(example);

        assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
        AccountData a = ((BundleOutcome.Accepted) outcome).accounts().get(0);
        assertThat(a.users()).singleElement().satisfies(u -> assertThat(u.id()).isEqualTo(1L));
        assertThat(a.details().alertUserIds()).containsExactly(1L);
        GateResult gate = new Gate(new Validation("")).evaluate(a.details(), a.users());
        assertThat(gate.problems()).as("the example is a complete account").isEmpty();
    }

    @Test
    void anIncompleteAccountImportsAndItsGateStaysLocked() throws IOException {
        BundleOutcome outcome = read(bundleWith(root -> {
            first(root).remove("contacts");
            first(root).remove("supportHours");
        }));

        assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
        AccountData a = ((BundleOutcome.Accepted) outcome).accounts().get(0);
        assertThat(new Gate(new Validation("")).evaluate(a.details(), a.users()).problems()).isNotEmpty();
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() throws IOException {
        List<Refusal> reasons = refusals(read("{\"format\": \"partner-contacts-bundle\",\n \"version\": 1, \"accounts\": [}"));

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("bundle.error.malformed");
            assertThat(r.args()).first().isEqualTo("2");
        });
    }

    @Test
    void anUnknownFormatOrAHigherVersionIsRefused() throws IOException {
        assertThat(refusals(read(bundleWith(r -> r.put("format", "something-else")))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.notBundle");
        assertThat(refusals(read(bundleWith(r -> r.put("version", 2)))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.newerVersion");
        assertThat(refusals(read(bundleWith(r -> r.put("version", "1")))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.version");
        assertThat(refusals(read(bundleWith(r -> r.remove("version")))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.version");
        assertThat(refusals(read("[1, 2]"))).extracting(Refusal::messageKey).containsExactly("bundle.error.notBundle");
    }

    @Test
    void anOversizedInputIsRefusedWithoutReadingItAll() throws IOException {
        BundleCodec small = new BundleCodec(CLOCK, 1024);
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };

        List<Refusal> reasons = refusals(small.read(endless));

        assertThat(reasons).extracting(Refusal::messageKey).containsExactly("bundle.error.tooLarge");
        assertThat(read[0]).isLessThanOrEqualTo(1025);
    }

    @Test
    void deeplyNestedInputIsRefusedNotACrash() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(refusals(read(deep))).extracting(Refusal::messageKey).containsExactly("bundle.error.malformed");
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root -> {
            first(root).put("name", 5);
            first(root).putArray("contacts");
            ((ObjectNode) first(root).get("supportHours")).put("allWeek", "yes");
            ((ObjectNode) first(root).get("users").get(1)).putArray("email");
        })));

        assertThat(reasons).extracting(Refusal::field, Refusal::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("name", "bundle.error.notText"),
                org.assertj.core.groups.Tuple.tuple("contacts", "bundle.error.notObject"),
                org.assertj.core.groups.Tuple.tuple("supportHours.allWeek", "bundle.error.notBoolean"),
                org.assertj.core.groups.Tuple.tuple("users[1].email", "bundle.error.notText"));
        assertThat(reasons).allSatisfy(r -> assertThat(r.accountIndex()).isZero());
        assertThat(refusals(read(bundleWith(root -> root.put("accounts", "none")))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.notList");
        assertThat(refusals(read(bundleWith(root -> ((ArrayNode) root.get("accounts")).add(7)))))
                .extracting(Refusal::accountIndex, Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "bundle.error.notObject"));
    }

    @Test
    void unknownEnumValuesAreRefused() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root -> {
            first(root).put("integration", "THINGS_TO_DO");
            first(root).put("environment", "staging");
            ((ObjectNode) first(root).get("users").get(0)).put("role", "owner");
            ((ArrayNode) first(root).get("supportHours").get("windows").get(0).get("days")).add("MONDAY");
        })));

        assertThat(reasons).extracting(Refusal::field).containsExactlyInAnyOrder(
                "integration", "environment", "users[0].role", "supportHours.windows[0].days[5]");
    }

    @Test
    void duplicateUsersAreRefusedRegardlessOfCase() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root -> ((ObjectNode) first(root).get("users").get(1))
                .put("email", "ADA@Example.com"))));

        assertThat(reasons).extracting(Refusal::field, Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("users[1].email", "error.user.duplicate"));
    }

    @Test
    void usersWithoutAnAdministratorAreRefused() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root -> ((ObjectNode) first(root).get("users").get(0))
                .put("role", "readOnly"))));

        assertThat(reasons).extracting(Refusal::messageKey).containsExactly("error.user.firstAdmin");
    }

    @Test
    void invalidAddressesPhonesTimesAndZonesAreRefusedByTheFormsRules() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root -> {
            ObjectNode contact = (ObjectNode) first(root).get("contacts").get("techEmergency").get(0);
            contact.put("email", "not an address");
            contact.put("phone", "12");
            ((ObjectNode) first(root).get("contacts").get("opsForUsers").get(0)).put("email", "a@b\u202Ec.com");
            ObjectNode window = (ObjectNode) first(root).get("supportHours").get("windows").get(0);
            window.put("start", "25:00");
            window.put("end", "17:61");
            window.put("zone", "Mars/Olympus");
            ((ObjectNode) first(root).get("users").get(1)).put("name", " \u200B ");
            first(root).put("partnerId", "12a");
        })));

        assertThat(reasons).extracting(Refusal::field, Refusal::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("contacts.techEmergency[0].email", "error.email.invalid"),
                org.assertj.core.groups.Tuple.tuple("contacts.techEmergency[0].phone", "error.phone.invalid"),
                org.assertj.core.groups.Tuple.tuple("contacts.opsForUsers[0].email", "error.text.direction"),
                org.assertj.core.groups.Tuple.tuple("supportHours.windows[0].start", "error.time.invalid"),
                org.assertj.core.groups.Tuple.tuple("supportHours.windows[0].end", "error.time.invalid"),
                org.assertj.core.groups.Tuple.tuple("supportHours.windows[0].zone", "error.zone.invalid"),
                org.assertj.core.groups.Tuple.tuple("users[1].name", "error.name.required"),
                org.assertj.core.groups.Tuple.tuple("partnerId", "error.partnerId.digits"));
    }

    @Test
    void alertContactsMustBeUsers() throws IOException {
        List<Refusal> reasons = refusals(read(bundleWith(root ->
                ((ArrayNode) first(root).get("alertContacts")).add("stranger@example.com"))));

        assertThat(reasons).extracting(Refusal::field, Refusal::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alertContacts[1]", "bundle.error.alertNotUser"));
    }

    @Test
    void keysMustBeUuidsAndUnique() throws IOException {
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());
        ObjectNode twice = (ObjectNode) JSON.readTree(write(List.of(a, SyncFixtures.account(a.key().toUpperCase()))));
        List<Refusal> duplicate = refusals(codec.read(new ByteArrayInputStream(JSON.writeValueAsBytes(twice))));
        assertThat(duplicate).extracting(Refusal::accountIndex, Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "bundle.error.duplicateKey"));

        List<Refusal> notUuid = refusals(read(bundleWith(root -> first(root).put("key", "acme"))));
        assertThat(notUuid).extracting(Refusal::accountKey, Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", "bundle.error.key"));
        assertThat(refusals(read(bundleWith(root -> first(root).remove("key")))))
                .extracting(Refusal::messageKey).containsExactly("bundle.error.required");
    }

    @Test
    void everyReasonAcrossAccountsIsReported() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(write(List.of(
                SyncFixtures.account(SyncFixtures.newKey()), SyncFixtures.account(SyncFixtures.newKey()))));
        ((ObjectNode) root.get("accounts").get(0)).put("submittedAt", "yesterday");
        ((ObjectNode) root.get("accounts").get(1)).put("partnerId", "x");

        List<Refusal> reasons = refusals(codec.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root))));

        assertThat(reasons).extracting(Refusal::accountIndex, Refusal::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "submittedAt"),
                org.assertj.core.groups.Tuple.tuple(1, "partnerId"));
    }
}
