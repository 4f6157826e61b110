package dev.partnercontacts;

import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.sync.AutoSyncPolicy;
import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.sync.SqliteSyncStore;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.FileDialogs;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.sync.BundleFiles;
import dev.partnercontacts.ui.sync.BundleViewModel;
import dev.partnercontacts.ui.sync.KeyringVault;
import dev.partnercontacts.ui.sync.StartDialogs;
import dev.partnercontacts.ui.sync.StartViewModel;
import dev.partnercontacts.ui.sync.SyncViewModel;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.ui.workspace.AccountCommands;
import java.time.Clock;

/**
 * Wiring only: the sync and bundle services of one set of windows on the open data file — the
 * Sync tab's model with its automatic-sync policy, bundles, and the gate's start from the server
 * or a bundle.
 */
final class SyncParts {

    private final SqliteSyncStore store;
    private final SyncViewModel model;
    private final BundleViewModel bundles;
    private final StartDialogs start;

    SyncParts(StartupLoader.Loaded loaded, Validation validation, Tasks tasks, AccountCommands commands,
              Messages messages, Dialogs dialogs, String stylesheet) {
        Clock utc = Clock.systemUTC();
        Clock local = Clock.systemDefaultZone();
        store = new SqliteSyncStore(loaded.database(), loaded.store(), validation, utc);
        model = new SyncViewModel(loaded.store(), tasks, new SyncWiring(store, utc), new KeyringVault(), commands, messages,
                local, new AutoSyncPolicy(local));
        bundles = new BundleViewModel(BundleFiles.of(new BundleTransfer(loaded.database(), loaded.store(), validation, utc)),
                tasks, commands, messages);
        start = new StartDialogs(new StartViewModel(loaded.store(), tasks.writer(), model, bundles, commands, messages),
                bundles, dialogs, new FileDialogs(messages)::bundle, messages, stylesheet);
    }

    /** The sync state in the data file (local reads: where each account stands). */
    SqliteSyncStore store() {
        return store;
    }

    SyncViewModel model() {
        return model;
    }

    BundleViewModel bundles() {
        return bundles;
    }

    StartDialogs start() {
        return start;
    }
}
