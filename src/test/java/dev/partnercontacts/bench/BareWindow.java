package dev.partnercontacts.bench;

import dev.partnercontacts.ui.common.StartupClock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: what JavaFX itself costs, one {@link Stage} with one
 * {@link Label}. It reports its first frame and when it could take a key press exactly as the
 * application does ({@link StartupClock}: same clock, same words), then quits. Its class path is
 * JavaFX's jars, the test classes and the application's jar (for {@link StartupClock} alone).
 *
 * <p>Not an {@link Application} itself: a main class that extends it makes the {@code java}
 * launcher demand JavaFX as modules; the nested class starts from the class path, like the
 * application's {@code Launcher}.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new Label("Bare JavaFX window"), 400, 200));
            stage.show();
            StartupClock.measure(stage, times -> {
                report(StartupClock.describe("bare window", times));
                Platform.exit();
            });
        }
    }

    @SuppressWarnings("java:S106") // the benchmark reads this line from the standard error
    private static void report(String line) {
        System.err.println(line);
    }
}
