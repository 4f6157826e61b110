package dev.partnercontacts.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Runs something later on the FX thread; behind an interface so that tests can move time by hand. */
public interface Scheduler {

    /** What was scheduled, until it runs. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable action);

    /** The FX timeline's scheduler; call it on the FX thread. */
    static Scheduler fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        };
    }
}
