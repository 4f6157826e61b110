package dev.partnercontacts.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Shown when no program opened the Contact support link (issue 15): the support address and the
 * subject line to use — or the support page — each selectable and with a Copy button.
 */
public final class SupportAddressDialog {

    private SupportAddressDialog() {
    }

    /** Shows the dialog over {@code owner} and returns at once; {@code subject} is the e-mail's subject line. */
    public static void show(Window owner, Messages messages, SupportContact support, String subject) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("support.fallback.title"));
        boolean page = !support.url().isEmpty();
        alert.setHeaderText(messages.get(page ? "support.fallback.page" : "support.fallback.mail"));
        GridPane grid = new GridPane(8, 8);
        if (page) {
            row(grid, 0, messages.get("support.fallback.pageLabel"), support.url(), "supportPage", messages);
        } else {
            row(grid, 0, messages.get("support.fallback.addressLabel"), support.email(), "supportAddress", messages);
            row(grid, 1, messages.get("support.fallback.subjectLabel"), subject, "supportSubject", messages);
        }
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("supportAddressDialog");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.show();
    }

    private static void row(GridPane grid, int row, String label, String value, String id, Messages messages) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(40, Math.max(20, value.length())));
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = new Button(messages.get("support.fallback.copy"));
        copy.setId(id + "CopyButton");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setAccessibleText(messages.get("support.fallback.copyAccessible", label));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
        });
        grid.addRow(row, name, field, copy);
    }
}
