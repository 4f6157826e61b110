package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whatever the gate builds, it takes down: opening and closing it again and again, for new
 * accounts and when an incomplete account comes back, keeps neither the earlier gates nor their
 * forms (each kept ~8 MB before the form's listeners on the account's users were released), and
 * starts no thread that stays. The long version is {@code GateSoakBenchmark}.
 */
class GateLeakUiTest {

    private static final int WARM_UP = 10;
    private static final int OPENINGS = 40;
    /** What 40 openings may add: the accounts they create, caches, and noise. One leaking gate kept ~8 MB. */
    private static final long ALLOWED_GROWTH = 6L * 1024 * 1024;

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void openingAndClosingTheGateKeepsNothing() throws Exception {
        app = apps.driver("leak.db");
        GateSoak soak = GateSoak.start(app);
        for (int i = 0; i < WARM_UP; i++) {
            soak.openAndClose(3);
        }
        long before = GateSoak.retainedHeap();
        int threadsBefore = GateSoak.threads();

        for (int i = 0; i < OPENINGS; i++) {
            soak.openAndClose(3);
        }
        long after = GateSoak.retainedHeap();

        assertThat(soak.gatesAlive()).as("gates still reachable of %d opened (the last closed one may stay)",
                soak.openings()).isLessThanOrEqualTo(1);
        assertThat(after - before).as("retained heap after %d more openings: %s → %s", OPENINGS,
                GateSoak.mb(before), GateSoak.mb(after)).isLessThan(ALLOWED_GROWTH);
        assertThat(GateSoak.threads()).as("live threads").isLessThanOrEqualTo(threadsBefore);
    }

    @Test
    void rowsOfSupportHoursBuiltAgainLetGoOfTheOldOnes() throws Exception {
        app = apps.driver("rows.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#add-opsSupport").tryQuery()).isPresent());
        javafx.scene.control.Button add = app.inGate("add-opsSupport", javafx.scene.control.Button.class);
        app.robot().interact(add::fire);
        java.lang.ref.WeakReference<javafx.scene.Node> firstRow = new java.lang.ref.WeakReference<>(app.inGate("opsSupport-0-MON"));

        // Each added or removed window builds the rows again; the old rows' day toggles must go.
        for (int i = 0; i < 3; i++) {
            app.robot().interact(add::fire);
            javafx.scene.control.Button remove = app.inGate("opsSupport-remove-1", javafx.scene.control.Button.class);
            app.robot().interact(remove::fire);
        }
        GateSoak.retainedHeap();

        assertThat(firstRow.get()).as("the first row's day toggle, after the rows were built again").isNull();
    }
}
