package dev.partnercontacts.ui.common;

import dev.partnercontacts.task.FxScheduler;
import dev.partnercontacts.task.Scheduled;
import dev.partnercontacts.task.Scheduler;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Start-up as a user sees it, for {@code --smoke-test} and the benchmarks (README, "Performance"):
 * when a window's first frame was painted, and when the window could take a key press.
 *
 * <p><b>First frame.</b> {@link javafx.stage.Stage#show()} and {@code WINDOW_SHOWN} come before
 * the first pulse has even laid the scene out. The frame is painted on JavaFX's render thread,
 * and JavaFX has no public API that says when. Its own performance tracker
 * ({@code com.sun.javafx.perf.PerformanceTracker}, what {@code -Djavafx.perfLog} uses) runs a task
 * after each frame of a scene has been rendered; that task posts the reading to the FX thread, where
 * it runs after the frame has been handed to the window system (the software pipeline uploads
 * the pixels with a task of its own on that thread, queued before ours). The tracker is reachable
 * when JavaFX runs from the class path, as in the jar and the app image, or with
 * {@code --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED} (as {@code mvn javafx:run}
 * passes). Where it is not, the reading falls back to the pulse after the first one that laid out
 * the scene, and says so.
 *
 * <p><b>Accepts typing.</b> The first moment after the first frame at which the window has the
 * keyboard focus and the FX thread is free to handle a key press (a task queued then runs), or
 * none within {@link #FOCUS_WAIT}.
 *
 * <p>Times are wall-clock instants ({@link Instant#now()}, microseconds on Linux), so that a
 * harness can subtract the moment it started the process.
 */
public final class StartupClock {

    /** How long after the first frame the window may take to get the focus before typing counts as never. */
    public static final Duration FOCUS_WAIT = Duration.ofSeconds(3);

    /**
     * What was measured.
     *
     * @param firstFrame when the first frame was on screen
     * @param exact      false when the performance tracker was out of reach (see the class comment)
     * @param typing     when the window could take a key press, empty if it never had the focus
     */
    public record Times(Instant firstFrame, boolean exact, Optional<Instant> typing) {
    }

    private StartupClock() {
    }

    /** As {@link #measure(Window, Scheduler, Consumer)}, waiting for the focus on a scheduler of its own. */
    public static void measure(Window window, Consumer<Times> then) {
        measure(window, new FxScheduler(), then);
    }

    /**
     * When the first frame of {@code window}, which must be about to show or showing but not yet
     * painted, is on screen.
     *
     * @param at    when
     * @param exact false when the performance tracker was out of reach (see the class comment)
     */
    public record Frame(Instant at, boolean exact) {
    }

    /**
     * Calls {@code then} on the FX thread once the first frame of {@code window} is on screen
     * (see the class comment); one call per window. Call on the FX thread.
     */
    public static void afterFirstFrame(Window window, Consumer<Frame> then) {
        Scene scene = window.getScene();
        if (!onFirstRenderedFrame(scene, at -> then.accept(new Frame(at, true)))) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (window.isShowing()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    Platform.requestNextPulse();
                    Platform.runLater(() -> then.accept(new Frame(Instant.now(), false)));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }

    /**
     * Measures {@code window} from its first frame ({@link #afterFirstFrame}) and calls
     * {@code then} on the FX thread with the times. Call on the FX thread.
     *
     * @param scheduler times the wait for the focus (at most {@link #FOCUS_WAIT})
     */
    public static void measure(Window window, Scheduler scheduler, Consumer<Times> then) {
        afterFirstFrame(window, frame -> measure(window, scheduler, frame, then));
    }

    /**
     * Measures {@code window} on from its first frame, already seen: when it accepts typing.
     * Call on the FX thread.
     *
     * @param scheduler times the wait for the focus (at most {@link #FOCUS_WAIT})
     */
    public static void measure(Window window, Scheduler scheduler, Frame frame, Consumer<Times> then) {
        awaitTyping(window, scheduler, frame.at(), typing -> then.accept(new Times(frame.at(), frame.exact(), typing)));
    }

    /**
     * The line {@code --smoke-test} logs and {@code installer/bench.sh} reads, for example
     * {@code Startup: contact gate shown 812 ms after JVM start (first frame at epoch
     * 1796015763032697 us; accepts typing at epoch 1796015763040121 us)}. The words before the
     * parenthesis are those of earlier versions, which tools still read; the JVM start is read
     * here, after the measurement, so that loading {@code java.management} does not delay it.
     */
    public static String describe(String what, Times times) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        return "Startup: " + what + " shown " + (times.firstFrame().toEpochMilli() - jvmStart)
                + " ms after JVM start (first frame" + (times.exact() ? "" : ", after layout only,")
                + " at epoch " + micros(times.firstFrame()) + " us; accepts typing "
                + times.typing().map(t -> "at epoch " + micros(t) + " us").orElse("never: the window had no focus")
                + ")";
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static void awaitTyping(Window window, Scheduler scheduler, Instant frame, Consumer<Optional<Instant>> then) {
        if (window.isFocused()) {
            then.accept(Optional.of(Instant.now()));
            return;
        }
        Scheduled[] timeout = {Scheduled.NONE};
        ChangeListener<Boolean> focus = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    window.focusedProperty().removeListener(this);
                    timeout[0].cancel();
                    // Queued behind whatever the focus change set off: then the thread is free.
                    Platform.runLater(() -> then.accept(Optional.of(Instant.now())));
                }
            }
        };
        window.focusedProperty().addListener(focus);
        timeout[0] = scheduler.after(FOCUS_WAIT, () -> {
            window.focusedProperty().removeListener(focus);
            then.accept(Optional.empty());
        });
    }

    /**
     * Asks the scene's performance tracker for its first rendered frame; false when the tracker is
     * out of reach (JavaFX as modules without the export).
     */
    private static boolean onFirstRenderedFrame(Scene scene, Consumer<Instant> then) {
        try {
            Class<?> trackers = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Method get = trackers.getMethod("getSceneTracker", Scene.class);
            Method release = trackers.getMethod("releaseSceneTracker", Scene.class);
            Method onRendered = trackers.getMethod("setOnRenderedFrameTask", Runnable.class);
            Object tracker = get.invoke(null, scene);
            if (tracker == null) {
                return false;
            }
            boolean[] seen = new boolean[1];
            Runnable rendered = () -> {
                // On the render thread, once per frame: only the first one counts.
                synchronized (seen) {
                    if (seen[0]) {
                        return;
                    }
                    seen[0] = true;
                }
                Platform.runLater(() -> {
                    Instant frame = Instant.now();
                    releaseQuietly(release, scene);
                    then.accept(frame);
                });
            };
            onRendered.invoke(tracker, rendered);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // IllegalAccessException or InaccessibleObjectException: JavaFX runs as modules.
            return false;
        }
    }

    private static void releaseQuietly(Method release, Scene scene) {
        try {
            release.invoke(null, scene);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // The tracker only costs a counter per frame; nothing to do.
        }
    }
}
