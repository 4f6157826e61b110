package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two SQLite "workstations" syncing through one real PouchDB Server with {@link SqliteSyncStore}. */
class SqliteSyncStoreTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();

    @TempDir
    Path dir;

    private final String key = SyncFixtures.newKey();
    private Workstation a;
    private Workstation b;

    private Workstation a() {
        if (a == null) {
            a = new Workstation(dir.resolve("a.db"), POUCH.client());
        }
        return a;
    }

    private Workstation b() {
        if (b == null) {
            b = new Workstation(dir.resolve("b.db"), POUCH.client());
        }
        return b;
    }

    @AfterEach
    void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static void assertSame(AccountData x, AccountData y) {
        assertThat(ConflictMerge.diff(x, y)).isEmpty();
    }

    /** A has the account and pushed it; B pulled it. */
    private void shared(AccountData account) {
        a().add(account);
        assertThat(a().engine.syncAll(false).pushedDocs()).isEqualTo(1 + account.users().size());
        assertThat(b().engine.syncAccounts(List.of(key)).pulledAccounts()).isEqualTo(1);
    }

    @Test
    void twoWorkstationsEditingTheSameAccountConverge() {
        a().add(SyncFixtures.account(key));
        assertThat(a().engine.syncAll(false).pushedAccounts()).isEqualTo(1);
        assertThat(b().engine.syncAll(true).pulledAccounts()).as("found on the server").isGreaterThanOrEqualTo(1);
        assertSame(b().data(key), a().data(key));
        assertThat(b().pending(key)).as("a pull is not a local change").isZero();

        b().rename(key, "Acme Tours Milano");
        assertThat(b().pending(key)).isPositive();
        assertThat(b().engine.syncAll(false).pushedDocs()).isEqualTo(1);
        assertThat(b().store.pendingChanges()).isZero();
        SyncSummary pulled = a().engine.syncAll(false);

        assertThat(pulled.pulledAccounts()).isEqualTo(1);
        assertThat(a().data(key).details().settings().name()).isEqualTo("Acme Tours Milano");
        assertSame(a().data(key), b().data(key));
        assertThat(a().pending(key)).isZero();
        assertThat(a().engine.syncAll(false).pushedDocs()).as("nothing left to send").isZero();
        List<HistoryEntry> history = a().accounts.history(HistoryQuery.latest(a().id(key), 100));
        assertThat(history).anySatisfy(h -> {
            assertThat(h.change().kind()).isEqualTo(Change.Kind.SETTING_CHANGED);
            assertThat(h.change().after()).isEqualTo("Acme Tours Milano");
            assertThat(h.author()).as("the remote submitter").isEqualTo(Workstation.ACTOR);
        });
    }

    @Test
    void pulledUsersAreMatchedByAddressAndAlertContactsFollowThem() {
        AccountData account = SyncFixtures.account(key);
        shared(account);
        long adaOnB = b().data(key).users().stream().filter(u -> u.email().equals("ada@example.com")).findFirst().orElseThrow().id();

        a().accounts.addUser(a().id(key), "Nia New", "NIA@example.com", UserRole.READ_ONLY, Workstation.ACTOR);
        a().engine.syncAll(false);
        b().engine.syncAll(false);

        AccountData onB = b().data(key);
        assertThat(onB.users()).extracting(PortalUser::email).contains("ada@example.com", "NIA@example.com");
        assertThat(onB.users().stream().filter(u -> u.email().equals("ada@example.com")).findFirst().orElseThrow().id())
                .as("the same stored user").isEqualTo(adaOnB);
        assertThat(onB.details().alertUserIds()).containsExactly(adaOnB);
        assertThat(b().accounts.history(HistoryQuery.latest(b().id(key), 100)))
                .anySatisfy(h -> {
                    assertThat(h.change().kind()).isEqualTo(Change.Kind.USER_ADDED);
                    assertThat(h.author()).isEqualTo(SqliteSyncStore.SERVER);
                });
    }

    @Test
    void aPullThatSwitchesToProductionWithoutAlertContactsLocksTheAccountLocally() {
        AccountData account = SyncFixtures.account(key);
        AccountSettings s = account.details().settings();
        AccountData sandbox = new AccountData(key, account.details()
                .withSettings(new AccountSettings(s.name(), s.partnerId(), s.integration(), Environment.SANDBOX))
                .withAlertUserIds(List.of()), account.users(), account.submittedAt(), account.submittedBy());
        shared(sandbox);
        assertThat(summary(b())).as("complete before").isTrue();

        a().submit(key, d -> d.withSettings(new AccountSettings(s.name(), s.partnerId(), s.integration(), Environment.PRODUCTION)));
        a().engine.syncAll(false);
        b().engine.syncAll(false);

        assertThat(b().data(key).details().settings().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(summary(b())).as("alert contacts are now missing").isFalse();
    }

    private boolean summary(Workstation w) {
        return w.accounts.accounts().stream().filter(x -> x.key().equals(key)).findFirst().map(AccountSummary::complete).orElseThrow();
    }

    /** A and B change the same account; A syncs first, so B finds the conflict. */
    private void conflictOnB() {
        shared(SyncFixtures.account(key));
        a().submit(key, d -> d.withSettings(new AccountSettings("Name from A", "111", d.settings().integration(),
                d.settings().environment())));
        b().submit(key, d -> d.withSettings(new AccountSettings("Name from B", d.settings().partnerId(),
                d.settings().integration(), d.settings().environment()))
                .withContacts(Role.OPS_FOR_USERS, List.of(new Contact("help@b.example", "", ""))));
        a().engine.syncAll(false);

        SyncSummary onB = b().engine.syncAll(false);

        assertThat(onB.conflicts()).containsExactly(key);
        assertThat(b().data(key).details().settings().name()).as("nothing overwritten").isEqualTo("Name from B");
        assertThat(b().pending(key)).isPositive();
    }

    @Test
    void aConflictIsStoredInTheFileAndSurvivesAReopen() {
        conflictOnB();
        b.close();
        b = null;

        List<Conflict> conflicts = b().store.conflicts();

        assertThat(conflicts).hasSize(1);
        Conflict c = conflicts.get(0);
        assertThat(c.local().details().settings().name()).isEqualTo("Name from B");
        assertThat(c.remote().details().settings().name()).isEqualTo("Name from A");
        assertThat(c.base().details().settings().name()).isEqualTo("Acme Tours");
        assertThat(c.differences()).extracting(ConflictMerge.FieldDiff::field)
                .contains(Field.NAME, Field.PARTNER_ID, Field.OPS_FOR_USERS);
        assertThat(b().engine.syncAll(false).conflicts()).as("still waiting").containsExactly(key);
    }

    @Test
    void aConflictResolvedKeepingLocalIsPushed() {
        conflictOnB();

        b().engine.resolve(key, Map.of());
        SyncSummary pushed = b().engine.syncAll(false);
        a().engine.syncAll(false);

        assertThat(pushed.inSync()).isTrue();
        assertThat(b().store.conflicts()).isEmpty();
        assertThat(a().data(key).details().settings().name()).isEqualTo("Name from B");
        assertSame(a().data(key), b().data(key));
    }

    @Test
    void aConflictResolvedKeepingRemoteTakesTheServersVersion() {
        conflictOnB();

        Map<Field, Side> remote = new java.util.EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            remote.put(f, Side.REMOTE);
        }
        b().engine.resolve(key, remote);
        SyncSummary after = b().engine.syncAll(false);

        assertThat(after.inSync()).isTrue();
        assertThat(after.pushedDocs()).as("the server has it already").isZero();
        assertThat(b().pending(key)).isZero();
        assertThat(b().data(key).details().settings().name()).isEqualTo("Name from A");
        assertSame(b().data(key), a().data(key));
    }

    @Test
    void aConflictResolvedPerFieldMergesBothSides() {
        conflictOnB();

        b().engine.resolve(key, Map.of(Field.NAME, Side.REMOTE, Field.PARTNER_ID, Side.REMOTE));
        b().engine.syncAll(false);
        a().engine.syncAll(false);

        AccountData merged = a().data(key);
        assertThat(merged.details().settings().name()).isEqualTo("Name from A");
        assertThat(merged.details().settings().partnerId()).isEqualTo("111");
        assertThat(merged.details().contacts(Role.OPS_FOR_USERS).get(0).email()).isEqualTo("help@b.example");
        assertSame(a().data(key), b().data(key));
    }

    @Test
    void everyKindOfLocalChangeRaisesTheOutboxAndAPullDoesNot() {
        Workstation w = a();
        AccountSummary created = w.accounts.createAccount(Workstation.ACTOR);
        String k = created.key();
        long id = created.id();
        assertThat(w.pending(k)).as("a new blank account waits for its first submit").isZero();
        assertThat(w.store.accountKeys()).as("and is not pushed").doesNotContain(k);

        long seq = 0;
        PortalUser ada = w.accounts.addUser(id, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, Workstation.ACTOR);
        seq = grew(w, k, seq);
        PortalUser ed = w.accounts.addUser(id, "Ed", "ed@example.com", UserRole.EDITOR, Workstation.ACTOR);
        seq = grew(w, k, seq);
        w.accounts.changeUserRole(id, ed.id(), UserRole.READ_ONLY, Workstation.ACTOR);
        seq = grew(w, k, seq);
        w.accounts.changeUserRole(id, ed.id(), UserRole.READ_ONLY, Workstation.ACTOR);
        assertThat(w.pending(k)).as("the same role again changes nothing").isEqualTo(seq);
        w.accounts.removeUser(id, ed.id(), Workstation.ACTOR);
        seq = grew(w, k, seq);
        w.accounts.submit(id, SyncFixtures.account(k).details().withAlertUserIds(List.of(ada.id())), Workstation.ACTOR);
        seq = grew(w, k, seq);
        w.accounts.submit(id, w.accounts.loadStored(id), Workstation.ACTOR);
        assertThat(w.pending(k)).as("a submit that changes nothing").isEqualTo(seq);
        w.accounts.saveDraft(id, w.accounts.loadStored(id).withSettings(AccountSettings.NEW));
        assertThat(w.pending(k)).as("a draft never leaves the workstation").isEqualTo(seq);
        w.add(SyncFixtures.renamed(w.data(k), "Imported name"));
        seq = grew(w, k, seq);
        assertThat(w.store.pendingChanges()).isEqualTo(1);

        assertThat(w.engine.syncAll(false).inSync()).isTrue();
        assertThat(w.pending(k)).isZero();
        assertThat(w.store.pendingChanges()).isZero();
        assertThat(b().engine.syncAccounts(List.of(k)).pulledAccounts()).isEqualTo(1);
        assertThat(b().pending(k)).as("pulled, not changed locally").isZero();
        assertThat(b().store.pendingChanges()).isZero();
    }

    private static long grew(Workstation w, String key, long before) {
        long now = w.pending(key);
        assertThat(now).isGreaterThan(before);
        return now;
    }

    @Test
    void anEditWhileASyncRunsIsNotOverwritten() {
        shared(SyncFixtures.account(key));
        long seq = a().pending(key);
        a().rename(key, "Edited meanwhile");
        long newer = a().pending(key);

        boolean stored = a().store.applyPull(key, seq, new PullUpdate(SyncFixtures.renamed(a().data(key), "From server"),
                Map.of(), "1", null));
        a().store.markPushed(key, Map.of(), seq);

        assertThat(stored).isFalse();
        assertThat(a().data(key).details().settings().name()).isEqualTo("Edited meanwhile");
        assertThat(a().pending(key)).as("the newer change still waits").isEqualTo(newer);
    }
}
