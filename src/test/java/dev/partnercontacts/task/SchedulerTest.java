package dev.partnercontacts.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers and debouncing, with time moved by hand; and the same-thread executor. */
class SchedulerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> ran = new ArrayList<>();

    @Test
    void aTimerRunsOnceWhenItsTimeComesAndNotWhenCancelled() {
        scheduler.after(Duration.ofSeconds(10), () -> ran.add("ten"));
        Scheduled five = scheduler.after(Duration.ofSeconds(5), () -> ran.add("five"));
        five.cancel();

        scheduler.advance(Duration.ofSeconds(9));
        assertThat(ran).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("ten");
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(ran).containsExactly("ten");
    }

    @Test
    void aRepeatingTimerRunsEveryPeriodUntilCancelled() {
        Scheduled every = scheduler.every(Duration.ofMinutes(5), () -> ran.add("tick"));

        scheduler.advance(Duration.ofMinutes(16));
        assertThat(ran).hasSize(3);
        every.cancel();
        scheduler.advance(Duration.ofHours(1));
        assertThat(ran).hasSize(3);
    }

    @Test
    void aDebouncerRunsTheLastActionOncePausedAndFlushesOrDropsOnDemand() {
        Debouncer typing = scheduler.debouncer(Duration.ofMillis(400));
        typing.call(() -> ran.add("A"));
        scheduler.advance(Duration.ofMillis(300));
        typing.call(() -> ran.add("Ac"));
        scheduler.advance(Duration.ofMillis(300));
        typing.call(() -> ran.add("Acme"));
        scheduler.advance(Duration.ofMillis(400));
        assertThat(ran).containsExactly("Acme");

        typing.call(() -> ran.add("flushed"));
        typing.flush();
        assertThat(ran).containsExactly("Acme", "flushed");
        typing.call(() -> ran.add("dropped"));
        typing.cancel();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("Acme", "flushed");
    }

    @Test
    void closingStopsEveryTimerAndAClosedSchedulerStartsNone() {
        scheduler.after(Duration.ofSeconds(1), () -> ran.add("once"));
        scheduler.every(Duration.ofSeconds(1), () -> ran.add("every"));
        Debouncer typing = scheduler.debouncer(Duration.ofSeconds(1));
        typing.call(() -> ran.add("typed"));

        scheduler.close();
        scheduler.after(Duration.ofSeconds(1), () -> ran.add("after close"));
        typing.call(() -> ran.add("typed after close"));
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(scheduler.pending()).isZero();
        assertThat(ran).isEmpty();
        assertThat(scheduler.isClosed()).isTrue();
    }

    @Test
    void theSameThreadExecutorRunsWorkAndCallbacksAtOnceAndRefusesOnceClosed() {
        SameThreadExecutor direct = new SameThreadExecutor();
        direct.execute(BackgroundTask.of(() -> "work").onSuccess(ran::add).onFinished(() -> ran.add("finished")));
        assertThat(ran).containsExactly("work", "finished");

        direct.close();
        direct.execute(BackgroundTask.of(() -> "late").onSuccess(ran::add).onCancelled(() -> ran.add("cancelled")));
        assertThat(ran).containsExactly("work", "finished", "cancelled");
    }
}
