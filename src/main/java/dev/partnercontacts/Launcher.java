package dev.partnercontacts;

import dev.partnercontacts.cli.CommandLine;
import dev.partnercontacts.cli.Console;
import javafx.application.Application;

/**
 * Plain entry point for jars and installers. Launching through a class that does not extend
 * {@link Application} lets JavaFX start from the class path, without module flags.
 *
 * <p>{@code --export}, {@code --import} and {@code --sync} run the headless command line instead
 * and exit with its status: no window opens and no JavaFX class is loaded (the window is started
 * from a method of its own, which the JVM links only when it is called).
 */
public final class Launcher {

    /** The log level of the command line; its standard error is for its own messages first. */
    static final String LOG_LEVEL_PROPERTY = "partnercontacts.log.level";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isHeadless(args)) {
            if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
                System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
            }
            System.exit(CommandLine.run(args, System.getenv(), Console.system()));
        }
        startWindow(args);
    }

    private static void startWindow(String[] args) {
        Application.launch(App.class, args);
    }
}
