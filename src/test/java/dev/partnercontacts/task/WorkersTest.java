package dev.partnercontacts.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker threads with real threads; the FX thread is played by the test, which runs what
 * was handed to it ({@link #fx(int)}), so every callback's thread and order can be checked.
 */
class WorkersTest {

    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Workers workers = new Workers(fxQueue::add);
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        workers.close(() -> { });
        workers.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code count} callbacks handed to the "FX thread", waiting for each. */
    private void fx(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Runnable next = fxQueue.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("callback %d of %d arrived", i + 1, count).isNotNull();
            next.run();
        }
    }

    @Test
    void workRunsOnItsThreadInOrderAndTheCallbacksOnTheFxThread() throws Exception {
        for (int i = 0; i < 3; i++) {
            int n = i;
            workers.writer().execute(BackgroundTask.of(() -> Thread.currentThread().getName() + " " + n)
                    .onSuccess(seen::add)
                    .onFinished(() -> seen.add("finished " + n)));
        }
        fx(3);

        assertThat(seen).containsExactly("writer 0", "finished 0", "writer 1", "finished 1", "writer 2", "finished 2");
    }

    @Test
    void eachKindOfWorkHasAThreadOfItsOwnSoAWriteNeverWaitsBehindABackup() throws Exception {
        CountDownLatch backupMayEnd = new CountDownLatch(1);
        workers.background().execute(BackgroundTask.ofAction(() -> backupMayEnd.await())
                .onFinished(() -> seen.add("backup done")));
        workers.network().execute(BackgroundTask.of(() -> Thread.currentThread().getName()).onSuccess(seen::add));
        workers.writer().execute(BackgroundTask.of(() -> Thread.currentThread().getName()).onSuccess(seen::add));

        fx(2);
        assertThat(seen).containsExactlyInAnyOrder("network", "writer");
        backupMayEnd.countDown();
        fx(1);
        assertThat(seen).last().isEqualTo("backup done");
    }

    @Test
    void aFailureReachesItsCallbackAndOneWithoutACallbackIsLoggedWithItsStackTrace() throws Exception {
        List<Exception> failures = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            workers.writer().execute(BackgroundTask.of(() -> {
                throw new IllegalStateException("disk on fire");
            }).onFailure(failures::add).onSuccess(r -> seen.add("success")).onFinished(() -> seen.add("finished")));
            workers.writer().execute(BackgroundTask.ofAction(() -> {
                throw new IllegalStateException("nobody listens");
            }));
            fx(2);

            assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("disk on fire");
            assertThat(seen).containsExactly("finished");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("ERROR")
                    .contains("nobody listens").contains("\tat "));
        }
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRunsAndSaysSo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        workers.writer().execute(BackgroundTask.ofAction(release::await));
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTask<Void> task = workers.writer().execute(BackgroundTask.ofAction(() -> ran.set(true))
                .onCancelled(() -> seen.add("cancelled"))
                .onFinished(() -> seen.add("finished")));

        task.cancel();
        release.countDown();
        fx(2);

        assertThat(ran).isFalse();
        assertThat(seen).containsExactly("cancelled", "finished");
    }

    @Test
    void longWorkReportsItsProgressAndSeesACancel() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<Progress.Step> steps = new ArrayList<>();
        BackgroundTask<Integer> task = workers.background().execute(BackgroundTask.withProgress(progress -> {
            progress.update(1, 10);
            reported.countDown();
            cancelled.await();
            return progress.isCancelled() ? -1 : 10;
        }).onProgress(steps::add).onSuccess(n -> seen.add("success")).onCancelled(() -> seen.add("cancelled")));
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        fx(1);
        assertThat(steps).containsExactly(new Progress.Step(1, 10));

        task.cancel();
        cancelled.countDown();
        fx(1);

        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void workGivenAfterCloseEndsAsCancelledWithoutAnException() throws Exception {
        workers.close(() -> seen.add("file closed"));
        try (LogCapture log = new LogCapture()) {
            workers.writer().execute(BackgroundTask.ofAction(() -> seen.add("ran"))
                    .onCancelled(() -> seen.add("cancelled"))
                    .onFinished(() -> seen.add("finished")));
            workers.network().execute(BackgroundTask.ofAction(() -> seen.add("ran")).onCancelled(() -> seen.add("cancelled")));
            fx(3);

            assertThat(seen).contains("file closed", "cancelled", "finished").doesNotContain("ran");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("after it was closed"));
        }
    }

    @Test
    void closingNeverWaitsQueuedWritesStillRunAndTheFileClosesLast() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        workers.writer().execute(BackgroundTask.ofAction(() -> {
            release.await();
            order.add("draft");
        }));
        workers.writer().execute(BackgroundTask.ofAction(() -> order.add("window places")));
        workers.background().execute(BackgroundTask.ofAction(() -> order.add("backup")));

        long start = System.nanoTime();
        workers.close(() -> order.add("file closed"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMillis).as("close returns at once").isLessThan(1_000);
        assertThat(workers.closed().toCompletableFuture().isDone()).isFalse();
        release.countDown();
        workers.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(order).containsSubsequence("draft", "window places", "file closed");
        assertThat(order).containsSubsequence("backup", "file closed");
    }

    @Test
    void closingInterruptsTheNetworkButLetsTheFileCloseAfterIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        workers.network().execute(BackgroundTask.ofAction(() -> {
            started.countDown();
            new CountDownLatch(1).await(); // a network call that never answers: only an interrupt ends it
        }).onCancelled(() -> seen.add("sync cancelled")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        workers.close(() -> { });

        workers.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fx(2);
        assertThat(seen).contains("sync cancelled");
    }

    @Test
    void anErrorIsNotCaughtItEndsTheThreadAndIsLoggedWithItsStackTrace() throws Exception {
        try (LogCapture log = new LogCapture()) {
            workers.background().execute(BackgroundTask.ofAction(() -> {
                throw new StackOverflowError("deep");
            }).onFailure(e -> seen.add("failure")).onFinished(() -> seen.add("finished")));
            workers.background().execute(BackgroundTask.of(() -> "next").onSuccess(seen::add));
            fx(1);

            assertThat(seen).as("no callback hears of an Error; the next task still runs").containsExactly("next");
            // Logged by the dying thread, which may come after the next task has run on a new one.
            assertThat(log.awaitLine(line -> line.contains("StackOverflowError"), Duration.ofSeconds(10)))
                    .anySatisfy(line -> assertThat(line).startsWith("ERROR")
                    .contains("background").contains("StackOverflowError").contains("\tat "));
        }
    }
}
