package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.storage.OldSchemaFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first layout-2 sync of a workstation that synced with layout 1: what it last agreed on in
 * layout 1 is the base of its first merge with the team database, also for users whose address
 * layout 1 spelt differently ({@code xn--} domains, upper case, decomposed letters).
 */
class LayoutOneFirstSyncTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    private static final String KEY = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
    private static final Instant SUBMITTED = Instant.parse("2026-11-29T05:45:00Z");

    private static AccountData acme(String adaName, String adaEmail) {
        return new AccountData(KEY, ContactDetails.EMPTY.withSettings(
                new AccountSettings("Acme", "", Integration.RESERVATIONS, Environment.PRODUCTION)),
                List.of(new PortalUser(1, adaName, adaEmail, UserRole.ADMINISTRATOR),
                        new PortalUser(2, "Zoe", "ZOE\u0301@Example.com", UserRole.EDITOR)),
                SUBMITTED, "Ada");
    }

    /** A schema-3 file that synced {@link #acme} in layout 1: its users as layout 1 stored and named them. */
    private Path layoutOneFile() throws Exception {
        Map<String, ObjectNode> docs = CouchDocuments.toDocs(acme("Ada", "Ada@xn--bcher-kva.example"));
        ObjectNode account = docs.get("account:" + KEY);
        ObjectNode ada = docs.get("user:" + KEY + ":ada@b\u00fccher.example").put("email", "Ada@xn--bcher-kva.example");
        ObjectNode zoe = docs.get("user:" + KEY + ":zo\u00e9@example.com").put("email", "ZOE\u0301@Example.com");
        return OldSchemaFiles.create(stations.dir().resolve("old.db"), 3,
                "INSERT INTO account(id, key, name, integration, environment, submitted_at, submitted_by, created_at) "
                        + "VALUES (1, '" + KEY + "', 'Acme', 'RESERVATIONS', 'PRODUCTION', '" + SUBMITTED + "', 'Ada', 'x')",
                "INSERT INTO portal_user(account_id, name, email, role, created_at) VALUES "
                        + "(1, 'Ada', 'Ada@xn--bcher-kva.example', 'ADMINISTRATOR', 'x'), "
                        + "(1, 'Zoe', 'ZOE\u0301@Example.com', 'EDITOR', 'x')",
                "INSERT INTO sync_outbox(account_id, change_seq, pushed_seq) VALUES (1, 3, 3)",
                "INSERT INTO sync_base(account_id, doc_id, rev, body) VALUES "
                        + "(1, 'account', '4-a', '" + account + "'), "
                        + "(1, 'user:ada@xn--bcher-kva.example', '1-b', '" + ada + "'), "
                        + "(1, 'user:zoe\u0301@example.com', '1-c', '" + zoe + "')");
    }

    @Test
    void aUserChangedOnlyOnTheServerIsTakenWithoutAConflict() throws Exception {
        Path old = layoutOneFile();
        Workstation team = stations.open("team");
        team.add(acme("Ada", "Ada@b\u00fccher.example"));
        assertThat(team.sync().inSync()).isTrue();
        team.add(acme("Ada Lovelace", "Ada@b\u00fccher.example"));
        assertThat(team.sync().inSync()).isTrue();

        Workstation upgraded = new Workstation(old, POUCH.client(), stations.team());
        try (upgraded) {
            SyncSummary first = upgraded.sync();

            assertThat(first.conflicts()).as("the layout-1 base is found: only the server changed Ada").isEmpty();
            assertThat(first.inSync()).isTrue();
            assertThat(upgraded.data(KEY).users()).extracting(PortalUser::name).containsExactly("Ada Lovelace", "Zoe");
        }
    }
}
