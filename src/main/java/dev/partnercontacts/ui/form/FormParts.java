package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.FieldIds;
import dev.partnercontacts.ui.common.Keys;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Building blocks shared by the form's sections: fields with their error label, icon buttons. */
final class FormParts {

    private final ContactFormViewModel vm;
    private final ErrorDecorations errors;

    FormParts(ContactFormViewModel vm, ErrorDecorations errors) {
        this.vm = vm;
        this.errors = errors;
    }

    /** A text field bound to {@code value}, named for screen readers, with its id from the path. */
    TextField textField(FieldPath path, StringProperty value, String prompt, String accessibleText) {
        TextField field = new TextField();
        field.setId(FieldIds.id(path));
        field.setPromptText(prompt);
        field.setAccessibleText(accessibleText);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The field over its error label, which keeps its room while empty; registered for errors. */
    VBox fieldBox(FieldPath path, Control field) {
        Label label = ErrorDecorations.errorLabel(path);
        VBox box = new VBox(2, field, label);
        box.getStyleClass().add("field-box");
        decorate(path, field, label);
        return box;
    }

    /** Registers the field's error label, and shows its errors once the user changed and left it. */
    void decorate(FieldPath path, Control field, Label label) {
        errors.register(path, field, label);
        Keys.onLeft(field, () -> valueOf(field), changed -> vm.left(path, changed));
    }

    private static Object valueOf(Control field) {
        if (field instanceof javafx.scene.control.TextInputControl t) {
            return t.getText();
        }
        if (field instanceof javafx.scene.control.ComboBoxBase<?> c) {
            return c.getValue();
        }
        return null;
    }

    /**
     * A button that shows an icon where a word would not fit: the tooltip and the accessible
     * text say what it does.
     */
    static Button iconButton(String iconClass, String accessibleText, String tooltip) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", iconClass);
        Button button = new Button(null, icon);
        button.getStyleClass().addAll("button-icon", "flat", "row-action");
        button.setAccessibleText(accessibleText);
        Tooltip tip = new Tooltip(tooltip);
        tip.setShowDelay(Duration.millis(300));
        button.setTooltip(tip);
        button.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return button;
    }

    /**
     * The locale for dates and zone names: the English bundle is the root one, whose locale
     * has no language, and the root locale abbreviates day names ("Mon" even in full).
     */
    static java.util.Locale textLocale(dev.partnercontacts.ui.common.Messages messages) {
        java.util.Locale l = messages.locale();
        return l.getLanguage().isEmpty() ? java.util.Locale.ENGLISH : l;
    }

    /** Keeps a labelled control at least as wide as its text needs: never "…". */
    static <T extends Node> T fullWidth(T node) {
        if (node instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        return node;
    }
}
