package dev.partnercontacts.ui.common;

import javafx.scene.Parent;

/**
 * A view backed by the FXML file named after it (see {@link Fxml#load}), with the view as its
 * controller. The FXML is loaded on the first call to {@link #root()}, after the subclass's
 * constructor has set the fields its {@code initialize} method uses.
 */
public abstract class FxmlView {

    private final Messages fxmlMessages;
    private Parent root;

    protected FxmlView(Messages messages) {
        this.fxmlMessages = messages;
    }

    /** The view's node tree. */
    public final Parent root() {
        if (root == null) {
            root = Fxml.load(this, fxmlMessages);
        }
        return root;
    }
}
