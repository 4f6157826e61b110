package dev.partnercontacts.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of blocking work (disk, network, keychain) and what to do with its outcome, the one
 * way the application runs anything off the FX thread. Build it, attach callbacks, then hand it
 * to a {@link TaskExecutor}:
 *
 * <pre>{@code
 * executor.execute(BackgroundTask.of(() -> store.accounts())
 *         .onSuccess(accounts::setAll)
 *         .onFailure(e -> status.set(FailureText.of(messages, e)))
 *         .onFinished(() -> busy.set(false)));
 * }</pre>
 *
 * <p>The work runs on the executor's thread; every callback runs on the FX thread (on the calling
 * thread with {@link SameThreadExecutor}), in this order: exactly one of success, failure or
 * cancellation, then {@code onFinished}. A task whose executor is closed, or that was cancelled
 * before its work started, ends as cancelled: nothing is ever dropped without its callbacks
 * hearing of it. Only {@link Exception}s are failures; an {@link Error} is never caught and ends
 * the worker thread (logged with its stack trace by {@link Lane}).
 *
 * <p>A task runs once. Callbacks are set on the FX thread before {@code execute}.
 *
 * @param <T> what the work returns ({@link Void} for none)
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** Work that can report progress and see whether it was cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Progress.Step> latest = new AtomicReference<>();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private Consumer<Progress.Step> onProgress = step -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** A task that returns what {@code work} returns. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> work.call());
    }

    /** A task without a result. */
    public static BackgroundTask<Void> ofAction(Action work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> {
            work.run();
            return null;
        });
    }

    /** A long task: it reports its progress and checks {@link Progress#isCancelled()} between steps. */
    public static <T> BackgroundTask<T> withProgress(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Runs with the result, on the FX thread. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Runs with the exception, on the FX thread. Without it, a failure is logged as an error with
     * its stack trace; with it, the callback decides what the user sees and what is logged.
     */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> action) {
        onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs when the task was cancelled or its executor closed before the work ran to its end. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs last, whatever the outcome: success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished = Objects.requireNonNull(action);
        return this;
    }

    /** Receives the work's progress on the FX thread; steps reported faster than it runs are merged into the latest. */
    public BackgroundTask<T> onProgress(Consumer<Progress.Step> action) {
        onProgress = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Asks the task to stop: work not started yet never starts; running work sees
     * {@link Progress#isCancelled()} and may stop early. Either way the task ends as cancelled,
     * even if its work completes. Call it on the FX thread.
     */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    // ---- for the executors ----

    /** What the work came to, handed from the worker thread to the FX thread. */
    sealed interface Outcome<T> {
        record Done<T>(T result) implements Outcome<T> {
        }

        record Failed<T>(Exception failure) implements Outcome<T> {
        }

        record Cancelled<T>() implements Outcome<T> {
        }
    }

    /**
     * Runs the work on the calling thread (the executor's). {@code fx} delivers progress.
     *
     * @throws IllegalStateException when the task was run before
     */
    Outcome<T> runWork(java.util.concurrent.Executor fx) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A background task runs once");
        }
        if (cancelled.get()) {
            return new Outcome.Cancelled<>();
        }
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                if (latest.getAndSet(new Step(done, total)) == null) {
                    fx.execute(() -> {
                        Step step = latest.getAndSet(null);
                        if (step != null && !cancelled.get()) {
                            onProgress.accept(step);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        try {
            T result = work.call(progress);
            return cancelled.get() ? new Outcome.Cancelled<>() : new Outcome.Done<>(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Cancelled<>();
        } catch (Exception e) {
            return cancelled.get() ? new Outcome.Cancelled<>() : new Outcome.Failed<>(e);
        }
    }

    /** Marks a task that will never run (its executor is closed). */
    Outcome<T> refuse() {
        started.set(true);
        return new Outcome.Cancelled<>();
    }

    /** Runs the callbacks for the outcome; on the FX thread. */
    void deliver(Outcome<T> outcome) {
        try {
            switch (outcome) {
                case Outcome.Done<T> done -> onSuccess.accept(done.result());
                case Outcome.Failed<T> failed -> {
                    if (onFailure == null) {
                        LOG.error("Background work failed", failed.failure());
                    } else {
                        onFailure.accept(failed.failure());
                    }
                }
                case Outcome.Cancelled<T> c -> onCancelled.run();
            }
        } finally {
            onFinished.run();
        }
    }
}
