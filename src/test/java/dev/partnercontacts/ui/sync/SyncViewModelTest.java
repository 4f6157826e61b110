package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.LogCapture;
import dev.partnercontacts.sync.AutoSyncPolicy;
import dev.partnercontacts.ui.common.SessionFixture;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.SameThreadExecutor;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.task.Tasks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync tab's decisions, with a scripted server and keychain and time moved by hand. */
class SyncViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private final FakeGateway gateway = new FakeGateway();
    private final FakeVault vault = new FakeVault();
    private SyncViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("sync.db"));
        vm = newViewModel();
    }

    private SyncViewModel newViewModel() {
        return new SyncViewModel(fx.store, fx.tasks, gateway, vault, fx.commands, fx.messages, fx.scheduler.clock(),
                new AutoSyncPolicy(fx.scheduler.clock()));
    }

    /** How long until the next automatic sync, or null when none is planned. */
    private Duration nextSyncIn() {
        return fx.scheduler.nextDelay().orElse(null);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void typeLogin() {
        vm.serverProperty().set("https://couch.example.com:6984");
        vm.userProperty().set("ada");
        vm.passwordProperty().set("s3cret");
    }

    @Test
    void withoutAServerTheStateSaysSoAndNothingIsSent() {
        assertThat(vm.stateProperty().get()).isEqualTo("Not synced: no server set up");

        assertThat(vm.syncNow()).isFalse();

        assertThat(vm.serverErrorProperty().get()).startsWith("Enter the server's address");
        assertThat(gateway.syncs).isEmpty();
    }

    @Test
    void aSuccessfulSyncSavesTheServerButNeverThePasswordInTheFile() {
        typeLogin();

        assertThat(vm.syncNow()).isTrue();

        assertThat(gateway.syncs).hasSize(1);
        assertThat(new String(gateway.syncs.get(0).password())).isEqualTo("s3cret");
        assertThat(fx.store.setting(SettingKeys.SYNC_SERVER)).contains("https://couch.example.com:6984");
        assertThat(fx.store.setting(SettingKeys.SYNC_USER)).contains("ada");
        assertThat(vault.saved).isEmpty();
        assertThat(vm.stateProperty().get()).startsWith("Synced at");
        assertThat(nextSyncIn()).as("the next automatic sync").isEqualTo(AutoSyncPolicy.EVERY);
    }

    @Test
    void rememberingPutsThePasswordInTheKeychainAndItIsReadBackAtTheNextStart() {
        typeLogin();
        vm.rememberProperty().set(true);
        vm.syncNow();
        assertThat(vault.saved).containsEntry("ada@https://couch.example.com:6984", "s3cret");

        SyncViewModel next = newViewModel();
        next.load();
        assertThat(next.passwordProperty().get()).isEqualTo("s3cret");
        assertThat(next.rememberProperty().get()).isTrue();
    }

    @Test
    void anUnreachableServerShowsOfflineWithTheChangesWaitingAndBacksOff() {
        typeLogin();
        gateway.unsent = List.of("k1", "k2");
        gateway.next = new SyncSummary(0, 0, 0, List.of(), Map.of(), FailureKind.UNREACHABLE);

        vm.syncNow();

        assertThat(vm.stateProperty().get()).isEqualTo("Offline · accounts with changes waiting: 2");
        assertThat(vm.statusProperty().get()).contains("cannot be reached");
        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.FIRST_RETRY);
        fx.scheduler.runNext();
        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.FIRST_RETRY.multipliedBy(2));
        for (int i = 0; i < 10; i++) {
            fx.scheduler.runNext();
        }
        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.LONGEST_RETRY);

        gateway.next = new SyncSummary(1, 1, 0, List.of(), Map.of(), null);
        gateway.unsent = List.of();
        fx.scheduler.runNext();
        assertThat(vm.stateProperty().get()).startsWith("Synced at");
        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.EVERY);
    }

    @Test
    void aWrongPasswordSaysSo() {
        typeLogin();
        gateway.next = new SyncSummary(0, 0, 0, List.of(), Map.of(), FailureKind.UNAUTHORIZED);

        vm.syncNow();

        assertThat(vm.statusProperty().get()).contains("(401)");
        assertThat(vm.stateProperty().get()).startsWith("Sync failed");
    }

    @Test
    void anAddressCarryingAPasswordIsRefusedAndNeverSaved() {
        typeLogin();
        vm.serverProperty().set("https://ada:s3cret@couch.example.com:6984");

        assertThat(vm.syncNow()).isFalse();

        assertThat(vm.serverErrorProperty().get()).startsWith("Leave the user name and password out of the address");
        assertThat(vm.serverErrorProperty().get()).doesNotContain("s3cret");
        assertThat(fx.store.setting(SettingKeys.SYNC_SERVER)).isEmpty();
        assertThat(gateway.syncs).isEmpty();
    }

    @Test
    void plainHttpToAnotherComputerIsAllowedWithAWarningAndToThisOneWithout() {
        typeLogin();
        vm.serverProperty().set("http://couch.example.com:5984");
        assertThat(vm.serverWarningProperty().get()).contains("couch.example.com").contains("unencrypted");
        assertThat(vm.syncNow()).isTrue();

        vm.serverProperty().set("http://127.0.0.1:5984");
        assertThat(vm.serverWarningProperty().get()).isEmpty();
        vm.serverProperty().set("https://couch.example.com:6984");
        assertThat(vm.serverWarningProperty().get()).isEmpty();
    }

    @Test
    void theDatabaseIsTheTeamsByDefaultAndSavedWhenChanged() {
        typeLogin();
        assertThat(vm.databaseProperty().get()).isEqualTo("partner-contacts");
        vm.databaseProperty().set("Not Valid");
        assertThat(vm.syncNow()).isFalse();
        assertThat(vm.serverErrorProperty().get()).startsWith("A CouchDB database name");

        vm.databaseProperty().set("team-emea");
        assertThat(vm.syncNow()).isTrue();

        assertThat(gateway.syncs.get(0).database()).isEqualTo("team-emea");
        assertThat(fx.store.setting(SettingKeys.SYNC_DATABASE)).contains("team-emea");
    }

    @Test
    void theLastSyncIsShownAfterARestart() {
        typeLogin();
        vm.syncNow();
        fx.store.putSetting(SettingKeys.SYNC_LAST_SYNCED, "2026-11-30T09:15:00Z");

        SyncViewModel next = newViewModel();
        next.load();

        assertThat(next.stateProperty().get()).startsWith("Synced at");
        assertThat(next.serverProperty().get()).isEqualTo("https://couch.example.com:6984");
    }

    @Test
    void aConflictThatDidNotChangeKeepsItsItemWhenTheListIsReadAgain() {
        typeLogin();
        dev.partnercontacts.domain.AccountData a = dev.partnercontacts.sync.SyncFixtures.account(
                dev.partnercontacts.sync.SyncFixtures.newKey());
        ConflictMerge.FieldDiff diff = new ConflictMerge.FieldDiff(ConflictMerge.Field.of(ConflictMerge.Part.NAME), "A", "B");
        Conflict first = new Conflict(a.key(), a, List.of(diff), Map.of());
        gateway.conflicts = List.of(first);
        vm.refreshLocal();
        assertThat(vm.conflicts()).containsExactly(first);
        List<javafx.collections.ListChangeListener.Change<? extends Conflict>> changes = new ArrayList<>();
        vm.conflicts().addListener((javafx.collections.ListChangeListener<Conflict>) changes::add);

        gateway.conflicts = List.of(new Conflict(a.key(), a, List.of(diff), Map.of()));
        vm.refreshLocal();

        assertThat(vm.conflicts().get(0)).isSameAs(first);
        assertThat(changes).as("the list is not rebuilt under the user").isEmpty();
    }

    @Test
    void anAccountWithUnsentChangesIsMarkedInTheSwitcherUntilTheyAreSent() {
        typeLogin();
        dev.partnercontacts.domain.AccountSummary current = fx.workspace.accountProperty().get();
        dev.partnercontacts.ui.main.AccountsViewModel switcher = new dev.partnercontacts.ui.main.AccountsViewModel(
                fx.commands, null, fx.messages, vm.unsentAccounts());
        gateway.unsent = List.of(current.key());
        vm.refreshLocal();
        assertThat(switcher.display(current)).endsWith("· changes not sent yet");

        gateway.unsent = List.of();
        vm.syncNow();

        assertThat(switcher.display(current)).doesNotContain("not sent");
    }

    @Test
    void aLocalChangeSchedulesASyncSoon() {
        typeLogin();
        vm.syncNow();

        fx.commands.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });

        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.AFTER_CHANGE);
    }

    @Test
    void anUnexpectedFailureIsShownAndTheNextAutomaticSyncStillComes() {
        typeLogin();
        gateway.unexpected = new IllegalStateException("a bug, not the server");

        vm.syncNow();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).startsWith("Sync failed");
        assertThat(nextSyncIn()).as("backs off and tries again").isEqualTo(AutoSyncPolicy.FIRST_RETRY);

        gateway.unexpected = null;
        fx.scheduler.runNext();
        assertThat(gateway.syncs).hasSize(2);
        assertThat(vm.stateProperty().get()).startsWith("Synced at");
        assertThat(nextSyncIn()).isEqualTo(AutoSyncPolicy.EVERY);
    }

    @Test
    void aResolutionIsNotStoredWhileASyncIsUnderWay() {
        HeldExecutor network = new HeldExecutor();
        Tasks tasks = new Tasks(fx.tasks.writer(), fx.tasks.background(), network, fx.scheduler);
        SyncViewModel held = new SyncViewModel(fx.store, tasks, gateway, vault, fx.commands, fx.messages,
                fx.scheduler.clock(), new AutoSyncPolicy(fx.scheduler.clock()));
        held.serverProperty().set("https://couch.example.com:6984");
        held.userProperty().set("ada");
        held.passwordProperty().set("s3cret");
        dev.partnercontacts.domain.AccountData a = dev.partnercontacts.sync.SyncFixtures.account(
                dev.partnercontacts.sync.SyncFixtures.newKey());
        ConflictMerge.FieldDiff diff = new ConflictMerge.FieldDiff(ConflictMerge.Field.of(ConflictMerge.Part.NAME), "A", "B");
        Conflict conflict = new Conflict(a.key(), a, List.of(diff), Map.of());
        held.syncNow();
        assertThat(held.busyProperty().get()).isTrue();

        assertThat(held.resolve(conflict, Map.of())).isFalse();

        assertThat(gateway.resolved).as("nothing stored while the sync runs").isEmpty();
        assertThat(held.statusProperty().get()).isEqualTo("Wait until the sync under way has ended, then try again.");
        network.runAll();
        assertThat(held.busyProperty().get()).isFalse();

        assertThat(held.resolve(conflict, Map.of())).isTrue();
        assertThat(gateway.resolved).containsExactly(conflict.key());
        assertThat(held.busyProperty().get()).as("the sync that sends the resolution runs").isTrue();
        assertThat(held.syncNow()).as("and nothing else starts meanwhile").isFalse();
        network.runAll();
        assertThat(held.busyProperty().get()).isFalse();
        assertThat(gateway.syncs).hasSize(2);
    }

    @Test
    void aFailureToReadTheWaitingChangesIsLogged() {
        FakeGateway broken = new FakeGateway() {
            @Override
            public List<String> unsentAccounts() {
                throw new IllegalStateException("the sync tables cannot be read");
            }
        };
        SyncViewModel model = new SyncViewModel(fx.store, fx.tasks, broken, vault, fx.commands, fx.messages,
                fx.scheduler.clock(), new AutoSyncPolicy(fx.scheduler.clock()));
        try (LogCapture log = new LogCapture()) {
            model.refreshLocal();

            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("ERROR").contains("the sync tables cannot be read").contains("\tat "));
        }
    }

    @Test
    void aSyncAskedForAfterTheNetworkThreadClosedIsNotThrown() {
        SameThreadExecutor closed = new SameThreadExecutor();
        closed.close();
        SyncViewModel model = new SyncViewModel(fx.store, new Tasks(fx.tasks.writer(), fx.tasks.background(), closed,
                fx.scheduler), gateway, vault, fx.commands, fx.messages, fx.scheduler.clock(),
                new AutoSyncPolicy(fx.scheduler.clock()));
        model.serverProperty().set("https://couch.example.com:6984");
        model.userProperty().set("ada");
        model.passwordProperty().set("s3cret");

        assertThat(model.syncNow()).isTrue();

        assertThat(gateway.syncs).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void onceStoppedNoTimerIsLeftAndChangesScheduleNothing() {
        typeLogin();
        vm.syncNow();
        assertThat(fx.scheduler.pending()).isEqualTo(1);

        vm.stop();
        fx.commands.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });

        assertThat(fx.scheduler.pending()).isZero();
    }

    /** Holds the tasks given to it until the test runs them, as a busy network thread would. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<BackgroundTask<?>> held = new ArrayList<>();
        private final SameThreadExecutor direct = new SameThreadExecutor();

        @Override
        public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
            held.add(task);
            return task;
        }

        void runAll() {
            List<BackgroundTask<?>> now = List.copyOf(held);
            held.clear();
            now.forEach(direct::execute);
        }
    }
}
