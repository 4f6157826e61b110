package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.FieldPath;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Shows field errors the way the UI contract says: the field gets the {@code invalid}
 * pseudo-class and the label {@code <fieldId>-error} under it shows the message. The label
 * keeps its room (two lines, style class {@code field-error}) while it is empty, so an error
 * that appears moves nothing else and no field changes its width.
 */
public final class ErrorDecorations {

    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private record Decorated(Node field, Label label) {
    }

    private final Map<FieldPath, Decorated> fields = new HashMap<>();
    private Map<FieldPath, String> errors = Map.of();

    /** An error label for the field, hidden until there is a message but holding its space. */
    public static Label errorLabel(FieldPath field) {
        Label label = new Label();
        label.setId(FieldIds.errorId(field));
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setVisible(false);
        // Never wider than the field it sits under: the label wraps instead of pushing the field.
        label.setMinWidth(0);
        label.setPrefWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * An error label that takes no room while empty: for messages about a group (a role
     * section) shown at its end, where nothing follows that could move.
     */
    public static Label collapsingErrorLabel(FieldPath field) {
        Label label = errorLabel(field);
        label.getStyleClass().add("collapsing");
        label.setPrefWidth(Label.USE_COMPUTED_SIZE);
        label.setManaged(false);
        label.visibleProperty().addListener((o, was, is) -> label.setManaged(is));
        return label;
    }

    /** Registers a field (or a group such as a list) and its error label. */
    public void register(FieldPath field, Node node, Label label) {
        fields.put(field, new Decorated(node, label));
        show(field, fields.get(field));
    }

    /** Forgets the fields that match (rows that were rebuilt). */
    public void unregisterIf(Predicate<FieldPath> which) {
        fields.keySet().removeIf(which);
    }

    /** Shows these errors (field → message) and clears the others. */
    public void apply(Map<FieldPath, String> shown) {
        errors = Map.copyOf(shown);
        fields.forEach(this::show);
    }

    private void show(FieldPath field, Decorated d) {
        String message = errors.get(field);
        boolean invalid = message != null;
        if (d.field() != null) {
            d.field().pseudoClassStateChanged(INVALID, invalid);
        }
        d.label().setText(invalid ? message : "");
        d.label().setVisible(invalid);
    }
}
