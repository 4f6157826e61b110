package dev.partnercontacts;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.ui.accounts.AccountListView;
import dev.partnercontacts.ui.accounts.AccountListViewModel;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.main.AccountsViewModel;
import dev.partnercontacts.ui.main.MainWindowView;
import dev.partnercontacts.ui.workspace.Workspace;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;

/**
 * Builds the Accounts page ({@code accountsTab}, ui-contract "Accounts") for one set of windows.
 * It reads the file again whenever the list of accounts changes (a switch, a submit, a sync) and
 * each time it is shown (a draft saved meanwhile); opening an account switches to it and shows
 * its Home page. The listeners it adds live on the workspace and the main view of the same
 * windows, so they go with them.
 */
final class AccountsPage {

    private AccountsPage() {
    }

    /**
     * @param reader  where the file is read (the data file's writer lane: never the FX thread)
     * @param listing reads every account's overview and sync state, in a few queries
     * @return the page's root node
     */
    static Parent build(Workspace workspace, AccountsViewModel accounts, MainWindowView main, TaskExecutor reader,
                        Callable<AccountListViewModel.Listing> listing, Messages messages) {
        AccountListViewModel vm = new AccountListViewModel(listing, reader, messages, Clock.systemDefaultZone(), id -> {
            workspace.accounts().stream().filter(a -> a.id() == id).findFirst().ifPresent(accounts::choose);
            main.showPage("homeTab");
        });
        vm.load();
        workspace.accounts().addListener((ListChangeListener<AccountSummary>) c -> vm.load());
        main.tabs().getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && "accountsTab".equals(is.getId()) && is.getContent() != null) {
                vm.load();
            }
        });
        return new AccountListView(vm, messages).root();
    }
}
