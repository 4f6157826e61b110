package dev.partnercontacts;

import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.sync.SqliteSyncStore;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.FileDialogs;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.Scheduler;
import dev.partnercontacts.ui.common.TaskRunner;
import dev.partnercontacts.ui.sync.BundleFiles;
import dev.partnercontacts.ui.sync.BundleViewModel;
import dev.partnercontacts.ui.sync.KeyringVault;
import dev.partnercontacts.ui.sync.StartDialogs;
import dev.partnercontacts.ui.sync.StartViewModel;
import dev.partnercontacts.ui.sync.SyncViewModel;
import java.time.Clock;
import javafx.application.Platform;

/**
 * Wiring only: the sync and bundle services of one set of windows on the open data file — the
 * network executor, the Sync tab's model, bundles, and the gate's start from the server or a
 * bundle.
 */
final class SyncParts {

    private final SyncWiring wiring;
    private final SyncViewModel model;
    private final BundleViewModel bundles;
    private final StartDialogs start;

    SyncParts(StartupLoader.Loaded loaded, Validation validation, TaskRunner runner, AccountSession session,
              Messages messages, Dialogs dialogs, String stylesheet) {
        Clock utc = Clock.systemUTC();
        wiring = new SyncWiring(new SqliteSyncStore(loaded.database(), loaded.store(), validation, utc), utc);
        model = new SyncViewModel(loaded.store(), runner, wiring, new KeyringVault(), session, messages,
                Platform::runLater, Scheduler.fx(), Clock.systemDefaultZone());
        bundles = new BundleViewModel(BundleFiles.of(new BundleTransfer(loaded.database(), loaded.store(), validation, utc)),
                runner, session, messages);
        start = new StartDialogs(new StartViewModel(loaded.store(), runner, model, bundles, session, messages),
                bundles, dialogs, new FileDialogs(messages)::bundle, messages, stylesheet);
    }

    SyncWiring wiring() {
        return wiring;
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
