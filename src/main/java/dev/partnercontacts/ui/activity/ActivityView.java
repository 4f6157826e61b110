package dev.partnercontacts.ui.activity;

import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
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
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Activity: who changed what, when, newest first, with search, filters and a CSV export. */
public final class ActivityView extends FxmlView {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityView.class);
    /** The role filter's items for the changes of no role (role keys never contain a dot). */
    private static final String ACCOUNT_AREA = "area.account";
    private static final String USERS_AREA = "area.users";
    /** Room beside a text: the field's insets and caret; a cell's; a header's sort arrow. */
    private static final double SEARCH_PADDING = 30;
    private static final double CELL_PADDING = 24;
    private static final double HEADER_PADDING = 30;
    /** The widest a fitted column grows, as a share of the table, so that the details keep room. */
    private static final double MAX_FITTED_SHARE = 0.32;
    /** What's width: its texts wrap within it. */
    private static final double WHAT_WIDTH = 250;

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
        // Role keys and the two areas of no role, "" for all: a null item is not reliably selectable.
        ObservableList<String> roles = FXCollections.observableArrayList("", ACCOUNT_AREA);
        for (Role r : Role.values()) {
            roles.add(r.key());
        }
        roles.add(USERS_AREA);
        activityRoleFilter.setItems(roles);
        activityRoleFilter.setButtonCell(new NamedCell<>(this::roleText));
        activityRoleFilter.setCellFactory(l -> new NamedCell<>(this::roleText));
        activityRoleFilter.setValue("");
        activityRoleFilter.valueProperty().addListener((o, a, key) -> {
            vm.areaProperty().set(area(key));
            vm.roleProperty().set(key == null ? null : Role.byKey(key).orElse(null));
        });
        // Wide enough for its prompt in every language (issue 15: "Cerca indirizzi, nomi, va").
        activitySearch.setMinWidth(textWidth(activitySearch.getPromptText()) + SEARCH_PADDING);
        activitySearch.fontProperty().addListener((o, a, font) -> {
            activitySearch.setMinWidth(textWidth(activitySearch.getPromptText()) + SEARCH_PADDING);
            fitColumns();
        });

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
        accountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(accountName(c.getValue())));
        accountColumn.visibleProperty().bind(vm.allAccountsProperty());
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().author()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.text().area(c.getValue().change())));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.text().detail(c.getValue().change())));

        for (TableColumn<HistoryEntry, String> column : List.of(whatColumn, detailColumn)) {
            column.setCellFactory(c -> new WrappingCell(column));
        }
        // Who and the account: one line each, their columns as wide as their texts (the details take the rest).
        whoColumn.setCellFactory(c -> new OneLineCell());
        accountColumn.setCellFactory(c -> new OneLineCell());
        vm.entries().addListener((ListChangeListener<HistoryEntry>) c -> fitColumns());
        accountColumn.visibleProperty().addListener((o, a, b) -> fitColumns());
        activityTable.widthProperty().addListener((o, a, b) -> fitColumns());
        activityMoreButton.visibleProperty().bind(vm.hasMoreProperty());
        activityMoreButton.managedProperty().bind(vm.hasMoreProperty());
        activityMoreButton.disableProperty().bind(vm.loadingProperty());
        activityMoreButton.setOnAction(e -> vm.loadMore());
        activityStatus.textProperty().bind(vm.statusProperty());
        activityExportButton.setOnAction(e -> export());
        vm.reload();
    }

    private static HistoryQuery.Area area(String key) {
        return ACCOUNT_AREA.equals(key) ? HistoryQuery.Area.ACCOUNT
                : USERS_AREA.equals(key) ? HistoryQuery.Area.USERS : null;
    }

    /**
     * When, the account, Who and What sized to the widest text shown, within bounds, and no wider
     * (their widest is their width): the table's resize policy gives the rest to the details.
     */
    private void fitColumns() {
        fit(whenColumn, vm.entries().stream().map(e -> messages.dateTime(e.at())).distinct().toList());
        fit(whoColumn, vm.entries().stream().map(HistoryEntry::author).distinct().toList());
        fit(accountColumn, vm.entries().stream().map(e -> accountName(e)).distinct().toList());
        // What wraps: no wider than its first width, so that it never takes Who's room in a narrow window.
        whatColumn.setMaxWidth(Math.max(whatColumn.getMinWidth(), WHAT_WIDTH));
        whatColumn.setPrefWidth(whatColumn.getMaxWidth());
    }

    private void fit(TableColumn<HistoryEntry, String> column, List<String> texts) {
        double widest = textWidth(column.getText()) + HEADER_PADDING;
        for (String t : texts) {
            widest = Math.max(widest, textWidth(t) + CELL_PADDING);
        }
        double most = Math.max(column.getMinWidth(), activityTable.getWidth() * MAX_FITTED_SHARE);
        double width = Math.min(most, Math.max(column.getMinWidth(), Math.ceil(widest)));
        column.setMaxWidth(width);
        column.setPrefWidth(width);
    }

    private double textWidth(String s) {
        Text probe = new Text(s);
        probe.setFont(activitySearch.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    private String accountName(HistoryEntry e) {
        return e.accountName().isBlank() ? messages.get("account.unnamed") : e.accountName();
    }

    private ObservableList<String> authorItems() {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(vm.authors());
        return FXCollections.observableArrayList(items);
    }

    private String roleText(String key) {
        return key == null || key.isEmpty() ? messages.get("activity.filter.allRoles")
                : ACCOUNT_AREA.equals(key) ? messages.get("history.area.account")
                : USERS_AREA.equals(key) ? messages.get("history.area.users")
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

    /** A table cell on one line: what does not fit ends in "…", the whole text in a tooltip. */
    private static final class OneLineCell extends javafx.scene.control.TableCell<HistoryEntry, String> {
        private final Tooltip tip = new Tooltip();

        OneLineCell() {
            setWrapText(false);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            setText(none ? null : item);
            tip.setText(none ? "" : item);
            setTooltip(none ? null : tip);
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
