package dev.partnercontacts;

import javafx.application.Application;

/**
 * Plain entry point for jars and installers. Launching through a class that does not extend
 * {@link Application} lets JavaFX start from the class path, without module flags.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
