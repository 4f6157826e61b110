package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.task.Threads;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's integrity check of a {@link Database} that runs after its opening
 * ({@link Database#openCheckingLater}), on a thread of its own, and what waits for it: it starts
 * when the application says (after its first frame: on two cores it would slow that frame down)
 * or when something must wait for it. A database checked before it was opened has one that has
 * passed.
 */
final class IntegrityCheck {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityCheck.class);

    /** Threads reading what the first window needs before the check has passed. */
    private static final ThreadLocal<Boolean> BEFORE_CHECK = ThreadLocal.withInitial(() -> false);

    private final Path file;
    private final CompletableFuture<Void> verdict;
    /** Runs the check once: on {@link #start()}, or when someone must wait for it. */
    private final Runnable launch;
    private final AtomicBoolean started = new AtomicBoolean();

    private IntegrityCheck(Path file, CompletableFuture<Void> verdict, Runnable launch) {
        this.file = file;
        this.verdict = verdict;
        this.launch = launch;
    }

    /** The check of a file that was checked before it was opened. */
    static IntegrityCheck passed(Path file) {
        return new IntegrityCheck(file, CompletableFuture.completedFuture(null), () -> { });
    }

    /**
     * The check of {@code file} ({@link FileCheck#checkIntegrity}), run by {@code executor} once
     * {@link #start()} is called or someone waits for it; {@code onPass} runs on the checking
     * thread when it passes, before anything waiting goes on, and may fail it.
     */
    static IntegrityCheck later(Path file, Runnable onPass, Executor executor) {
        CompletableFuture<Void> verdict = new CompletableFuture<>();
        return new IntegrityCheck(file, verdict, () -> executor.execute(() -> {
            try {
                FileCheck.checkIntegrity(file);
                onPass.run();
                verdict.complete(null);
            } catch (StorageException e) {
                LOG.warn("The database {} failed its integrity check: {}", file, e.getMessage());
                verdict.completeExceptionally(e);
            } catch (RuntimeException e) {
                verdict.completeExceptionally(new StorageException(Kind.FAILED,
                        "The integrity check of " + file + " failed: " + e, file, e));
            }
        }));
    }

    /** Starts the check, unless it has started (or was never needed). */
    void start() {
        if (started.compareAndSet(false, true)) {
            launch.run();
        }
    }

    /** A thread of its own for each check. */
    static Executor ownThread() {
        return Threads.ownDaemonThread("storage-check");
    }

    CompletionStage<Void> stage() {
        return verdict.minimalCompletionStage();
    }

    /** True when the check has passed. */
    boolean hasPassed() {
        return verdict.isDone() && !verdict.isCompletedExceptionally();
    }

    /**
     * Before this thread touches the file: waits for the check unless it has passed or this
     * thread reads inside {@link #before}.
     *
     * @throws StorageException the check's verdict when it failed
     */
    void awaitUnlessReadingFirst() {
        if (hasPassed() || (!verdict.isDone() && BEFORE_CHECK.get())) {
            return;
        }
        await();
    }

    /**
     * Waits for the check; never called on the FX thread (nothing there touches the file).
     *
     * @throws StorageException the check's verdict when it failed
     */
    void await() {
        start();
        try {
            verdict.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StorageException se) {
                throw new StorageException(se.kind(), se.getMessage(), file, se);
            }
            throw new StorageException(Kind.FAILED, "The integrity check of " + file + " failed", file, e.getCause());
        }
    }

    /** Runs {@code reads} on this thread, which then need not wait for a check that is still running. */
    static <T> T before(Supplier<T> reads) {
        boolean was = BEFORE_CHECK.get();
        BEFORE_CHECK.set(true);
        try {
            return reads.get();
        } finally {
            BEFORE_CHECK.set(was);
        }
    }
}
