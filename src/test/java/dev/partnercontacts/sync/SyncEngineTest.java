package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Part;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite "workstations" syncing through one team database on a real PouchDB Server (layout 2). */
class SyncEngineTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    private final String key = SyncFixtures.newKey();

    private static void assertSame(AccountData x, AccountData y) {
        assertThat(ConflictMerge.merge(x, null, y).conflicts()).isEmpty();
        assertThat(CouchDocuments.toDocs(x)).isEqualTo(CouchDocuments.toDocs(y));
    }

    /** Every workstation has the account as {@code a} first sent it. */
    private void shared(Workstation a, Workstation... others) {
        a.add(SyncFixtures.account(key));
        assertThat(a.sync().inSync()).isTrue();
        for (Workstation o : others) {
            assertThat(o.sync().pulledAccounts()).isEqualTo(1);
        }
    }

    private ObjectNode onServer(String id) throws CouchException {
        return POUCH.client().get(stations.team(), id).orElseThrow();
    }

    private void settings(Workstation w, String name, String partnerId) {
        w.submit(key, d -> d.withSettings(new AccountSettings(name == null ? d.settings().name() : name,
                partnerId == null ? d.settings().partnerId() : partnerId, d.settings().integration(), d.settings().environment())));
    }

    @Test
    void theDocumentsAreTheContractsLayout() throws CouchException {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));

        SyncSummary s = a.sync();

        assertThat(s.inSync()).isTrue();
        assertThat(s.pushedDocs()).isEqualTo(3);
        ObjectNode account = onServer("account:" + key);
        assertThat(account.path("type").asText()).isEqualTo("account");
        assertThat(account.path("key").asText()).isEqualTo(key);
        assertThat(account.has("users")).isFalse();
        ObjectNode ada = onServer("user:" + key + ":ada@example.com");
        assertThat(ada.path("type").asText()).isEqualTo("user");
        assertThat(ada.path("key").asText()).isEqualTo(key);
        assertThat(ada.path("role").asText()).isEqualTo("administrator");
        assertThat(a.pending(key)).isZero();
    }

    @Test
    void threeWorkstationsEditingDifferentFieldsConvergeWithoutAConflict() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        Workstation c = stations.open("c");
        shared(a, b, c);

        settings(a, "Name from A", null);
        settings(b, null, "777");
        c.submit(key, d -> d.withSupportHours(new SupportHours(true, List.of())));
        List<SyncSummary> first = List.of(a.sync(), b.sync(), c.sync());
        List<SyncSummary> second = List.of(a.sync(), b.sync(), c.sync());

        assertThat(first).allSatisfy(s -> assertThat(s.conflicts()).isEmpty());
        assertThat(second).allSatisfy(s -> assertThat(s.inSync()).isTrue());
        for (Workstation w : List.of(a, b, c)) {
            AccountData data = w.data(key);
            assertThat(data.details().settings().name()).isEqualTo("Name from A");
            assertThat(data.details().settings().partnerId()).isEqualTo("777");
            assertThat(data.details().supportHours().allWeek()).isTrue();
            assertThat(w.pending(key)).isZero();
        }
        assertSame(a.data(key), c.data(key));
        assertThat(a.accounts.history(HistoryQuery.latest(a.id(key), 100))).anySatisfy(h -> {
            assertThat(h.change().kind()).isEqualTo(Change.Kind.SETTING_CHANGED);
            assertThat(h.change().after()).isEqualTo("777");
        });
    }

    /** A and B both change the name; B also the partner ID, A the ops-for-users contact. A syncs first. */
    private Conflict conflictOnB(Workstation a, Workstation b) {
        shared(a, b);
        settings(a, "Name from A", null);
        a.submit(key, d -> d.withContacts(Role.OPS_FOR_USERS, List.of(new Contact("help@a.example", "", ""))));
        settings(b, "Name from B", "999");
        assertThat(a.sync().inSync()).isTrue();

        SyncSummary onB = b.sync();

        assertThat(onB.conflicts()).containsExactly(key);
        assertThat(onB.exitStatus()).isEqualTo(3);
        assertThat(b.data(key).details().settings().name()).as("nothing overwritten").isEqualTo("Name from B");
        List<Conflict> conflicts = b.store.conflicts();
        assertThat(conflicts).hasSize(1);
        Conflict c = conflicts.get(0);
        assertThat(c.fields()).extracting(ConflictMerge.FieldDiff::field).containsExactly(Field.of(Part.NAME));
        assertThat(c.fields().get(0).local()).isEqualTo("Name from B");
        assertThat(c.fields().get(0).remote()).isEqualTo("Name from A");
        assertThat(c.merged().details().settings().partnerId()).as("merged already").isEqualTo("999");
        assertThat(c.merged().details().contacts(Role.OPS_FOR_USERS).get(0).email()).isEqualTo("help@a.example");
        assertThat(b.sync().conflicts()).as("still waiting for a decision").containsExactly(key);
        return c;
    }

    @Test
    void theSameFieldChangedOnTwoIsOneConflictResolvedKeepingThisWorkstations() throws CouchException {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        conflictOnB(a, b);

        b.engine.resolve(key, Map.of());
        assertThat(b.sync().inSync()).isTrue();
        assertThat(a.sync().inSync()).isTrue();

        assertThat(a.data(key).details().settings().name()).isEqualTo("Name from B");
        assertThat(a.data(key).details().settings().partnerId()).isEqualTo("999");
        assertThat(b.data(key).details().contacts(Role.OPS_FOR_USERS).get(0).email()).isEqualTo("help@a.example");
        assertSame(a.data(key), b.data(key));
        assertThat(onServer("account:" + key).path("name").asText()).isEqualTo("Name from B");
    }

    @Test
    void theSameFieldChangedOnTwoResolvedKeepingTheServers() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        conflictOnB(a, b);

        b.engine.resolve(key, Map.of(Field.of(Part.NAME), Side.REMOTE));
        assertThat(b.sync().inSync()).isTrue();
        assertThat(a.sync().inSync()).isTrue();

        assertThat(b.data(key).details().settings().name()).isEqualTo("Name from A");
        assertThat(a.data(key).details().settings().partnerId()).as("B's other change arrives").isEqualTo("999");
        assertSame(a.data(key), b.data(key));
        assertThat(b.store.conflicts()).isEmpty();
    }

    @Test
    void twoConflictingFieldsAreResolvedEachTheirOwnWay() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        shared(a, b);
        settings(a, "Name from A", "111");
        settings(b, "Name from B", "222");
        a.sync();
        Conflict c = b.sync().conflicts().isEmpty() ? null : b.store.conflicts().get(0);
        assertThat(c).isNotNull();
        assertThat(c.fields()).extracting(ConflictMerge.FieldDiff::field)
                .containsExactly(Field.of(Part.NAME), Field.of(Part.PARTNER_ID));

        b.engine.resolve(key, Map.of(Field.of(Part.NAME), Side.REMOTE, Field.of(Part.PARTNER_ID), Side.LOCAL));
        b.sync();
        a.sync();

        assertThat(a.data(key).details().settings().name()).isEqualTo("Name from A");
        assertThat(a.data(key).details().settings().partnerId()).isEqualTo("222");
        assertSame(a.data(key), b.data(key));
    }

    @Test
    void usersAddedOnTwoWorkstationsAreTwoUsersAndARemovalMeetsAChangeAsAConflict() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        shared(a, b);
        a.accounts.addUser(a.id(key), "Nia New", "nia@example.com", UserRole.READ_ONLY, Workstation.ACTOR);
        b.accounts.addUser(b.id(key), "Bo Other", "bo@example.com", UserRole.EDITOR, Workstation.ACTOR);
        assertThat(a.sync().inSync()).isTrue();
        assertThat(b.sync().inSync()).isTrue();
        assertThat(a.sync().inSync()).isTrue();
        assertThat(a.data(key).users()).extracting(PortalUser::email)
                .containsExactlyInAnyOrder("ada@example.com", "ed@example.com", "nia@example.com", "bo@example.com");
        assertSame(a.data(key), b.data(key));

        long edOnA = a.data(key).users().stream().filter(u -> u.email().equals("ed@example.com")).findFirst().orElseThrow().id();
        long edOnB = b.data(key).users().stream().filter(u -> u.email().equals("ed@example.com")).findFirst().orElseThrow().id();
        a.accounts.removeUser(a.id(key), edOnA, Workstation.ACTOR);
        b.accounts.changeUserRole(b.id(key), edOnB, UserRole.READ_ONLY, Workstation.ACTOR);
        a.sync();
        SyncSummary onB = b.sync();

        assertThat(onB.conflicts()).containsExactly(key);
        assertThat(b.store.conflicts().get(0).fields()).extracting(ConflictMerge.FieldDiff::field)
                .containsExactly(new Field(Part.USER, "ed@example.com"));
    }

    @Test
    void aPulledUserKeepsTheLocalIdAndAlertContactsFollowByAddress() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        shared(a, b);
        long adaOnB = b.data(key).users().stream().filter(u -> u.email().equals("ada@example.com")).findFirst().orElseThrow().id();

        a.accounts.addUser(a.id(key), "Nia New", "NIA@example.com", UserRole.READ_ONLY, Workstation.ACTOR);
        a.sync();
        b.sync();

        AccountData onB = b.data(key);
        assertThat(onB.users()).extracting(PortalUser::email).contains("ada@example.com", "NIA@example.com");
        assertThat(onB.details().alertUserIds()).containsExactly(adaOnB);
        assertThat(b.pending(key)).as("a pull is not a local change").isZero();
    }

    @Test
    void aPullThatSwitchesToProductionWithoutAlertContactsLocksTheAccount() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        AccountData account = SyncFixtures.account(key);
        AccountSettings s = account.details().settings();
        a.add(new AccountData(key, account.details().withSettings(new AccountSettings(s.name(), s.partnerId(),
                s.integration(), Environment.SANDBOX)).withAlertUserIds(List.of()), account.users(),
                account.submittedAt(), account.submittedBy()));
        a.sync();
        b.sync();
        assertThat(complete(b)).isTrue();

        a.submit(key, d -> d.withSettings(new AccountSettings(s.name(), s.partnerId(), s.integration(), Environment.PRODUCTION)));
        a.sync();
        b.sync();

        assertThat(complete(b)).as("the merge goes through the gate: alert contacts are now missing").isFalse();
    }

    private boolean complete(Workstation w) {
        return w.accounts.accounts().stream().filter(x -> x.key().equals(key)).findFirst().map(AccountSummary::complete).orElseThrow();
    }

    @Test
    void theSameContentFromTwoWorkstationsIsOneAccountNotAConflict() throws CouchException {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        a.add(SyncFixtures.account(key));
        b.add(SyncFixtures.account(key));

        assertThat(a.sync().inSync()).isTrue();
        SyncSummary onB = b.sync();

        assertThat(onB.inSync()).isTrue();
        assertThat(onB.pushedDocs()).as("the server holds it already").isZero();
        assertThat(b.pending(key)).isZero();
        assertThat(onServer("account:" + key).path("_rev").asText()).startsWith("1-");
    }

    @Test
    void designAndForeignDocumentsAreLeftAloneAndNeverStopASync() throws Exception {
        assertThat(POUCH.admin("PUT", stations.team() + "/_design/rules", "{\"views\":{}}")).isBetween(200, 201);
        assertThat(POUCH.admin("PUT", stations.team() + "/admin-note", "{\"text\":\"call Ada on Monday\"}")).isBetween(200, 201);
        assertThat(POUCH.admin("PUT", stations.team() + "/account:not-a-key", "{\"name\":42}")).isBetween(200, 201);
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        a.add(SyncFixtures.account(key));

        SyncSummary sent = a.sync();
        SyncSummary received = b.sync();

        assertThat(sent.inSync()).isTrue();
        assertThat(received.inSync()).isTrue();
        assertThat(b.accounts.findByKey(key)).isPresent();
        assertThat(b.accounts.accounts()).extracting(AccountSummary::key).doesNotContain("not-a-key");
        assertThat(POUCH.client().get(stations.team(), "_design/rules")).isPresent();
        assertThat(POUCH.client().get(stations.team(), "admin-note")).isPresent();
    }

    @Test
    void dataOnTheServerThatBreaksTheRulesIsNotAppliedAndOtherAccountsStillSync() throws Exception {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        shared(a, b);
        String other = SyncFixtures.newKey();
        a.add(SyncFixtures.account(other));
        a.sync();
        ObjectNode bad = onServer("account:" + key);
        bad.put("partnerId", "not digits");
        assertThat(POUCH.client().bulkDocs(stations.team(), List.of(bad)).get(0).ok()).isTrue();

        SyncSummary onB = b.sync();

        assertThat(onB.failures()).containsExactly(Map.entry(key, FailureKind.INVALID_DATA));
        assertThat(b.data(key).details().settings().partnerId()).isEqualTo("12345");
        assertThat(b.accounts.findByKey(other)).as("the other account arrived").isPresent();
    }

    @Test
    void aSyncWithNothingChangedIsOneChangesRequestWhateverTheNumberOfAccounts() {
        Workstation a = stations.open("a");
        for (int i = 0; i < 30; i++) {
            a.add(SyncFixtures.account(SyncFixtures.newKey()));
        }
        SyncSummary first = a.sync();
        assertThat(first.pushedAccounts()).isEqualTo(30);
        assertThat(first.requests()).as("one _bulk_docs for 90 documents, then the pull of the next round").isLessThanOrEqualTo(6);

        SyncSummary idle = a.sync();

        assertThat(idle.inSync()).isTrue();
        assertThat(idle.requests()).isEqualTo(1);
    }

    @Test
    void eachAccountsStateIsReadFromTheFile() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        conflictOnB(a, b);
        String other = SyncFixtures.newKey();
        a.add(SyncFixtures.account(other));

        Map<Long, AccountSyncState> onA = a.store.accountStates();
        Map<Long, AccountSyncState> onB = b.store.accountStates();

        assertThat(onA.get(a.id(key))).satisfies(s -> {
            assertThat(s.unsent()).isFalse();
            assertThat(s.conflict()).isFalse();
            assertThat(s.lastSynced()).isEqualTo(a.store.lastSynced()).isPresent();
        });
        assertThat(onA.get(a.id(other)).unsent()).isTrue();
        assertThat(onA.get(a.id(other)).lastSynced()).isEmpty();
        assertThat(onB.get(b.id(key)).conflict()).isTrue();
    }

    @Test
    void anEditMadeWhileAMergeWaitsIsNeitherOverwrittenNorLost() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        shared(a, b);
        settings(a, "Renamed on A", null);
        a.sync();
        b.accounts.addUser(b.id(key), "Nia New", "nia@example.com", UserRole.READ_ONLY, Workstation.ACTOR);

        assertThat(b.sync().inSync()).isTrue();
        a.sync();

        assertThat(b.data(key).details().settings().name()).isEqualTo("Renamed on A");
        assertThat(a.data(key).users()).extracting(PortalUser::email).contains("nia@example.com");
        assertSame(a.data(key), b.data(key));
    }

    @Test
    void aConflictIsStoredInTheFileAndSurvivesAReopen() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        conflictOnB(a, b);
        stations.close(b);

        Workstation again = stations.open("b");

        assertThat(again.store.conflicts()).singleElement().satisfies(c -> assertThat(c.fields()).hasSize(1));
        assertThat(again.sync().conflicts()).containsExactly(key);
    }
}
