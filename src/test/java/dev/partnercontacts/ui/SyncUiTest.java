package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SqliteSyncStore;
import dev.partnercontacts.sync.SyncEngine;
import dev.partnercontacts.sync.SyncSummary;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync tab against a real CouchDB-compatible server (PouchDB Server on 127.0.0.1), with a
 * second workstation played by the test on a file of its own.
 */
class SyncUiTest {

    @RegisterExtension
    static PouchDbServer pouch = new PouchDbServer();

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;
    private String team;
    private final Validation validation = new Validation("");

    @BeforeEach
    void setUp() throws Exception {
        team = pouch.newDatabase();
        app = apps.driver("workstation-a.db").withCompleteAccount();
    }

    private Node inMain(String id) {
        return app.robot().from(app.mainRoot()).lookup("#" + id).query();
    }

    private String syncState() {
        return ((Label) inMain("syncState")).getText();
    }

    private void typeInMain(String id, String text) {
        TextInputControl field = (TextInputControl) inMain(id);
        app.robot().interact(() -> field.setText(text));
    }

    private void click(String id) {
        app.reveal(inMain(id));
        app.robot().clickOn(inMain(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the Sync tab and types the test server's address and login. */
    private void connectOnTheSyncTab() {
        openTab("Sync");
        typeInMain("serverUrl", pouch.uri().toString());
        typeInMain("serverUser", PouchDbServer.ADMIN);
        typeInMain("serverDatabase", team);
        typeInMain("serverPassword", PouchDbServer.PASSWORD);
    }

    private void openTab(String text) {
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup(text).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void syncFromTheTab() throws Exception {
        click("syncNowButton");
        AppDriver.waitUntil(() -> syncState().startsWith("Synced at") || syncState().startsWith("Conflicts"));
    }

    /** What the other workstation does to the account before it syncs again. */
    private enum Edit { NONE, RENAME, PRODUCTION }

    /** The other workstation: a file of its own, synced by the engine directly. */
    private SyncSummary otherWorkstation(String key, Edit edit) {
        try (Database db = Database.open(apps.dir().resolve("workstation-b.db"))) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC());
            SqliteSyncStore sync = new SqliteSyncStore(db, store, validation, Clock.systemUTC());
            SyncEngine engine = new SyncEngine(pouch.client(), team, sync, Clock.systemUTC());
            SyncSummary pulled = engine.sync();
            assertThat(pulled.failure()).isNull();
            if (edit == Edit.NONE) {
                return pulled;
            }
            long id = store.accounts().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow().id();
            AccountSettings s = store.loadStored(id).settings();
            AccountSettings changed = edit == Edit.RENAME
                    ? new AccountSettings("Acme Travel", s.partnerId(), s.integration(), s.environment())
                    : new AccountSettings(s.name(), s.partnerId(), s.integration(), Environment.PRODUCTION);
            store.submit(id, store.loadStored(id).withSettings(changed), "Bea <bea@acme.example>");
            return engine.sync();
        }
    }

    @Test
    void syncSendsTheAccountAndAPullFromAnotherWorkstationCanLockTheApp() throws Exception {
        app.launch("--locale=en");
        assertThat(syncState()).isEqualTo("Not synced: no server set up");
        String key = app.readStoreKey();
        connectOnTheSyncTab();

        syncFromTheTab();

        assertThat(syncState()).startsWith("Synced at");
        var doc = pouch.client().get(team, CouchDocuments.accountId(key));
        assertThat(doc).get().satisfies(d -> assertThat(d.get("name").asText()).isEqualTo("Acme Tours"));

        // Another workstation switches the account to Production; alert contacts become required.
        SyncSummary pushed = otherWorkstation(key, Edit.PRODUCTION);
        assertThat(pushed.pushedAccounts()).isEqualTo(1);

        syncFromTheTab();
        AppDriver.waitUntil(() -> app.gate().isPresent());
        assertThat(app.text("gateProgress")).isEqualTo("5 of 6 required roles complete");
    }

    @Test
    void aConflictIsShownSideBySideAndTheServersVersionKept() throws Exception {
        app.launch("--locale=en");
        String key = app.readStoreKey();
        connectOnTheSyncTab();
        syncFromTheTab();

        otherWorkstation(key, Edit.RENAME);
        // Here, meanwhile, the account is renamed on the Contact information page.
        openTab("Configuration");
        typeInMain("accountName", "Acme Local");
        click("saveContactsButton");
        AppDriver.waitUntil(() -> syncState().startsWith("Accounts with changes waiting") || syncState().startsWith("Synced"));
        openTab("Sync");

        syncFromTheTab();

        AppDriver.waitUntil(() -> syncState().equals("Conflicts to resolve: 1"));
        ListView<?> conflicts = (ListView<?>) inMain("conflictsList");
        app.robot().interact(() -> conflicts.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot().from(inMain("conflictView")).lookup("Acme Local").tryQuery()).isPresent();
        assertThat(app.robot().from(inMain("conflictView")).lookup("Acme Travel").tryQuery()).isPresent();

        click("keepRemoteButton");

        AppDriver.waitUntil(() -> syncState().startsWith("Synced at"));
        AppDriver.waitUntil(() -> "Acme Travel".equals(app.readStore(r -> r.loadStored(r.currentAccountId()).settings().name())));
        AccountData server = otherWorkstationData(key);
        assertThat(server.details().settings().name()).isEqualTo("Acme Travel");
    }

    private AccountData otherWorkstationData(String key) {
        otherWorkstation(key, Edit.NONE);
        try (Database db = Database.open(apps.dir().resolve("workstation-b.db"))) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC());
            return new SqliteSyncStore(db, store, validation, Clock.systemUTC()).load(key).account();
        }
    }
}
