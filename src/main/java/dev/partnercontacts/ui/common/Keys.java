package dev.partnercontacts.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    /**
     * Tells {@code left} whenever the node loses the focus, and whether {@code value} changed
     * while it had it: errors wait for a field the user changed, not one they passed through.
     */
    public static void onLeft(Node node, Supplier<Object> value, Consumer<Boolean> left) {
        Object[] before = {value.get()};
        node.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                before[0] = value.get();
            } else if (was) {
                left.accept(!Objects.equals(before[0], value.get()));
            }
        });
    }
}
