package dev.partnercontacts.ui.main;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import java.util.function.Supplier;

/**
 * The main window: the menu bar ({@link MainMenu}), the account switcher, and five tabs (Accounts, Home, Configuration, Sync,
 * Activity), all disabled while the current account's contact gate is locked.
 */
public final class MainWindowView extends FxmlView {

    /** The pages behind the tabs, each built the first time its tab is selected. */
    public record Pages(Supplier<Node> accounts, Supplier<Node> home, Supplier<Node> configuration,
                        Supplier<Node> sync, Supplier<Node> activity) {
    }

    private final ObservableBooleanValue locked;
    private final Pages pages;
    private final AccountsViewModel accounts;
    private final ObservableStringValue syncStateText;
    private final MainMenu.Help help;
    /** Set while the switcher's selection follows the session, so that it does not switch back. */
    private boolean following;

    @FXML
    private MenuBar mainMenu;
    @FXML
    private Label mainNotice;
    @FXML
    private ComboBox<AccountSummary> accountSwitcher;
    @FXML
    private Button newAccountButton;
    @FXML
    private Button removeAccountButton;
    @FXML
    private Label accountProblem;
    @FXML
    private Label syncState;
    @FXML
    private TabPane mainTabs;
    @FXML
    private Tab accountsTab;
    @FXML
    private Tab homeTab;
    @FXML
    private Tab configurationTab;
    @FXML
    private Tab syncTab;
    @FXML
    private Tab activityTab;

    /**
     * @param syncState offline, changes waiting, synced at a time, or conflicts to resolve
     * @param help      what the menu's Help items do
     */
    public MainWindowView(ObservableBooleanValue locked, Pages pages, AccountsViewModel accounts,
                          ObservableStringValue syncState, MainMenu.Help help, Messages messages) {
        super(messages);
        this.locked = locked;
        this.pages = pages;
        this.accounts = accounts;
        this.syncStateText = syncState;
        this.help = help;
    }

    /** Shows a notice across the top of the window, such as "opened read-only". */
    public void showNotice(String text) {
        root();
        mainNotice.setText(text);
        mainNotice.setVisible(true);
        mainNotice.setManaged(true);
    }

    public TabPane tabs() {
        return mainTabs;
    }

    /** Selects the tab with this id ({@code homeTab}, {@code configurationTab}…). */
    public void showPage(String tabId) {
        mainTabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> mainTabs.getSelectionModel().select(t));
    }

    /**
     * Pages are built when first seen: the start-up only pays for the page it shows, and for
     * none while the gate is locked (the tabs are disabled behind the contact dialog then).
     */
    private void lazily(Tab tab, Supplier<Node> page) {
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(page.get());
            }
        };
        if (tab.isSelected() && !locked.get()) {
            build.run();
            return;
        }
        javafx.beans.InvalidationListener[] listener = new javafx.beans.InvalidationListener[1];
        listener[0] = o -> {
            if (tab.isSelected() && !locked.get()) {
                build.run();
                tab.selectedProperty().removeListener(listener[0]);
                locked.removeListener(listener[0]);
            }
        };
        tab.selectedProperty().addListener(listener[0]);
        locked.addListener(listener[0]);
    }

    @FXML
    private void initialize() {
        // The account's own page first; the list of every account is a tab away.
        mainTabs.getSelectionModel().select(homeTab);
        lazily(accountsTab, pages.accounts());
        lazily(homeTab, pages.home());
        lazily(configurationTab, pages.configuration());
        lazily(syncTab, pages.sync());
        lazily(activityTab, pages.activity());
        for (Tab tab : mainTabs.getTabs()) {
            tab.disableProperty().bind(locked);
        }
        accountSwitcher.setItems(accounts.accounts());
        accountSwitcher.setButtonCell(new AccountCell());
        accountSwitcher.setCellFactory(l -> new AccountCell());
        follow(accounts.currentProperty().get());
        // The list is replaced on every refresh: the selection follows the session's account.
        accounts.accounts().addListener((javafx.collections.ListChangeListener<AccountSummary>) c ->
                follow(accounts.currentProperty().get()));
        accounts.currentProperty().addListener((o, a, b) -> follow(b));
        accountSwitcher.valueProperty().addListener((o, a, chosen) -> {
            if (!following) {
                accounts.choose(chosen);
            }
        });
        accountSwitcher.disableProperty().bind(accounts.busyProperty());
        newAccountButton.disableProperty().bind(accounts.busyProperty());
        newAccountButton.setOnAction(e -> accounts.create());
        removeAccountButton.disableProperty().bind(accounts.canRemoveProperty().not());
        removeAccountButton.setOnAction(e -> accounts.removeCurrent(removeAccountButton.getScene().getWindow()));
        syncState.textProperty().bind(syncStateText);
        accountProblem.textProperty().bind(accounts.problemProperty());
        accountProblem.visibleProperty().bind(accounts.problemProperty().isNotEmpty());
        accountProblem.managedProperty().bind(accountProblem.visibleProperty());
        new MainMenu(mainMenu, this, accounts, help);
    }

    private void follow(AccountSummary current) {
        following = true;
        try {
            AccountSummary item = current == null ? null : accounts.accounts().stream()
                    .filter(a -> a.id() == current.id()).findFirst().orElse(current);
            // A value equal to the one shown is no change, and the button cell, emptied when the
            // list was replaced, would stay blank (issue 15): shown again from nothing.
            accountSwitcher.setValue(null);
            accountSwitcher.setValue(item);
        } finally {
            following = false;
        }
    }

    /** Shows an account by name, marking incomplete ones. */
    private final class AccountCell extends ListCell<AccountSummary> {
        @Override
        protected void updateItem(AccountSummary item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                // Marked again when the account's changes are sent, or new ones wait, or its draft comes or goes.
                textProperty().bind(Bindings.createStringBinding(() -> accounts.display(item), accounts.unsentAccounts(),
                        accounts.currentUnsavedProperty()));
            }
        }
    }
}
