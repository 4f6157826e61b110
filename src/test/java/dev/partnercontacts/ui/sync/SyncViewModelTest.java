package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.CouchException;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.Scheduler;
import dev.partnercontacts.ui.common.SessionFixture;
import dev.partnercontacts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
        gateway.pending = 2;
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
        gateway.pending = 0;
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
    void serverAccountsAreListedAndAddedByKey() {
        typeLogin();
        String key = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
        gateway.serverKeys = List.of(key);

        vm.findServerAccounts();
        assertThat(vm.serverAccounts()).containsExactly(key);

        assertThat(vm.addAccount("not a key")).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("An account key looks like");
        assertThat(vm.addAccount(key.toUpperCase(java.util.Locale.ROOT))).isTrue();
        assertThat(gateway.syncedKeys.get(gateway.syncedKeys.size() - 1)).containsExactly(key);
        assertThat(vm.serverAccounts()).isEmpty();
    }

    @Test
    void aServerThatRefusesToListAccountsSaysWhy() {
        typeLogin();
        gateway.listFailure = new CouchException(FailureKind.FORBIDDEN, "no");

        vm.findServerAccounts();

        assertThat(vm.statusProperty().get()).contains("(403)");
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
        final List<Collection<String>> syncedKeys = new ArrayList<>();
        SyncSummary next = new SyncSummary(0, 0, 0, List.of(), Map.of(), null);
        int pending;
        List<String> serverKeys = List.of();
        CouchException listFailure;

        @Override
        public CompletableFuture<SyncSummary> sync(Login login, Collection<String> keys) {
            syncs.add(login);
            syncedKeys.add(List.copyOf(keys));
            return CompletableFuture.completedFuture(next);
        }

        @Override
        public CompletableFuture<List<String>> serverAccounts(Login login) {
            return listFailure == null ? CompletableFuture.completedFuture(serverKeys)
                    : CompletableFuture.failedFuture(new java.util.concurrent.CompletionException(listFailure));
        }

        @Override
        public CompletableFuture<List<Conflict>> conflicts() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Integer> pendingChanges() {
            return CompletableFuture.completedFuture(pending);
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
