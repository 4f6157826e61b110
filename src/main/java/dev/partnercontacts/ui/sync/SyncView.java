package dev.partnercontacts.ui.sync;

import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Sync: where the working copy lives and when it last changed. No sync target can be configured
 * yet, and the page says so rather than pretending.
 */
public final class SyncView extends FxmlView {

    private final AccountSession session;
    private final Path dataFile;
    private final Messages messages;

    @FXML
    private Label syncStatus;
    @FXML
    private Label syncDataFile;
    @FXML
    private Label syncLastSubmit;

    public SyncView(AccountSession session, Path dataFile, Messages messages) {
        super(messages);
        this.session = session;
        this.dataFile = dataFile;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        syncStatus.setText(messages.get("sync.status.local"));
        syncDataFile.setText(dataFile.toString());
        session.submittedAtProperty().addListener((o, a, b) -> showLastSubmit(b));
        showLastSubmit(session.submittedAtProperty().get());
    }

    private void showLastSubmit(Instant at) {
        syncLastSubmit.setText(at == null ? messages.get("sync.neverSubmitted")
                : messages.get("sync.lastSubmit", messages.dateTime(at)));
    }
}
