package dev.partnercontacts.task;

/** Something scheduled by a {@link Scheduler}, until it has run (or, when it repeats, for good). */
public interface Scheduled {

    /** Stops it: it does not run (again). Nothing happens when it already ran or was cancelled. */
    void cancel();

    /** A handle for nothing scheduled. */
    Scheduled NONE = () -> { };
}
