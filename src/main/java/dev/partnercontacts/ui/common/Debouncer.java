package dev.partnercontacts.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs the last action given once the calls have paused for a while. */
public interface Debouncer {

    /** Schedules {@code action}, replacing one that has not run yet. */
    void call(Runnable action);

    /** Runs a scheduled action now, if there is one. */
    void flush();

    /** A debouncer on the FX thread's timeline; call it on the FX thread. */
    static Debouncer fx(Duration delay) {
        return new Debouncer() {
            private final PauseTransition pause = new PauseTransition(delay);
            private Runnable pending;

            {
                pause.setOnFinished(e -> flush());
            }

            @Override
            public void call(Runnable action) {
                pending = action;
                pause.playFromStart();
            }

            @Override
            public void flush() {
                pause.stop();
                Runnable action = pending;
                pending = null;
                if (action != null) {
                    action.run();
                }
            }
        };
    }

    /** Runs every action at once: for tests. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void call(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
                // nothing is ever pending
            }
        };
    }
}
