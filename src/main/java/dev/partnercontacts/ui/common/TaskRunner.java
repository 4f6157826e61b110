package dev.partnercontacts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (disk, network) away from the FX thread and hands the outcome back on it.
 * Work submitted to one runner runs in submission order. Tests use {@link #direct()}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the
     * FX thread. Failures always reach {@code onFailure}.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A runner that does everything at once on the calling thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | AssertionError e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
