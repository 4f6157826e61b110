package dev.partnercontacts.ui.accounts;

import dev.partnercontacts.ui.accounts.AccountListViewModel.Filter;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Row;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The Accounts page: a sortable table of every account, a search field and a filter; a
 * double-click or Enter opens the account.
 */
public final class AccountListView extends FxmlView {

    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");

    private final AccountListViewModel vm;
    private final Messages messages;

    @FXML
    private TextField accountsSearch;
    @FXML
    private ComboBox<Filter> accountsFilter;
    @FXML
    private Label accountsCount;
    @FXML
    private Label accountsProblem;
    @FXML
    private TableView<Row> accountsTable;
    @FXML
    private TableColumn<Row, String> nameColumn;
    @FXML
    private TableColumn<Row, String> partnerIdColumn;
    @FXML
    private TableColumn<Row, String> integrationColumn;
    @FXML
    private TableColumn<Row, String> environmentColumn;
    @FXML
    private TableColumn<Row, String> stateColumn;
    @FXML
    private TableColumn<Row, Instant> submittedColumn;
    @FXML
    private TableColumn<Row, Instant> confirmedColumn;
    @FXML
    private TableColumn<Row, String> syncColumn;

    public AccountListView(AccountListViewModel vm, Messages messages) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
    }

    /** Puts the keyboard in the search field, its text selected (Ctrl+F). */
    public void focusSearch() {
        accountsSearch.requestFocus();
        accountsSearch.selectAll();
    }

    @FXML
    private void initialize() {
        accountsSearch.textProperty().bindBidirectional(vm.searchProperty());
        accountsFilter.getItems().setAll(vm.filters());
        accountsFilter.setConverter(DisplayText.of(f -> messages.get(f.labelKey())));
        accountsFilter.valueProperty().bindBidirectional(vm.filterProperty());
        accountsCount.textProperty().bind(vm.countProperty());
        accountsProblem.textProperty().bind(vm.problemProperty());
        accountsProblem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        accountsProblem.managedProperty().bind(accountsProblem.visibleProperty());

        text(nameColumn, Row::name, r -> false, true);
        text(partnerIdColumn, r -> r.account().partnerId(), r -> false, false);
        text(integrationColumn, Row::integration, r -> false, false);
        text(environmentColumn, Row::environment, r -> false, false);
        text(stateColumn, Row::state, r -> !r.account().complete(), true);
        date(submittedColumn, r -> r.account().submittedAt(), r -> false);
        date(confirmedColumn, r -> r.account().confirmedAt(), Row::reconfirmDue);
        text(syncColumn, Row::sync, r -> r.syncState().conflict(), false);

        SortedList<Row> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(accountsTable.comparatorProperty());
        accountsTable.setItems(sorted);
        accountsTable.setPlaceholder(new Label(messages.get("accounts.empty")));
        accountsTable.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        accountsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(accountsTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        // Down from the search field goes into the list.
        accountsSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !accountsTable.getItems().isEmpty()) {
                accountsTable.requestFocus();
                if (accountsTable.getSelectionModel().isEmpty()) {
                    accountsTable.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
    }

    /**
     * A column of text; {@code attention} marks the cells that need the user's eye; a long text
     * (a name, the missing roles) also shows whole in a tooltip.
     */
    private static void text(TableColumn<Row, String> column, Function<Row, String> value, Predicate<Row> attention,
                             boolean longText) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setCellFactory(c -> new MarkedCell<>(attention, s -> s, longText));
    }

    /** A column of dates, sorted as dates, "Never" first. */
    private void date(TableColumn<Row, Instant> column, Function<Row, Instant> value, Predicate<Row> attention) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new MarkedCell<>(attention, vm::date, false));
    }

    /** Shows a value as text, marked when it needs attention. */
    private static final class MarkedCell<T> extends TableCell<Row, T> {
        private final Predicate<Row> attention;
        private final Function<T, String> text;
        /** Made for the first long text only: a tooltip is a window of its own. */
        private final boolean withTooltip;
        private Tooltip tip;

        MarkedCell(Predicate<Row> attention, Function<T, String> text, boolean withTooltip) {
            this.attention = attention;
            this.text = text;
            this.withTooltip = withTooltip;
            getStyleClass().add("account-cell");
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String shown = row == null ? null : text.apply(item);
            setText(shown);
            if (withTooltip && shown != null && shown.length() > 24) {
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(shown);
                setTooltip(tip);
            } else {
                setTooltip(null);
            }
            pseudoClassStateChanged(ATTENTION, row != null && attention.test(row));
        }
    }
}
