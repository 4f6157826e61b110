package dev.partnercontacts.task;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread and its queue: tasks run one at a time in the order they were given, and
 * their outcomes are handed to the FX thread. {@link Workers} makes the application's lanes.
 */
final class Lane implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);

    /** What closing does with the work still queued. */
    enum OnClose {
        /** Queued work still runs (writes must reach the file); the thread then ends. */
        FINISH_QUEUED,
        /** Queued work ends as cancelled and running work is interrupted (network requests). */
        INTERRUPT
    }

    /** How long a thread without work waits before it ends. */
    private static final Duration IDLE = Duration.ofSeconds(10);

    private final String name;
    private final OnClose onClose;
    private final Executor fx;
    private final ThreadPoolExecutor executor;

    /**
     * @param name   the thread's name, as the log shows it
     * @param daemon whether the JVM may end while this thread still works
     * @param fx     where callbacks run: the FX thread
     */
    Lane(String name, boolean daemon, OnClose onClose, Executor fx) {
        this.name = name;
        this.onClose = onClose;
        this.fx = fx;
        this.executor = new ThreadPoolExecutor(1, 1, IDLE.toMillis(), TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(daemon);
            t.setUncaughtExceptionHandler((thread, e) ->
                    LOG.error("The {} thread stopped on an error", thread.getName(), e));
            return t;
        });
        // An idle thread ends (and comes back with the next task): a JVM whose windows failed to
        // open is not kept alive by a thread that has nothing to do.
        executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        Runnable job = new Job<>(task);
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            refuse(task);
        }
        return task;
    }

    private <T> void refuse(BackgroundTask<T> task) {
        LOG.warn("Work for the {} thread arrived after it was closed and was not run", name);
        BackgroundTask.Outcome<T> refused = task.refuse();
        fx.execute(() -> task.deliver(refused));
    }

    /** Takes no more work; never waits. See {@link OnClose} for what happens to queued work. */
    void close() {
        if (onClose == OnClose.FINISH_QUEUED) {
            executor.shutdown();
        } else {
            executor.shutdownNow().forEach(job -> ((Job<?>) job).refused());
        }
    }

    /** Waits until the thread has ended; off the FX thread only. Returns false on timeout. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return executor.isShutdown();
    }

    private final class Job<T> implements Runnable {
        private final BackgroundTask<T> task;

        Job(BackgroundTask<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            BackgroundTask.Outcome<T> outcome = task.runWork(fx);
            fx.execute(() -> task.deliver(outcome));
        }

        void refused() {
            refuse(task);
        }
    }
}
