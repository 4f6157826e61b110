package dev.partnercontacts.ui.task;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work that runs before the FX toolkit (and so before {@link Workers}) exists: reading the data
 * file while the toolkit starts. The only other place, besides {@link Workers}, that starts a thread.
 */
public final class Threads {

    private Threads() {
    }

    /**
     * Runs {@code work} on a new daemon thread named {@code name}; the future completes with its
     * result, or exceptionally with what it threw.
     */
    public static <T> CompletableFuture<T> supplyOnOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, command -> Thread.ofPlatform().name(name).daemon().start(command));
    }
}
