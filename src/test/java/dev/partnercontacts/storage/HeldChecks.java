package dev.partnercontacts.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds the integrity checks that follow {@link Database#openCheckingLater} until the test lets
 * them run, each on a thread of its own: what the application does before a check has passed
 * can then be seen. {@link #close()} lets the rest run and puts the usual threads back.
 */
public final class HeldChecks implements Executor, AutoCloseable {

    private final List<Runnable> held = new ArrayList<>();

    private HeldChecks() {
    }

    /** From now on, every check waits for {@link #release()}. */
    public static HeldChecks install() {
        HeldChecks checks = new HeldChecks();
        Database.checker = checks;
        return checks;
    }

    @Override
    public synchronized void execute(Runnable check) {
        held.add(check);
    }

    /** How many checks are waiting. */
    public synchronized int waiting() {
        return held.size();
    }

    /** Runs the checks held so far, each on a thread of its own. */
    public void release() {
        List<Runnable> now;
        synchronized (this) {
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(IntegrityCheck.ownThread()::execute);
    }

    @Override
    public void close() {
        Database.checker = IntegrityCheck.ownThread();
        release();
    }
}
