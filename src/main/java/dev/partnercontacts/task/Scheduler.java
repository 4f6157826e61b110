package dev.partnercontacts.task;

import java.time.Duration;

/**
 * Runs actions later on the FX thread: once after a delay, repeatedly, or debounced. Whoever owns
 * a scheduler owns the timers made with it: {@link #close()} stops every one of them, and a
 * closed scheduler schedules nothing (so no timer outlives the windows that made it). Call it on
 * the FX thread. {@link ManualScheduler} is the test double, with time moved by hand.
 */
public interface Scheduler extends AutoCloseable {

    /** Runs {@code action} once, {@code delay} from now. */
    Scheduled after(Duration delay, Runnable action);

    /** Runs {@code action} every {@code period}, the first time one period from now, until cancelled. */
    Scheduled every(Duration period, Runnable action);

    /** A debouncer that waits {@code delay} after the last call. */
    Debouncer debouncer(Duration delay);

    /** Stops every timer made with this scheduler; later requests are ignored. Never waits. */
    @Override
    void close();

    /** True once closed. */
    boolean isClosed();

    /** A debouncer over any scheduler: the pending action runs once the calls pause for {@code delay}. */
    static Debouncer debouncer(Scheduler scheduler, Duration delay) {
        return new Debouncer() {
            private Runnable pending;
            private Scheduled timer = Scheduled.NONE;

            @Override
            public void call(Runnable action) {
                pending = action;
                timer.cancel();
                timer = scheduler.after(delay, this::flush);
            }

            @Override
            public void flush() {
                timer.cancel();
                timer = Scheduled.NONE;
                Runnable action = pending;
                pending = null;
                if (action != null) {
                    action.run();
                }
            }

            @Override
            public void cancel() {
                timer.cancel();
                timer = Scheduled.NONE;
                pending = null;
            }
        };
    }
}
