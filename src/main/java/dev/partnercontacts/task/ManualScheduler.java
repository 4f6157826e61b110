package dev.partnercontacts.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The test double of {@link Scheduler}: nothing runs until the test moves time on with
 * {@link #advance(Duration)}, which runs what became due, in order, on the calling thread.
 * {@link #clock()} tells the same time, for code that reads a clock as well.
 */
public final class ManualScheduler implements Scheduler {

    private final class Timer implements Scheduled {
        final Runnable action;
        final Duration period;
        Duration due;

        Timer(Duration due, Duration period, Runnable action) {
            this.due = due;
            this.period = period;
            this.action = action;
        }

        @Override
        public void cancel() {
            timers.remove(this);
        }
    }

    private final List<Timer> timers = new ArrayList<>();
    private final Instant start;
    private Duration now = Duration.ZERO;
    private boolean closed;

    /** Time starts at 2026-01-01T00:00:00Z. */
    public ManualScheduler() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public ManualScheduler(Instant start) {
        this.start = start;
    }

    /** A clock that reads this scheduler's time, in the system's zone. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return start.plus(now);
            }
        };
    }

    @Override
    public Scheduled after(Duration delay, Runnable action) {
        return add(delay, null, action);
    }

    @Override
    public Scheduled every(Duration period, Runnable action) {
        return add(period, period, action);
    }

    private Scheduled add(Duration delay, Duration period, Runnable action) {
        if (closed) {
            return Scheduled.NONE;
        }
        Timer t = new Timer(now.plus(delay), period, action);
        timers.add(t);
        return t;
    }

    @Override
    public Debouncer debouncer(Duration delay) {
        return Scheduler.debouncer(this, delay);
    }

    /** Moves time on, running every action that falls due on the way, in time order. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Optional<Timer> next = timers.stream().filter(t -> t.due.compareTo(until) <= 0)
                    .min(Comparator.comparing((Timer t) -> t.due));
            if (next.isEmpty()) {
                break;
            }
            Timer t = next.get();
            now = t.due;
            if (t.period == null) {
                timers.remove(t);
            } else {
                t.due = t.due.plus(t.period);
            }
            t.action.run();
        }
        now = until;
    }

    /** Runs the next action due, however far off; false when nothing is scheduled. */
    public boolean runNext() {
        Optional<Duration> next = nextDelay();
        next.ifPresent(this::advance);
        return next.isPresent();
    }

    /** How long until the next action runs, if one is scheduled. */
    public Optional<Duration> nextDelay() {
        return timers.stream().map(t -> t.due.minus(now)).min(Comparator.naturalOrder());
    }

    /** How many actions wait to run. */
    public int pending() {
        return timers.size();
    }

    @Override
    public void close() {
        closed = true;
        timers.clear();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
