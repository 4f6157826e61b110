package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.StorageException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import through {@link BundleTransfer} on real SQLite files. */
class BundleTransferTest {

    @TempDir
    Path dir;

    private final List<Workstation> open = new ArrayList<>();

    private Workstation workstation(String name) {
        // No server: these tests never sync.
        Workstation w = new Workstation(dir.resolve(name), null, CouchDocuments.DEFAULT_DATABASE);
        open.add(w);
        return w;
    }

    private static BundleTransfer transfer(Workstation w) {
        return new BundleTransfer(w.db, w.accounts, new Validation(""), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        open.forEach(Workstation::close);
    }

    @Test
    void aRoundTripIntoAnEmptyFileGivesTheSameData() throws Exception {
        Workstation a = workstation("a.db");
        AccountData first = SyncFixtures.account(SyncFixtures.newKey());
        AccountData second = SyncFixtures.renamed(SyncFixtures.account(SyncFixtures.newKey()), "Second");
        a.add(first);
        a.add(second);
        Path bundle = dir.resolve("all.json");

        int written = transfer(a).export(List.of(), bundle);
        Workstation b = workstation("b.db");
        ImportPlan plan = transfer(b).plan(bundle);

        assertThat(written).isEqualTo(2);
        assertThat(plan).isInstanceOf(ImportPlan.Ready.class);
        ImportPlan.Ready ready = (ImportPlan.Ready) plan;
        assertThat(ready.accounts()).filteredOn(i -> i.key().equals(first.key()) || i.key().equals(second.key()))
                .hasSize(2).allSatisfy(i -> assertThat(i.added()).isTrue());
        transfer(b).apply(ready, "Importer <imp@example.com>");

        for (AccountData x : List.of(first, second)) {
            assertThat(CouchDocuments.toDocs(b.data(x.key()))).isEqualTo(CouchDocuments.toDocs(a.data(x.key())));
            assertThat(b.data(x.key()).submittedAt()).isEqualTo(a.data(x.key()).submittedAt());
            assertThat(b.pending(x.key())).as("an import is a local change to send").isPositive();
        }
        ImportPlan again = transfer(b).plan(bundle);
        assertThat(((ImportPlan.Ready) again).accounts()).hasSize(2).allSatisfy(i -> assertThat(i.changesSomething()).as("nothing left to change").isFalse());
    }

    @Test
    void aPlanListsTheChangesFieldByFieldAndChangesNothing() throws Exception {
        Workstation a = workstation("a.db");
        Workstation b = workstation("b.db");
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        a.add(account);
        b.add(account);
        a.rename(account.key(), "Renamed in A");
        a.accounts.addUser(a.id(account.key()), "Nia", "nia@example.com", UserRole.EDITOR, "x");
        Path bundle = dir.resolve("one.json");
        transfer(a).export(List.of(account.key()), bundle);

        ImportPlan.Ready plan = (ImportPlan.Ready) transfer(b).plan(bundle);

        assertThat(plan.accounts()).hasSize(1);
        AccountImport one = plan.accounts().get(0);
        assertThat(one.added()).isFalse();
        assertThat(one.name()).isEqualTo("Renamed in A");
        assertThat(one.changes()).extracting(Change::kind).containsExactlyInAnyOrder(Change.Kind.USER_ADDED, Change.Kind.SETTING_CHANGED);
        assertThat(b.data(account.key()).details().settings().name()).as("a plan changes nothing").isEqualTo("Acme Tours");

        transfer(b).apply(plan, "Importer");
        assertThat(b.data(account.key()).details().settings().name()).isEqualTo("Renamed in A");
        assertThat(b.data(account.key()).users()).extracting(PortalUser::email).contains("nia@example.com");
    }

    @Test
    void anExportOfAnUnknownAccountLeavesTheFileAsItWas() throws Exception {
        Workstation a = workstation("a.db");
        Path bundle = dir.resolve("kept.json");
        Files.writeString(bundle, "what was there");

        assertThatThrownBy(() -> transfer(a).export(List.of(SyncFixtures.newKey()), bundle))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readString(bundle)).isEqualTo("what was there");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anExportOfOneAccountWritesOnlyThatOne() throws Exception {
        Workstation a = workstation("a.db");
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        a.add(account);
        a.add(SyncFixtures.account(SyncFixtures.newKey()));
        Path bundle = dir.resolve("one.json");

        assertThat(transfer(a).export(List.of(account.key()), bundle)).isEqualTo(1);

        try (InputStream in = Files.newInputStream(bundle)) {
            BundleOutcome read = new BundleCodec(Clock.systemUTC()).read(in);
            assertThat(((BundleOutcome.Accepted) read).accounts()).extracting(AccountData::key).containsExactly(account.key());
        }
    }

    @Test
    void anImportIsAppliedToAllAccountsOrToNone() {
        Workstation b = workstation("b.db");
        AccountData good = SyncFixtures.account(SyncFixtures.newKey());
        AccountData bad = SyncFixtures.account(SyncFixtures.newKey());
        // Two users with one address in different case: the database refuses the second.
        List<PortalUser> twice = new ArrayList<>(bad.users());
        twice.add(new PortalUser(9, "Ada Again", "ADA@example.com", UserRole.EDITOR));
        bad = new AccountData(bad.key(), bad.details(), twice, bad.submittedAt(), bad.submittedBy());
        ImportPlan.Ready plan = new ImportPlan.Ready(List.of(
                new AccountImport(good.key(), "Good", true, List.of(), good),
                new AccountImport(bad.key(), "Bad", true, List.of(), bad)));
        int before = b.accounts.accounts().size();

        assertThatThrownBy(() -> transfer(b).apply(plan, "Importer")).isInstanceOf(StorageException.class);

        assertThat(b.accounts.findByKey(good.key())).as("the first account was rolled back too").isEmpty();
        assertThat(b.accounts.accounts()).hasSize(before);
    }
}
