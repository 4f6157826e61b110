package dev.partnercontacts.task;

/**
 * What a window's view-models use to run work: the three executors of {@link Workers} and the
 * scheduler of its timers. {@link #sameThread()} is the test double.
 *
 * @param writer     the one writer of the data file (drafts, submits, users, settings)
 * @param background backups, exports, imports, the system keychain
 * @param network    the sync server
 * @param scheduler  timers on the FX thread, stopped when the windows close
 */
public record Tasks(TaskExecutor writer, TaskExecutor background, TaskExecutor network, Scheduler scheduler) {

    /** Everything at once on the calling thread, with time moved by hand ({@link ManualScheduler}). */
    public static Tasks sameThread() {
        return sameThread(new ManualScheduler());
    }

    /** Everything at once on the calling thread, with the given scheduler. */
    public static Tasks sameThread(Scheduler scheduler) {
        SameThreadExecutor direct = new SameThreadExecutor();
        return new Tasks(direct, direct, direct, scheduler);
    }
}
