package dev.partnercontacts.task;

/**
 * The test double of {@link TaskExecutor}: runs each task's work and then its callbacks at once,
 * on the calling thread, so view-models are tested without threads or the FX toolkit. After
 * {@link #close()} it refuses work as a closed {@link Lane} does.
 */
public final class SameThreadExecutor implements TaskExecutor, AutoCloseable {

    private boolean closed;

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.deliver(closed ? task.refuse() : task.runWork(Runnable::run));
        return task;
    }

    /** Takes no more work: later tasks end as cancelled. */
    @Override
    public void close() {
        closed = true;
    }
}
