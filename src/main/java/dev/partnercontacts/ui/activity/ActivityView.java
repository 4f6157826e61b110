package dev.partnercontacts.ui.activity;

import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Activity: who changed what, when, newest first, with search, filters and a CSV export. */
public final class ActivityView extends FxmlView {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityView.class);

    private final ActivityViewModel vm;
    private final Messages messages;
    private final Function<Window, Optional<Path>> chooseExportFile;

    @FXML
    private TextField activitySearch;
    @FXML
    private ComboBox<String> activityRoleFilter;
    @FXML
    private ComboBox<String> activityAuthorFilter;
    @FXML
    private CheckBox activityAllAccounts;
    @FXML
    private Button activityExportButton;
    @FXML
    private TableView<HistoryEntry> activityTable;
    @FXML
    private TableColumn<HistoryEntry, String> whenColumn;
    @FXML
    private TableColumn<HistoryEntry, String> accountColumn;
    @FXML
    private TableColumn<HistoryEntry, String> whoColumn;
    @FXML
    private TableColumn<HistoryEntry, String> whatColumn;
    @FXML
    private TableColumn<HistoryEntry, String> detailColumn;
    @FXML
    private Button activityMoreButton;
    @FXML
    private Label activityStatus;

    /**
     * @param chooseExportFile asks where to save the CSV (a save dialog over the given window)
     */
    public ActivityView(ActivityViewModel vm, Messages messages, Function<Window, Optional<Path>> chooseExportFile) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
        this.chooseExportFile = chooseExportFile;
    }

    @FXML
    private void initialize() {
        activitySearch.textProperty().bindBidirectional(vm.searchProperty());
        // Role keys, "" for every role: a null item is not reliably selectable in a ComboBox.
        ObservableList<String> roles = FXCollections.observableArrayList("");
        for (Role r : Role.values()) {
            roles.add(r.key());
        }
        activityRoleFilter.setItems(roles);
        activityRoleFilter.setButtonCell(new NamedCell<>(this::roleText));
        activityRoleFilter.setCellFactory(l -> new NamedCell<>(this::roleText));
        activityRoleFilter.setValue("");
        activityRoleFilter.valueProperty().addListener((o, a, key) ->
                vm.roleProperty().set(key == null ? null : Role.byKey(key).orElse(null)));

        activityAuthorFilter.setItems(authorItems());
        vm.authors().addListener((ListChangeListener<String>) c -> {
            String chosen = activityAuthorFilter.getValue();
            activityAuthorFilter.setItems(authorItems());
            activityAuthorFilter.setValue(chosen);
        });
        activityAuthorFilter.setButtonCell(new NamedCell<>(this::authorText));
        activityAuthorFilter.setCellFactory(l -> new NamedCell<>(this::authorText));
        activityAuthorFilter.setValue("");
        activityAuthorFilter.valueProperty().addListener((o, a, b) -> vm.authorProperty().set(b == null ? "" : b));
        activityAllAccounts.selectedProperty().bindBidirectional(vm.allAccountsProperty());

        activityTable.setItems(vm.entries());
        activityTable.setPlaceholder(new Label(messages.get("activity.empty")));
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.dateTime(c.getValue().at())));
        accountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().accountName().isBlank()
                ? messages.get("account.unnamed") : c.getValue().accountName()));
        accountColumn.visibleProperty().bind(vm.allAccountsProperty());
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().author()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.text().area(c.getValue().change())));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.text().detail(c.getValue().change())));

        for (TableColumn<HistoryEntry, String> column : List.of(whoColumn, whatColumn, detailColumn)) {
            column.setCellFactory(c -> new WrappingCell(column));
        }
        activityMoreButton.visibleProperty().bind(vm.hasMoreProperty());
        activityMoreButton.managedProperty().bind(vm.hasMoreProperty());
        activityMoreButton.disableProperty().bind(vm.loadingProperty());
        activityMoreButton.setOnAction(e -> vm.loadMore());
        activityStatus.textProperty().bind(vm.statusProperty());
        activityExportButton.setOnAction(e -> export());
        vm.reload();
    }

    private ObservableList<String> authorItems() {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(vm.authors());
        return FXCollections.observableArrayList(items);
    }

    private String roleText(String key) {
        return key == null || key.isEmpty() ? messages.get("activity.filter.allRoles")
                : Role.byKey(key).map(vm.text()::roleTitle).orElse(key);
    }

    private String authorText(String author) {
        return author == null || author.isEmpty() ? messages.get("activity.filter.allAuthors") : author;
    }

    private void export() {
        chooseExportFile.apply(activityTable.getScene().getWindow()).ifPresent(file ->
                vm.exportCsv(file, count -> vm.statusProperty().set(messages.get("activity.exported", count, file)),
                        failure -> {
                            LOG.error("The CSV export failed", failure);
                            vm.statusProperty().set(messages.get("activity.exportFailed", FailureText.of(messages, failure)));
                        }));
    }

    /** A table cell whose text wraps within its column instead of being cut short. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<HistoryEntry, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell(TableColumn<HistoryEntry, String> column) {
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : item);
        }
    }

    /** A list cell that names its item with the given text, null included. */
    private static final class NamedCell<T> extends javafx.scene.control.ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
        }
    }
}
