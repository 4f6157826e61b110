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

        assertThat(CouchDocuments.databaseName(a.key())).isEqualTo("partner-contacts-5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11");
        assertThat(docs).containsOnlyKeys("account", "user:ada@example.com", "user:ed@example.com");
        assertThat(docs.get("account").has("users")).isFalse();
        assertThat(docs.get("account").get("alertContacts").get(0).asText()).isEqualTo("ada@example.com");
        assertThat(docs.get("user:ed@example.com").toString())
                .isEqualTo("{\"name\":\"Ed Editor\",\"email\":\"ed@example.com\",\"role\":\"editor\"}");
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
        docs.remove("user:ada@example.com");
        docs.put("user:zed@example.com", JSON.createObjectNode().put("name", "Zed").put("email", "zed@example.com")
                .put("role", "administrator"));

        CouchDocuments.Read read = CouchDocuments.fromDocs(a.key(), docs);

        assertThat(read).isInstanceOf(CouchDocuments.Read.Valid.class);
        assertThat(((CouchDocuments.Read.Valid) read).account().details().alertUserIds()).isEmpty();
    }

    @Test
    void documentsThatBreakTheRulesAreInvalid() {
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());
        Map<String, ObjectNode> docs = new HashMap<>(CouchDocuments.toDocs(a));
        docs.get("account").put("partnerId", "abc");
        docs.put("user:x@example.com", JSON.createObjectNode().put("name", "X").put("email", "y@example.com")
                .put("role", "editor"));

        CouchDocuments.Read read = CouchDocuments.fromDocs(a.key(), docs);

        assertThat(read).isInstanceOf(CouchDocuments.Read.Invalid.class);
        assertThat(((CouchDocuments.Read.Invalid) read).problems()).extracting(p -> p.messageKey())
                .containsExactlyInAnyOrder("error.partnerId.digits", "bundle.error.userId");
    }

    @Test
    void onlyAccountDatabasesGiveKeys() {
        assertThat(CouchDocuments.keyOf("partner-contacts-5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11"))
                .contains("5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11");
        assertThat(CouchDocuments.keyOf("partner-contacts-notes")).isEmpty();
        assertThat(CouchDocuments.keyOf("_users")).isEmpty();
    }
}
