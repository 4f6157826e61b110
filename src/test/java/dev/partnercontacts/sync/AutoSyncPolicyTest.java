package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.StepClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the app syncs by itself, with the clock moved by hand. */
class AutoSyncPolicyTest {

    private final StepClock clock = new StepClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final AutoSyncPolicy policy = new AutoSyncPolicy(clock);

    @Test
    void nothingIsPlannedBeforeTheLoginIsKnown() {
        assertThat(policy.nextAt()).isEmpty();
        assertThat(policy.isDue()).isFalse();
    }

    @Test
    void aFirstSyncSoonAfterTheLoginThenEveryFiveMinutes() {
        policy.loginReady();
        assertThat(policy.nextIn()).contains(AutoSyncPolicy.AFTER_LOGIN);

        clock.advance(AutoSyncPolicy.AFTER_LOGIN);
        assertThat(policy.isDue()).isTrue();
        policy.succeeded();

        assertThat(policy.nextIn()).contains(Duration.ofMinutes(5));
        assertThat(policy.isDue()).isFalse();
    }

    @Test
    void aChangeHereBringsTheNextSyncForwardButNeverPutsItOff() {
        policy.succeeded();
        clock.advance(Duration.ofMinutes(1));
        policy.changedHere();
        assertThat(policy.nextIn()).contains(Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(5));
        policy.changedHere();
        assertThat(policy.nextIn()).as("a second change keeps the earlier time").contains(Duration.ofSeconds(5));
    }

    @Test
    void failuresBackOffFromThirtySecondsToFifteenMinutes() {
        policy.loginReady();
        Duration[] waits = new Duration[8];
        for (int i = 0; i < waits.length; i++) {
            policy.failed();
            waits[i] = policy.nextIn().orElseThrow();
            clock.advance(waits[i]);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(15));

        policy.succeeded();
        assertThat(policy.nextIn()).contains(Duration.ofMinutes(5));
        policy.failed();
        assertThat(policy.nextIn()).as("the back-off starts again after a success").contains(Duration.ofSeconds(30));
    }

    @Test
    void aChangeDoesNotMakeAnUnreachableServerBeAskedMoreOften() {
        policy.failed();
        policy.failed();
        assertThat(policy.nextIn()).contains(Duration.ofMinutes(1));

        policy.changedHere();

        assertThat(policy.nextIn()).contains(Duration.ofMinutes(1));
    }

    @Test
    void onceStoppedNothingIsPlanned() {
        policy.loginReady();
        policy.stop();
        policy.failed();
        policy.succeeded();
        policy.changedHere();

        assertThat(policy.nextAt()).isEmpty();
    }
}
