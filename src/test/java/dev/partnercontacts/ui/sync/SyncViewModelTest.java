package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.Scheduler;
import dev.partnercontacts.ui.common.SessionFixture;
import dev.partnercontacts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    private final ManualScheduler scheduler = new ManualScheduler();
    private SyncViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("sync.db"));
        vm = new SyncViewModel(fx.store, TaskRunner.direct(), gateway, vault, fx.session, fx.messages, Runnable::run,
                scheduler, Clock.systemDefaultZone());
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
        assertThat(scheduler.pending()).as("the next automatic sync").isEqualTo(SyncViewModel.EVERY);
    }

    @Test
    void rememberingPutsThePasswordInTheKeychainAndItIsReadBackAtTheNextStart() {
        typeLogin();
        vm.rememberProperty().set(true);
        vm.syncNow();
        assertThat(vault.saved).containsEntry("ada@https://couch.example.com:6984", "s3cret");

        SyncViewModel next = new SyncViewModel(fx.store, TaskRunner.direct(), gateway, vault, fx.session, fx.messages,
                Runnable::run, scheduler, Clock.systemDefaultZone());
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
        assertThat(scheduler.pending()).isEqualTo(SyncViewModel.FIRST_RETRY);
        scheduler.runPending();
        assertThat(scheduler.pending()).isEqualTo(SyncViewModel.FIRST_RETRY.multipliedBy(2));
        for (int i = 0; i < 10; i++) {
            scheduler.runPending();
        }
        assertThat(scheduler.pending()).isEqualTo(SyncViewModel.LONGEST_RETRY);

        gateway.next = new SyncSummary(1, 1, 0, List.of(), Map.of(), null);
        gateway.unsent = List.of();
        scheduler.runPending();
        assertThat(vm.stateProperty().get()).startsWith("Synced at");
        assertThat(scheduler.pending()).isEqualTo(SyncViewModel.EVERY);
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

        SyncViewModel next = new SyncViewModel(fx.store, TaskRunner.direct(), gateway, vault, fx.session, fx.messages,
                Runnable::run, scheduler, Clock.systemDefaultZone());
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
        dev.partnercontacts.domain.AccountSummary current = fx.session.accountProperty().get();
        dev.partnercontacts.ui.main.AccountsViewModel switcher = new dev.partnercontacts.ui.main.AccountsViewModel(
                fx.session, null, fx.messages, vm.unsentAccounts());
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

        fx.session.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });

        assertThat(scheduler.pending()).isEqualTo(SyncViewModel.AFTER_CHANGE);
    }

    /** A server that answers what the test says, at once. */
    private static final class FakeGateway implements SyncGateway {
        final List<Login> syncs = new ArrayList<>();
        SyncSummary next = new SyncSummary(0, 0, 0, List.of(), Map.of(), null);
        List<String> unsent = List.of();
        List<Conflict> conflicts = List.of();

        @Override
        public CompletableFuture<SyncSummary> sync(Login login) {
            syncs.add(login);
            return CompletableFuture.completedFuture(next);
        }

        @Override
        public CompletableFuture<List<Conflict>> conflicts() {
            return CompletableFuture.completedFuture(conflicts);
        }

        @Override
        public CompletableFuture<Optional<java.time.Instant>> lastSynced() {
            return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public CompletableFuture<List<String>> unsentAccounts() {
            return CompletableFuture.completedFuture(unsent);
        }

        @Override
        public CompletableFuture<Void> resolve(String key, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private static final class FakeVault implements PasswordVault {
        final Map<String, String> saved = new HashMap<>();

        @Override
        public Optional<String> read(String server, String user) {
            return Optional.ofNullable(saved.get(user + "@" + server));
        }

        @Override
        public void save(String server, String user, String password) {
            saved.put(user + "@" + server, password);
        }

        @Override
        public void forget(String server, String user) {
            saved.remove(user + "@" + server);
        }
    }

    /** Keeps the last thing scheduled; runs it when told. */
    private static final class ManualScheduler implements Scheduler {
        private Duration delay;
        private Runnable action;

        @Override
        public Scheduled schedule(Duration d, Runnable a) {
            delay = d;
            action = a;
            return () -> {
                delay = null;
                action = null;
            };
        }

        Duration pending() {
            return delay;
        }

        void runPending() {
            Runnable a = action;
            delay = null;
            action = null;
            a.run();
        }
    }
}
