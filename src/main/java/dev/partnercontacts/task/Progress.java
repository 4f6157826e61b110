package dev.partnercontacts.task;

/**
 * What long work sees of its task: it reports how far it got and asks whether it should stop.
 * Both may be called from the worker thread at any time.
 */
public interface Progress {

    /** How far the work got: {@code done} of {@code total} units (rows, accounts, bytes); total 0 when unknown. */
    record Step(long done, long total) {

        /** Done as a fraction from 0 to 1; 0 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? 0 : Math.min(1, (double) done / total);
        }
    }

    /** Reports progress; cheap to call often (the FX thread sees the latest step only). */
    void update(long done, long total);

    /** True once the task was cancelled or its thread interrupted (the executor is closing): stop soon. */
    boolean isCancelled();
}
