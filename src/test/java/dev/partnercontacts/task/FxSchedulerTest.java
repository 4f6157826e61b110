package dev.partnercontacts.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The FX thread's timers: they run there, and none outlives {@link FxScheduler#close()}. */
class FxSchedulerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aTimerRunsOnTheFxThreadAndClosingStopsTheRest() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        FxScheduler scheduler = WaitForAsyncUtils.asyncFx(FxScheduler::new).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            scheduler.after(Duration.ofMillis(20), () -> ran.add(Platform.isFxApplicationThread() ? "on FX" : "elsewhere"));
            scheduler.after(Duration.ofHours(1), () -> ran.add("an hour later"));
            scheduler.every(Duration.ofHours(1), () -> ran.add("hourly"));
            scheduler.debouncer(Duration.ofHours(1)).call(() -> ran.add("typed"));
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.contains("on FX"));
        int pending = WaitForAsyncUtils.asyncFx(scheduler::pending).get(10, TimeUnit.SECONDS);
        assertThat(pending).isEqualTo(3);

        WaitForAsyncUtils.asyncFx(scheduler::close).get(10, TimeUnit.SECONDS);
        int afterClose = WaitForAsyncUtils.asyncFx(() -> {
            scheduler.after(Duration.ofMillis(1), () -> ran.add("after close"));
            return scheduler.pending();
        }).get(10, TimeUnit.SECONDS);

        assertThat(afterClose).isZero();
        assertThat(ran).containsExactly("on FX");
    }
}
