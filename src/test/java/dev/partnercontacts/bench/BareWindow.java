package dev.partnercontacts.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: what JavaFX itself costs, one {@link Stage} with one
 * {@link Label}. It reports the time from JVM start to the window being shown exactly as the
 * application does (same clock, same words), then quits.
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
            stage.setOnShown(e -> {
                long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                report("Startup: bare window shown " + sinceLaunch + " ms after JVM start");
                Platform.exit();
            });
            stage.show();
        }
    }

    @SuppressWarnings("java:S106") // the benchmark reads this line from the standard error
    private static void report(String line) {
        System.err.println(line);
    }
}
