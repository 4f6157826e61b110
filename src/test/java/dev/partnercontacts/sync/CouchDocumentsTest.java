package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CouchDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAccountIsOneAccountDocumentAndOneDocumentPerUser() {
        AccountData a = SyncFixtures.account("5F0C2B7E-8A0E-4A57-9F3E-2F1B8F3D9C11");

        Map<String, ObjectNode> docs = CouchDocuments.toDocs(a);

        String k = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
        assertThat(docs).containsOnlyKeys("account:" + k, "user:" + k + ":ada@example.com", "user:" + k + ":ed@example.com");
        ObjectNode account = docs.get("account:" + k);
        assertThat(account.has("users")).isFalse();
        assertThat(account.get("type").asText()).isEqualTo("account");
        assertThat(account.get("key").asText()).isEqualTo(k);
        assertThat(account.get("alertContacts").get(0).asText()).isEqualTo("ada@example.com");
        assertThat(docs.get("user:" + k + ":ed@example.com").toString()).isEqualTo("{\"type\":\"user\",\"key\":\"" + k
                + "\",\"name\":\"Ed Editor\",\"email\":\"ed@example.com\",\"role\":\"editor\"}");
    }

    @Test
    void documentsReadBackIntoTheSameAccount() {
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());

        CouchDocuments.Read read = CouchDocuments.fromDocs(a.key(), CouchDocuments.toDocs(a));

        assertThat(read).isEqualTo(new CouchDocuments.Read.Valid(a));
    }

    @Test
    void anAlertContactWhoseUserWasDeletedIsDropped() {
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());
        Map<String, ObjectNode> docs = new HashMap<>(CouchDocuments.toDocs(a));
        docs.remove("user:" + a.key() + ":ada@example.com");
        docs.put("user:" + a.key() + ":zed@example.com", JSON.createObjectNode().put("name", "Zed").put("email", "zed@example.com")
                .put("role", "administrator"));

        CouchDocuments.Read read = CouchDocuments.fromDocs(a.key(), docs);

        assertThat(read).isInstanceOf(CouchDocuments.Read.Valid.class);
        assertThat(((CouchDocuments.Read.Valid) read).account().details().alertUserIds()).isEmpty();
    }

    @Test
    void documentsThatBreakTheRulesAreInvalid() {
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());
        Map<String, ObjectNode> docs = new HashMap<>(CouchDocuments.toDocs(a));
        docs.get("account:" + a.key()).put("partnerId", "abc");
        docs.put("user:" + a.key() + ":x@example.com", JSON.createObjectNode().put("name", "X").put("email", "y@example.com")
                .put("role", "editor"));

        CouchDocuments.Read read = CouchDocuments.fromDocs(a.key(), docs);

        assertThat(read).isInstanceOf(CouchDocuments.Read.Invalid.class);
        assertThat(((CouchDocuments.Read.Invalid) read).problems()).extracting(p -> p.messageKey())
                .containsExactlyInAnyOrder("error.partnerId.digits", "bundle.error.userId");
    }

    @Test
    void onlyTheDocumentsOfAccountsGiveKeysAndEverythingElseIsNotOurs() {
        String k = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
        assertThat(CouchDocuments.keyOf("account:" + k)).contains(k);
        assertThat(CouchDocuments.keyOf("user:" + k + ":ada@example.com")).contains(k);
        assertThat(CouchDocuments.keyOf("_design/rules")).isEmpty();
        assertThat(CouchDocuments.keyOf("admin-note")).isEmpty();
        assertThat(CouchDocuments.keyOf("account:notes")).isEmpty();
        assertThat(CouchDocuments.keyOf("account:" + k.toUpperCase(java.util.Locale.ROOT))).isEmpty();
        assertThat(CouchDocuments.keyOf("user:" + k)).isEmpty();
        assertThat(CouchDocuments.keyOf("user:" + k + "x")).isEmpty();
        assertThat(CouchDocuments.keyOf("account-v3:" + k)).isEmpty();
    }

    @Test
    void databaseNamesFollowCouchDbsRule() {
        assertThat(CouchDocuments.isDatabaseName("partner-contacts")).isTrue();
        assertThat(CouchDocuments.isDatabaseName("team_2/emea")).isTrue();
        assertThat(CouchDocuments.isDatabaseName("Partner")).isFalse();
        assertThat(CouchDocuments.isDatabaseName("_users")).isFalse();
        assertThat(CouchDocuments.isDatabaseName("")).isFalse();
    }
}
