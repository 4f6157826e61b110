package dev.partnercontacts.task;

/**
 * Runs {@link BackgroundTask}s, one after the other in the order given, on a thread of its own
 * (a {@link Lane} of {@link Workers}), or at once on the calling thread ({@link SameThreadExecutor},
 * for tests). Call it on the FX thread.
 */
public interface TaskExecutor {

    /**
     * Queues the task behind those given before and returns it, so that it can be cancelled.
     * When this executor no longer takes work (it was closed), the task ends as cancelled — its
     * {@code onCancelled} and {@code onFinished} run — and nothing is thrown.
     */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);
}
