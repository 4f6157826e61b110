package dev.partnercontacts.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the application syncs by itself (README, "Connecting a workstation"): soon after the login
 * becomes usable, {@link #AFTER_CHANGE} after a change made here, every {@link #EVERY} while all is
 * well, and — after a failure of any kind — again after 30 s, 1, 2, 4 … up to {@link #LONGEST_RETRY}
 * minutes, until a sync succeeds. It only decides when; whoever runs the syncs asks {@link #nextAt()}
 * after each event and sets a timer for it.
 *
 * <p>Events, each from the thread that owns the policy (not thread-safe): {@link #loginReady()},
 * {@link #changedHere()}, {@link #succeeded()}, {@link #failed()}, {@link #stop()}. Times come
 * from the {@link Clock} given, so tests move time by hand.
 */
public final class AutoSyncPolicy {

    /** How often to sync while all is well. */
    public static final Duration EVERY = Duration.ofMinutes(5);
    /** How soon after a local change. */
    public static final Duration AFTER_CHANGE = Duration.ofSeconds(10);
    /** How soon after the login becomes usable (the saved password read at start-up). */
    public static final Duration AFTER_LOGIN = Duration.ofSeconds(2);
    /** The first wait after a failure; each further failure doubles it. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** The longest wait after failures. */
    public static final Duration LONGEST_RETRY = Duration.ofMinutes(15);

    private final Clock clock;
    private Instant next;
    private Duration retry = FIRST_RETRY;
    private boolean backingOff;
    private boolean stopped;

    public AutoSyncPolicy(Clock clock) {
        this.clock = clock;
    }

    /** The server, user and password are known: a first sync {@link #AFTER_LOGIN} from now, unless one is due sooner. */
    public void loginReady() {
        planWithin(AFTER_LOGIN);
    }

    /**
     * Something was changed here: a sync within {@link #AFTER_CHANGE}, unless one is due sooner.
     * While backing off after a failure the wait is kept: changes do not make an unreachable
     * server be asked more often.
     */
    public void changedHere() {
        if (!backingOff) {
            planWithin(AFTER_CHANGE);
        }
    }

    /** A sync ended without failure: the next in {@link #EVERY}, and the back-off starts again from {@link #FIRST_RETRY}. */
    public void succeeded() {
        backingOff = false;
        retry = FIRST_RETRY;
        plan(clock.instant().plus(EVERY));
    }

    /**
     * A sync failed, for whatever reason (server unreachable, password refused, an account
     * refused, an unexpected error): the next after the current back-off, which then doubles up
     * to {@link #LONGEST_RETRY}.
     */
    public void failed() {
        backingOff = true;
        plan(clock.instant().plus(retry));
        Duration doubled = retry.multipliedBy(2);
        retry = doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
    }

    /** No more automatic syncs (the windows are closing). */
    public void stop() {
        stopped = true;
        next = null;
    }

    /** When the next automatic sync is due; empty when none is planned (before the login is known, or once stopped). */
    public Optional<Instant> nextAt() {
        return Optional.ofNullable(next);
    }

    /** How long from now until the next automatic sync (zero when overdue), if one is planned. */
    public Optional<Duration> nextIn() {
        Instant now = clock.instant();
        return nextAt().map(at -> at.isBefore(now) ? Duration.ZERO : Duration.between(now, at));
    }

    /** True when a sync is due now. */
    public boolean isDue() {
        return next != null && !next.isAfter(clock.instant());
    }

    /** The wait the next failure will cause. */
    public Duration retryDelay() {
        return retry;
    }

    private void planWithin(Duration delay) {
        Instant at = clock.instant().plus(delay);
        if (next == null || at.isBefore(next)) {
            plan(at);
        }
    }

    private void plan(Instant at) {
        if (!stopped) {
            next = at;
        }
    }
}
