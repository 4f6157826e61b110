package dev.partnercontacts.ui.activity;

import dev.partnercontacts.domain.ActivityEntry;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Activity: who changed what, when, newest first. */
public final class ActivityView extends FxmlView {

    private final AccountSession session;
    private final Messages messages;

    @FXML
    private TableView<ActivityEntry> activityTable;
    @FXML
    private TableColumn<ActivityEntry, String> whenColumn;
    @FXML
    private TableColumn<ActivityEntry, String> whoColumn;
    @FXML
    private TableColumn<ActivityEntry, String> whatColumn;
    @FXML
    private TableColumn<ActivityEntry, String> detailColumn;

    public ActivityView(AccountSession session, Messages messages) {
        super(messages);
        this.session = session;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        activityTable.setItems(session.activity());
        activityTable.setPlaceholder(new Label(messages.get("home.noChanges")));
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.dateTime(c.getValue().at())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actor()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("activity." + c.getValue().action())));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
    }
}
