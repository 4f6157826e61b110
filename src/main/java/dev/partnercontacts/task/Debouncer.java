package dev.partnercontacts.task;

/**
 * Runs the last action given once the calls have paused for a while (a search as the user types,
 * a draft saved when typing stops). Made by a {@link Scheduler}, and stopped with it.
 */
public interface Debouncer {

    /** Schedules {@code action}, replacing one that has not run yet. */
    void call(Runnable action);

    /** Runs the scheduled action now, if there is one. */
    void flush();

    /** Drops the scheduled action, if there is one, without running it. */
    void cancel();

    /** Runs every action at once, on the calling thread: the test double. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void call(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
                // nothing is ever pending
            }

            @Override
            public void cancel() {
                // nothing is ever pending
            }
        };
    }
}
