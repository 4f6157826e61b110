package dev.partnercontacts.task;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's worker threads, one per kind of work, so that no kind waits behind another:
 * <ul>
 *   <li>{@link #writer()} — the one writer of the data file: drafts, submits, users, settings,
 *       in the order they were made;</li>
 *   <li>{@link #background()} — backups, exports, imports and the system keychain (which may wait
 *       on a desktop prompt), off the write path;</li>
 *   <li>{@link #network()} — the sync server.</li>
 * </ul>
 * Made once by the composition root and kept for the application's life (the windows may be
 * built again, the threads stay). {@link #close} never waits: queued writes and backups still
 * run, network work is interrupted, and then the given last step (closing the data file) runs.
 */
public final class Workers {

    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);
    /** How long closing gives the sync thread to notice it was interrupted before the file closes. */
    private static final Duration NETWORK_GRACE = Duration.ofSeconds(5);

    private final Lane writer;
    private final Lane background;
    private final Lane network;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    /** @param fx where callbacks run: the FX thread */
    public Workers(Executor fx) {
        // Not daemons: a write or backup still queued when the windows close finishes before the JVM ends.
        writer = new Lane("writer", false, Lane.OnClose.FINISH_QUEUED, fx);
        background = new Lane("background", false, Lane.OnClose.FINISH_QUEUED, fx);
        network = new Lane("network", true, Lane.OnClose.INTERRUPT, fx);
    }

    /** Workers whose callbacks run on the FX thread (dropped once the toolkit has exited). */
    public static Workers onFxThread() {
        return new Workers(action -> {
            try {
                Platform.runLater(action);
            } catch (IllegalStateException e) {
                LOG.debug("The toolkit has exited; a callback was dropped");
            }
        });
    }

    public TaskExecutor writer() {
        return writer;
    }

    public TaskExecutor background() {
        return background;
    }

    public TaskExecutor network() {
        return network;
    }

    /** The three executors and {@code scheduler}, for the windows of one language. */
    public Tasks tasks(Scheduler scheduler) {
        return new Tasks(writer, background, network, scheduler);
    }

    /**
     * Takes no more work and returns at once. Queued writes and backups run to their end, network
     * work is interrupted; then {@code last} runs on the writer thread and {@link #closed()}
     * completes. Later tasks end as cancelled.
     */
    public void close(Runnable last) {
        if (writer.isClosed()) {
            return;
        }
        network.close();
        background.close();
        writer.execute(BackgroundTask.ofAction(() -> {
            try {
                if (!background.awaitEnd(Duration.ofMinutes(10))) {
                    LOG.warn("A backup or export was still running when the data file was closed");
                }
                if (!network.awaitEnd(NETWORK_GRACE)) {
                    LOG.warn("The sync was still running when the data file was closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                last.run();
            } finally {
                closed.complete(null);
            }
        }));
        writer.close();
    }

    /** Completes once {@link #close} has run its last step (the data file is closed). */
    public CompletionStage<Void> closed() {
        return closed;
    }
}
