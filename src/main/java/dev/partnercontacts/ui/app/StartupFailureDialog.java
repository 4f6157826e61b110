package dev.partnercontacts.ui.app;

import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Says why the data file cannot be used, naming it, and offers what can be done: open it
 * read-only when another instance has it, restore the newest backup when it is damaged or not a
 * database, or quit. Not {@code showAndWait}: the caller's start-up returns, and the choice
 * continues it.
 */
public final class StartupFailureDialog {

    /** What the user chose. Closing the dialog is {@link #QUIT}. */
    public enum Choice { OPEN_READ_ONLY, RESTORE, QUIT }

    private final Messages messages;
    private final String stylesheet;

    public StartupFailureDialog(Messages messages, String stylesheet) {
        this.messages = messages;
        this.stylesheet = stylesheet;
    }

    /**
     * @param restorableBackup when the backup that could replace the file was made, if there is one
     */
    public void show(StoreFailure failure, Optional<Instant> restorableBackup, Consumer<Choice> onChoice) {
        boolean inUse = failure.kind() == Kind.IN_USE;
        Alert alert = new Alert(inUse ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get(inUse ? "startup.inUse.header" : "startup.failed.header"));
        alert.setContentText(text(failure, restorableBackup));
        ButtonType openReadOnly = new ButtonType(messages.get("startup.openReadOnly"), ButtonBar.ButtonData.OTHER);
        ButtonType restore = new ButtonType(messages.get("startup.restore"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (inUse) {
            buttons.add(openReadOnly);
        }
        if (restorableBackup.isPresent()) {
            buttons.add(restore);
        }
        buttons.add(quit);
        alert.getButtonTypes().setAll(buttons);
        DialogPane pane = alert.getDialogPane();
        pane.setId("startupFailure");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        setButtonId(pane, openReadOnly, "openReadOnlyButton");
        setButtonId(pane, restore, "restoreBackupButton");
        setButtonId(pane, quit, "quitButton");
        pane.getStylesheets().add(stylesheet);
        // The result is set by a button or by closing the window (then it is Quit).
        alert.resultProperty().addListener((o, was, chosen) -> {
            if (chosen == openReadOnly) {
                onChoice.accept(Choice.OPEN_READ_ONLY);
            } else if (chosen == restore) {
                onChoice.accept(Choice.RESTORE);
            } else if (chosen != null) {
                onChoice.accept(Choice.QUIT);
            }
        });
        alert.show();
    }

    private static void setButtonId(DialogPane pane, ButtonType type, String id) {
        if (pane.lookupButton(type) instanceof Button button) {
            button.setId(id);
        }
    }

    private String text(StoreFailure failure, Optional<Instant> restorableBackup) {
        List<String> paragraphs = new ArrayList<>();
        if (failure.kind() == Kind.IN_USE) {
            paragraphs.add(messages.get("startup.inUse.content", failure.file()));
        } else {
            paragraphs.add(FailureText.of(messages, failure));
        }
        restorableBackup.ifPresent(at -> paragraphs.add(messages.get("startup.restore.offer", messages.dateTime(at))));
        if (failure.kind() != Kind.IN_USE && failure.kind() != Kind.DISK_FULL) {
            paragraphs.add(messages.get("startup.otherFile"));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Tells the user that a backup replaced the file, and where the replaced file was kept. */
    public void showRestored(Window owner, Instant backupMadeAt, Path replacedFileKeptAt) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.restored.header"));
        alert.setContentText(messages.get("startup.restored.content", messages.dateTime(backupMadeAt),
                replacedFileKeptAt == null ? "" : replacedFileKeptAt.toString()));
        alert.getDialogPane().setId("restoredNotice");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(stylesheet);
        alert.show();
    }
}
