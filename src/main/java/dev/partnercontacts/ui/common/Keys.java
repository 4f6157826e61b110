package dev.partnercontacts.ui.common;

import javafx.scene.Node;

/** Small helpers for wiring fields. */
public final class Keys {

    private Keys() {
    }

    /** Runs {@code action} whenever the node loses the keyboard focus. */
    public static void onFocusLost(Node node, Runnable action) {
        node.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                action.run();
            }
        });
    }
}
