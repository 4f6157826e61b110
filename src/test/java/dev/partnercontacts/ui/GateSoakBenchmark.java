package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The soak: 500 openings and closings of the contact gate through the real window (one in five
 * for a new account, the others re-locks: the switcher going to an incomplete account), then
 * 1,000 switches between two complete accounts. Prints the heap retained after full collections
 * and the live threads after the first 50 openings, after 500, and after the switches; fails
 * when the end is more than 10 MB above the figure after 50, or a thread was added.
 *
 * <p>Not part of {@code mvn verify} (its name does not end in Test); {@code GateLeakUiTest} is the
 * short version that is. Run, headless, about ten minutes:
 * {@code mvn -B test -Dtest=GateSoakBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GateSoakBenchmark {

    private static final int FIRST = 50;
    private static final int OPENINGS = 500;
    private static final int SWITCHES = 1_000;
    private static final long ALLOWED_GROWTH = 10L * 1024 * 1024;

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void fiveHundredGatesAndAThousandSwitchesKeepTheHeapAndThreadsFlat() throws Exception {
        app = apps.driver("soak.db");
        GateSoak soak = GateSoak.start(app);
        long start = System.nanoTime();

        for (int i = 0; i < FIRST; i++) {
            soak.openAndClose(5);
        }
        long afterFirst = GateSoak.retainedHeap();
        int threadsFirst = GateSoak.threads();
        report("after %d gate openings".formatted(FIRST), afterFirst, threadsFirst, start);

        for (int i = FIRST; i < OPENINGS; i++) {
            soak.openAndClose(5);
        }
        long afterOpenings = GateSoak.retainedHeap();
        int threadsOpenings = GateSoak.threads();
        report("after %d gate openings".formatted(OPENINGS), afterOpenings, threadsOpenings, start);

        for (int i = 0; i < SWITCHES; i++) {
            soak.switchOnce();
        }
        long afterSwitches = GateSoak.retainedHeap();
        int threadsSwitches = GateSoak.threads();
        report("after %,d account switches more".formatted(SWITCHES), afterSwitches, threadsSwitches, start);

        assertThat(soak.gatesAlive()).as("gates still reachable").isLessThanOrEqualTo(1);
        assertThat(afterOpenings - afterFirst).as("growth over %d openings", OPENINGS - FIRST).isLessThan(ALLOWED_GROWTH);
        assertThat(afterSwitches - afterFirst).as("growth to the end").isLessThan(ALLOWED_GROWTH);
        assertThat(threadsOpenings).isLessThanOrEqualTo(threadsFirst);
        assertThat(threadsSwitches).isLessThanOrEqualTo(threadsFirst);
    }

    private static void report(String when, long heap, int threads, long start) {
        System.out.printf("GateSoakBenchmark %-36s retained heap %9s, %3d live threads (%s in)%n", when,
                GateSoak.mb(heap), threads, Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
    }
}
