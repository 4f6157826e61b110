package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.LogCapture;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.sync.AutoSyncPolicy;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.InvalidResolution;
import dev.partnercontacts.sync.SyncFixtures;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conflict's choice that breaks the form's rules (no Administrator left) is a person's choice,
 * not a fault: the status says what it breaks, nothing is logged as an error, no sync starts.
 */
class ConflictChoiceRefusedTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aChoiceLeavingNoAdministratorIsRefusedWithTheRuleItBreaks() {
        fx = new SessionFixture(dir.resolve("sync.db"));
        FakeGateway gateway = new FakeGateway();
        gateway.onResolve = () -> {
            throw new InvalidResolution(List.of(Problem.of(new FieldPath.InDocument("users[0].role"), "error.user.firstAdmin")));
        };
        SyncViewModel vm = new SyncViewModel(fx.store, fx.tasks, gateway, new FakeVault(), fx.commands, fx.messages,
                fx.scheduler.clock(), new AutoSyncPolicy(fx.scheduler.clock()));
        AccountData a = SyncFixtures.account(SyncFixtures.newKey());
        Conflict conflict = new Conflict(a.key(), a, List.of(new ConflictMerge.FieldDiff(
                ConflictMerge.Field.of(ConflictMerge.Part.NAME), "A", "B")), Map.of());

        try (LogCapture log = new LogCapture()) {
            assertThat(vm.resolve(conflict, Map.of())).isTrue();

            assertThat(vm.statusProperty().get()).isEqualTo(
                    "That choice was not stored: it leaves the account without an Administrator. "
                            + "Keep at least one Administrator and choose again; the conflict still waits.");
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(gateway.syncs).isEmpty();
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR"));
        }
    }
}
