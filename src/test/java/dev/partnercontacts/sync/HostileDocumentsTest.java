package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken server ({@link HostileServerFixture}) holding documents with the right
 * {@code _id} and the wrong content: wrong types, garbage, missing members, a deleted account,
 * users whose id and address disagree, a later version's documents.
 */
class HostileDocumentsTest extends HostileServerFixture {

    /** With {@code doc} on the server, a sync holds account a as invalid, untouched here, and sends b's edit. */
    private void assertHeldAlone(ObjectNode doc) throws CouchException {
        putOnServer(doc);
        editB();

        SyncSummary s = w.sync();

        assertThat(s.failures()).containsExactly(Map.entry(a, FailureKind.INVALID_DATA));
        assertUntouched(a);
        assertBSent();
    }

    @Test
    void anAccountDocumentOfWrongTypesIsHeldWithoutStoppingTheOthers() throws Exception {
        ObjectNode bad = onServer("account:" + a);
        bad.put("name", 42).put("contacts", "everyone").putArray("alertContacts").add(7);
        assertHeldAlone(bad);
    }

    @Test
    void aUserDocumentWithGarbageIsHeldWithoutStoppingTheOthers() throws Exception {
        ObjectNode user = onServer("user:" + a + ":ed@example.com");
        user.remove("email");
        user.put("role", "owner").putArray("name").add("x");
        assertHeldAlone(user);
    }

    @Test
    void anAccountDocumentReducedToItsTypeDoesNotEmptyTheAccount() throws Exception {
        ObjectNode bare = PouchProxy.JSON.createObjectNode().put("_id", "account:" + a)
                .put("_rev", onServer("account:" + a).path("_rev").asText()).put("type", "account");
        putOnServer(bare);
        editB();

        SyncSummary s = w.sync();

        assertThat(w.data(a).details().settings().name()).isEqualTo(SyncFixtures.account(a).details().settings().name());
        assertThat(w.data(a).details()).isEqualTo(SyncFixtures.account(a).details());
        assertThat(s.failures()).containsOnlyKeys(a);
        assertBSent();
    }

    @Test
    void aDeletedAccountDocumentLosesNothingHere() throws Exception {
        ObjectNode doc = onServer("account:" + a);
        putOnServer(PouchProxy.JSON.createObjectNode().put("_id", doc.path("_id").asText())
                .put("_rev", doc.path("_rev").asText()).put("_deleted", true));
        editB();

        SyncSummary s = w.sync();

        assertUntouched(a);
        assertThat(s.failures()).doesNotContainKey(b);
        assertBSent();
    }

    @Test
    void aUserDocumentWhoseIdDoesNotMatchItsAddressIsHeldAndNamed() throws Exception {
        ObjectNode ed = onServer("user:" + a + ":ed@example.com");
        ObjectNode stray = ed.deepCopy();
        stray.remove("_rev");
        stray.put("_id", "user:" + a + ":eve@example.com").put("name", "Mallory");
        assertHeldAlone(stray);
    }

    @Test
    void twoUserDocumentsForOneAddressAreHeld() throws Exception {
        for (String spelling : List.of("Ed@Example.com", "e\u0301d@example.com")) {
            ObjectNode twin = onServer("user:" + a + ":ed@example.com").deepCopy();
            twin.remove("_rev");
            twin.put("_id", "user:" + a + ":" + spelling).put("email", spelling).put("role", "readOnly");
            putOnServer(twin);
        }
        editB();

        SyncSummary s = w.sync();

        assertThat(s.failures()).containsOnlyKeys(a);
        assertUntouched(a);
        assertBSent();
    }

    @Test
    void fieldsOfALaterVersionSurviveAnEditHere() throws Exception {
        ObjectNode later = onServer("account:" + a);
        later.put("escalationPolicy", "page twice").putObject("billing").put("plan", "gold");
        putOnServer(later);
        assertThat(w.sync().inSync()).isTrue();

        w.rename(a, "Renamed here");
        assertThat(w.sync().inSync()).isTrue();

        ObjectNode now = onServer("account:" + a);
        assertThat(now.path("name").asText()).isEqualTo("Renamed here");
        assertThat(now.path("escalationPolicy").asText()).isEqualTo("page twice");
        assertThat(now.path("billing").path("plan").asText()).isEqualTo("gold");
    }

    @Test
    void anAccountDocumentOfALaterLayoutIsLeftAlone() throws Exception {
        ObjectNode later = onServer("account:" + a);
        later.put("layout", 3).put("name", "Written by version 3");
        putOnServer(later);
        editB();

        SyncSummary s = w.sync();
        w.rename(a, "Renamed here");
        SyncSummary after = w.sync();

        assertThat(w.data(a).details().settings().name()).isEqualTo("Renamed here");
        assertThat(onServer("account:" + a).path("name").asText()).isEqualTo("Written by version 3");
        assertThat(onServer("account:" + a).path("layout").asInt()).isEqualTo(3);
        assertThat(s.failures()).doesNotContainKey(b);
        assertThat(after.failures()).containsOnlyKeys(a);
        assertBSent();
    }
}
