package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits, without sleeping, until a thread is blocked. */
final class AwaitState {

    private AwaitState() {
    }

    /** Returns once {@code thread} is in {@code state}; fails after 30 s. */
    static void until(Thread thread, Thread.State state) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (thread.getState() != state && thread.isAlive() && System.nanoTime() < deadline) {
            Thread.yield();
        }
        assertThat(thread.getState()).as(thread.getName()).isEqualTo(state);
    }
}
