package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.sync.AutoSyncPolicy;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sync tab's status line tells the truth about the last sync without hiding the last one
 * that changed something: after a start from the server, the next automatic sync's "nothing
 * new" does not replace "250 received".
 */
class SyncStatusLineTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private final FakeGateway gateway = new FakeGateway();
    private SyncViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("sync.db"));
        vm = new SyncViewModel(fx.store, fx.tasks, gateway, new FakeVault(), fx.commands, fx.messages,
                fx.scheduler.clock(), new AutoSyncPolicy(fx.scheduler.clock()));
        vm.serverProperty().set("https://couch.example.com:6984");
        vm.userProperty().set("ada");
        vm.passwordProperty().set("s3cret");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aSyncThatChangesNothingKeepsTheLastChangeInView() {
        gateway.next = new SyncSummary(0, 0, 250, List.of(), Map.of(), null);
        vm.syncNow();
        String received = vm.statusProperty().get();
        assertThat(received).startsWith("Synced at ").endsWith(": no accounts sent, 250 received, no conflicts.");

        gateway.next = new SyncSummary(0, 0, 0, List.of(), Map.of(), null);
        fx.scheduler.runNext();

        assertThat(gateway.syncs).hasSize(2);
        assertThat(vm.statusProperty().get()).startsWith("In sync at ")
                .endsWith(": nothing to send or receive. Last change at "
                        + received.substring("Synced at ".length(), received.length() - 1) + ".");
    }

    @Test
    void withNoChangeYetItSaysSoAndAFailureIsNeverHidden() {
        vm.syncNow();
        assertThat(vm.statusProperty().get()).startsWith("In sync at ").endsWith(": nothing to send or receive.");

        gateway.next = new SyncSummary(0, 0, 0, List.of(), Map.of(), FailureKind.UNREACHABLE);
        fx.scheduler.runNext();
        assertThat(vm.statusProperty().get()).contains("cannot be reached");

        gateway.next = new SyncSummary(1, 1, 1, List.of("k"), Map.of(), null);
        fx.scheduler.runNext();
        assertThat(vm.statusProperty().get()).endsWith(": one account sent, one received, one conflict.");
    }
}
