package dev.partnercontacts.ui.common;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts, styled with the application's stylesheets. */
public final class AlertDialogs implements Dialogs {

    private final String stylesheet;

    public AlertDialogs(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    @Override
    public Optional<Choice> ask(Window owner, Question question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        alert.setContentText(question.content());
        Map<ButtonType, Choice> byType = new IdentityHashMap<>();
        alert.getButtonTypes().clear();
        for (Choice c : question.choices()) {
            ButtonBar.ButtonData data = c.isCancel() ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : c.isDefault() ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            ButtonType type = new ButtonType(c.text(), data);
            byType.put(type, c);
            alert.getButtonTypes().add(type);
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // The buttons set the dialog's width: an answer is never cut short (issue 15: "Remove this …").
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(stylesheet);
        byType.forEach((type, c) -> {
            if (alert.getDialogPane().lookupButton(type) instanceof Button b) {
                b.setId(c.id());
                // A cancel button that is the default too (Choice.safe): Enter chooses it.
                b.setDefaultButton(c.isDefault());
                b.setMinWidth(Region.USE_PREF_SIZE);
                // Four answers as wide as the widest would not fit a small screen.
                ButtonBar.setButtonUniformSize(b, question.choices().size() <= 2);
            }
        });
        return alert.showAndWait().map(byType::get);
    }
}
