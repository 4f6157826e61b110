package dev.partnercontacts.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Shows field errors the way the UI contract says: the field gets the {@code invalid}
 * pseudo-class and the label {@code <fieldId>-error} under it shows the message.
 */
public final class ErrorDecorations {

    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private record Decorated(Node field, Label label) {
    }

    private final Map<String, Decorated> fields = new HashMap<>();
    private Map<String, String> errors = Map.of();

    /** An error label for the field id, hidden until there is a message. */
    public static Label errorLabel(String fieldId) {
        Label label = new Label();
        label.setId(fieldId + "-error");
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }

    /** Registers a field (or a group such as a list) and its error label. */
    public void register(String fieldId, Node field, Label label) {
        fields.put(fieldId, new Decorated(field, label));
        show(fieldId, fields.get(fieldId));
    }

    /** Forgets the fields whose ids start with the prefix (rows that were rebuilt). */
    public void unregisterPrefix(String prefix) {
        fields.keySet().removeIf(id -> id.startsWith(prefix));
    }

    /** Shows these errors (field id → message) and clears the others. */
    public void apply(Map<String, String> shown) {
        errors = Map.copyOf(shown);
        fields.forEach(this::show);
    }

    private void show(String fieldId, Decorated d) {
        String message = errors.get(fieldId);
        boolean invalid = message != null;
        if (d.field() != null) {
            d.field().pseudoClassStateChanged(INVALID, invalid);
        }
        d.label().setText(invalid ? message : "");
        d.label().setVisible(invalid);
        d.label().setManaged(invalid);
    }
}
