package dev.partnercontacts.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Threads for work that cannot wait for {@link Workers}: reading the data file while the toolkit
 * starts, and the data file's integrity check, which the storage layer starts as it opens the
 * file. The only other place, besides {@link Workers}, that starts a thread.
 */
public final class Threads {

    private Threads() {
    }

    /**
     * Runs {@code work} on a new daemon thread named {@code name}; the future completes with its
     * result, or exceptionally with what it threw.
     */
    public static <T> CompletableFuture<T> supplyOnOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, ownDaemonThread(name));
    }

    /** Runs each command given on a new daemon thread named {@code name}. */
    public static Executor ownDaemonThread(String name) {
        return command -> Thread.ofPlatform().name(name).daemon().start(command);
    }
}
