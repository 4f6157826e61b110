package dev.partnercontacts.task;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import org.slf4j.LoggerFactory;

/**
 * {@link Scheduler} on the FX thread's timeline: timers are {@link PauseTransition}s, so an
 * action and its cancellation happen on the same thread and never race. Keeps every live timer,
 * so that {@link #close()} can stop them all.
 */
public final class FxScheduler implements Scheduler {

    private final Set<Animation> live = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    @Override
    public Scheduled after(Duration delay, Runnable action) {
        return start(delay, action, false);
    }

    @Override
    public Scheduled every(Duration period, Runnable action) {
        return start(period, action, true);
    }

    private Scheduled start(Duration delay, Runnable action, boolean repeat) {
        if (closed) {
            // The logger is looked up here, not in a static field: the start-up benchmark's bare
            // window uses this class (through StartupClock) without a logging library.
            LoggerFactory.getLogger(FxScheduler.class).debug("A timer was asked of a closed scheduler and not started");
            return Scheduled.NONE;
        }
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        if (repeat) {
            pause.setCycleCount(Animation.INDEFINITE);
            pause.setOnFinished(e -> action.run());
        } else {
            pause.setOnFinished(e -> {
                live.remove(pause);
                action.run();
            });
        }
        live.add(pause);
        pause.play();
        return () -> {
            pause.stop();
            live.remove(pause);
        };
    }

    @Override
    public Debouncer debouncer(Duration delay) {
        return Scheduler.debouncer(this, delay);
    }

    /** How many timers are waiting to run. */
    public int pending() {
        return live.size();
    }

    @Override
    public void close() {
        closed = true;
        List.copyOf(live).forEach(Animation::stop);
        live.clear();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
