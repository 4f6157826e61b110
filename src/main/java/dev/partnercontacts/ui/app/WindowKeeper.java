package dev.partnercontacts.ui.app;

import dev.partnercontacts.task.Scheduled;
import dev.partnercontacts.task.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts a window back where it was and keeps track of where it is, so that the next start can do
 * the same: its bounds while not maximized, and whether it is maximized.
 *
 * <p>Why more than setting the bounds before {@code show()}: on Linux the toolkit and the window
 * manager settle a new window's frame asynchronously, and JavaFX reports the geometry they pass
 * through. Under Openbox, measured on JavaFX 26.0.2 with a busy machine, about one start in eight
 * ended with the window moved to the screen's corner or by its frame's size (-1,-20) at the
 * size asked for, and after un-maximizing the window kept the maximized size (the toolkit's rework
 * of this is JDK-8354943); JavaFX 21 ignored the size altogether and opened every window at GTK's
 * 200×200, 198×175 inside the frame (JDK-8316423, fixed in JavaFX 22). So for a few seconds after
 * the window is shown (counted again when its frame changes), a move that nobody asked for (the size is the one asked for, the place is
 * not) is put back; and for as long after un-maximizing, any other bounds are. A size
 * changed meanwhile (a tiling window manager, a test) is left alone. Afterwards, what the window
 * reports is where the user put it.
 */
public final class WindowKeeper {

    /**
     * How long after showing (or un-maximizing) reported bounds count as the toolkit's, not the
     * user's; counted again when the window manager's frame around the window changes (the
     * toolkit learns its size late on a busy machine, and moves the window when it does).
     */
    static final Duration SETTLE = Duration.ofSeconds(3);
    /** Corrections per settling, so that a window manager that insists on its own bounds wins. */
    private static final int MAX_CORRECTIONS = 5;

    /** The bounds when not maximized: the ones asked for while settling, else the ones reported last. */
    private WindowPlacement normal;
    /** While settling: which reported bounds are the toolkit's and are put back. */
    private Predicate<Stage> stray = w -> false;
    private boolean correcting;
    private int corrections;
    private final Stage stage;
    private final List<ReadOnlyDoubleProperty> frame;
    private final Scheduler timers;
    private Scheduled settled = Scheduled.NONE;
    private boolean settling;
    private final InvalidationListener moved = o -> boundsChanged();
    private final InvalidationListener framed = o -> {
        if (settling) {
            startSettling();
        }
        boundsChanged();
    };
    private final ChangeListener<Boolean> maximizedChanged = (o, was, is) -> {
        if (was && !is) {
            settle(w -> !normal.matches(w));
        }
    };
    private final ChangeListener<Boolean> showingChanged = (o, was, is) -> {
        if (is) {
            settle(w -> normal.sameSize(w) && !normal.samePlace(w));
        }
    };

    private WindowKeeper(Stage stage, WindowPlacement wanted, Scheduler timers) {
        this.stage = stage;
        this.normal = wanted;
        this.timers = timers;
        bounds().forEach(b -> b.addListener(moved));
        // Where the scene sits in the window: the size of the frame's left and top edges.
        frame = stage.getScene() == null ? List.of() : List.of(stage.getScene().xProperty(), stage.getScene().yProperty());
        frame.forEach(b -> b.addListener(framed));
        stage.maximizedProperty().addListener(maximizedChanged);
        stage.showingProperty().addListener(showingChanged);
    }

    /**
     * Puts a window that is not showing yet, its scene set, where {@code saved} says, fitted to
     * the screens there are now, and keeps track of it from then on. Without a saved place (or one on no screen),
     * the window opens where the toolkit puts it.
     *
     * @param timers for the short settling after the window is shown or un-maximized
     */
    public static WindowKeeper place(Stage stage, Optional<WindowPlacement> saved, Scheduler timers) {
        Optional<WindowPlacement> fitted = saved.flatMap(p -> p.fittedTo(
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList()));
        fitted.ifPresent(p -> {
            p.moveAndSize(stage);
            stage.setMaximized(p.maximized());
        });
        return new WindowKeeper(stage, fitted.map(p -> p.withMaximized(false)).orElse(null), timers);
    }

    /** Where the window is, to be saved: its bounds when not maximized, and whether it is maximized. */
    public WindowPlacement placement() {
        boolean asked = normal != null && (!isNormal() || settling && stray.test(stage));
        return (asked ? normal : WindowPlacement.boundsOf(stage, false)).withMaximized(isMaximizedNow());
    }

    /**
     * Whether the window is maximized: the toolkit says so and the window fills its screen. The
     * toolkit's flag can stay set after the window manager has un-maximized the window (seen
     * once in the real-X test: the window at its normal size for seconds, saved as maximized).
     */
    private boolean isMaximizedNow() {
        if (!stage.isMaximized()) {
            return false;
        }
        return Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                        Math.max(1, stage.getHeight())).stream().findFirst()
                .map(screen -> stage.getWidth() >= screen.getVisualBounds().getWidth() * 0.9
                        && stage.getHeight() >= screen.getVisualBounds().getHeight() * 0.9)
                .orElse(true);
    }

    /** Stops following the window. */
    public void dispose() {
        settled.cancel();
        settling = false;
        bounds().forEach(b -> b.removeListener(moved));
        frame.forEach(b -> b.removeListener(framed));
        stage.maximizedProperty().removeListener(maximizedChanged);
        stage.showingProperty().removeListener(showingChanged);
    }

    /**
     * Where to ask the window to go. Some starts, the window manager takes a place asked for as
     * that of the window's inside, not of its frame (it reads the toolkit's gravity hint late):
     * the window then lands up and left of where it was asked by exactly the frame's edges, and
     * asking again lands it there again. Seen so, the place is asked with the frame's edges added.
     */
    private WindowPlacement correctedPlace() {
        double dx = normal.x() - stage.getX();
        double dy = normal.y() - stage.getY();
        boolean byTheFrame = stage.getScene() != null && (dx != 0 || dy != 0)
                && dx == stage.getScene().getX() && dy == stage.getScene().getY();
        return byTheFrame ? new WindowPlacement(normal.x() + dx, normal.y() + dy, normal.width(), normal.height(), false)
                : normal;
    }

    private List<ReadOnlyDoubleProperty> bounds() {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
    }

    private boolean isNormal() {
        return stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen();
    }

    private void settle(Predicate<Stage> toolkitBounds) {
        if (normal == null) {
            return;
        }
        stray = toolkitBounds;
        corrections = 0;
        startSettling();
        boundsChanged();
    }

    private void startSettling() {
        settling = true;
        settled.cancel();
        settled = timers.after(SETTLE, () -> {
            settling = false;
            boundsChanged();
        });
    }

    private void boundsChanged() {
        if (!isNormal()) {
            return;
        }
        if (!settling) {
            normal = WindowPlacement.boundsOf(stage, false);
        } else if (stray.test(stage) && !correcting && corrections < MAX_CORRECTIONS) {
            // Once the toolkit has finished handling the event that moved the window.
            correcting = true;
            Platform.runLater(() -> {
                correcting = false;
                if (isNormal() && settling && stray.test(stage)) {
                    corrections++;
                    correctedPlace().moveAndSize(stage);
                }
            });
        }
    }
}
