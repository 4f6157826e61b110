package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.ui.common.SessionFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import from the Sync tab, on real files: what a preview says, and that it applies. */
class BundleViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture here;
    private SessionFixture there;

    @BeforeEach
    void setUp() {
        here = new SessionFixture(dir.resolve("here.db"));
        there = new SessionFixture(dir.resolve("there.db"));
        here.commands.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });
        here.commands.submit(Fixtures.complete(), () -> { }, e -> { throw new AssertionError(e); });
    }

    @AfterEach
    void tearDown() {
        here.close();
        there.close();
    }

    private static BundleViewModel model(SessionFixture fx) {
        BundleTransfer transfer = new BundleTransfer(fx.db, fx.store, fx.validation, Clock.systemUTC());
        return new BundleViewModel(BundleFiles.of(transfer), fx.tasks, fx.commands, fx.messages);
    }

    @Test
    void anExportedAccountIsPreviewedAsNewThenImportedWhole() {
        Path bundle = dir.resolve("acme.json");
        model(here).export(false, bundle);
        assertThat(bundle).isNotEmptyFile();

        BundleViewModel importing = model(there);
        BundleViewModel.Preview[] shown = new BundleViewModel.Preview[1];
        importing.preview(bundle, p -> shown[0] = p);

        assertThat(shown[0].refused()).isFalse();
        assertThat(shown[0].lines()).containsExactly("New account: Acme Tours");
        assertThat(there.store.accounts()).extracting(AccountSummary::name).doesNotContain("Acme Tours");

        importing.apply(shown[0].plan());

        assertThat(importing.statusProperty().get()).isEqualTo("1 account imported.");
        assertThat(there.store.accounts()).extracting(AccountSummary::name).contains("Acme Tours");
        assertThat(there.store.accounts()).filteredOn(a -> a.name().equals("Acme Tours")).singleElement()
                .satisfies(a -> assertThat(a.key()).isEqualTo(here.workspace.accountProperty().get().key()));
    }

    @Test
    void thePreviewNamesWhatWouldSetBackNewerDataHere() {
        Path bundle = dir.resolve("acme.json");
        model(here).export(false, bundle);
        // Changed here after the bundle was made: the partner ID.
        dev.partnercontacts.domain.ContactDetails stored = here.workspace.storedProperty().get();
        dev.partnercontacts.domain.AccountSettings was = stored.settings();
        here.commands.submit(stored.withSettings(new dev.partnercontacts.domain.AccountSettings(was.name(), "00452",
                was.integration(), was.environment())), () -> { }, e -> { throw new AssertionError(e); });

        BundleViewModel.Preview[] shown = new BundleViewModel.Preview[1];
        model(here).preview(bundle, p -> shown[0] = p);

        assertThat(shown[0].lines()).contains("Acme Tours: 1 change",
                "    Changed here after this bundle was made; importing sets it back: Account: Partner ID: 00452 → 12345");
    }

    @Test
    void aHostileBundleIsRefusedWithReasonsAndChangesNothing() throws IOException {
        Path bundle = dir.resolve("bad.json");
        Files.writeString(bundle, "{\"format\":\"partner-contacts-bundle\",\"version\":99,\"accounts\":[]}");

        BundleViewModel.Preview[] shown = new BundleViewModel.Preview[1];
        model(there).preview(bundle, p -> shown[0] = p);

        assertThat(shown[0].refused()).isTrue();
        assertThat(shown[0].lines()).isNotEmpty().allMatch(l -> !l.contains("{"));
        assertThat(shown[0].plan()).isNull();
        assertThat(there.store.accounts()).hasSize(1);
    }
}
