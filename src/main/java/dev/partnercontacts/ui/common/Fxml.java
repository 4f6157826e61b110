package dev.partnercontacts.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a feature's FXML from the resources next to its view class, with the view as controller. */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code <ViewClass without "View">.fxml} from the view's package in the resources,
     * e.g. {@code ui/gate/GateDialog.fxml} for {@code GateDialogView}.
     */
    public static Parent load(Object view, Messages messages) {
        Class<?> type = view.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL url = type.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + name + " for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
