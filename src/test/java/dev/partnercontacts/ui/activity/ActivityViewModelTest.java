package dev.partnercontacts.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private ActivityViewModel vm;
    private long first;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("activity.db"));
        first = fx.workspace.accountId();
        fx.store.addUser(first, "Ada Lovelace", "ada@acme.example", UserRole.ADMINISTRATOR, "Ada Lovelace <ada@acme.example>");
        // An author that a spreadsheet would take for a formula.
        fx.store.addUser(first, "Bob, the builder", "bob@acme.example", UserRole.EDITOR, "=Bob");
        vm = new ActivityViewModel(fx.store, fx.tasks.writer(), fx.tasks.background(), fx.workspace, fx.messages, Debouncer.immediate());
        vm.reload();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<String> subjects() {
        return vm.entries().stream().map(HistoryEntry::change).map(Change::subject).toList();
    }

    @Test
    void showsTheCurrentAccountsHistoryNewestFirst() {
        assertThat(subjects()).containsExactly("bob@acme.example", "ada@acme.example");
        assertThat(vm.authors()).containsExactly("=Bob", "Ada Lovelace <ada@acme.example>");
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("2 changes.");
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        vm.searchProperty().set("ADA@");
        assertThat(subjects()).containsExactly("ada@acme.example");

        vm.searchProperty().set("");
        vm.authorProperty().set("=Bob");
        assertThat(subjects()).containsExactly("bob@acme.example");

        vm.authorProperty().set("");
        vm.roleProperty().set(Role.TECH_EMERGENCY);
        assertThat(subjects()).isEmpty();
    }

    @Test
    void theAllAccountsToggleShowsOtherAccountsToo() {
        AccountSummary other = fx.store.createAccount("Carol");

        assertThat(subjects()).hasSize(2);
        vm.allAccountsProperty().set(true);
        assertThat(vm.entries()).extracting(HistoryEntry::accountId).contains(other.id(), first);
    }

    @Test
    void switchingAccountsShowsTheOtherAccountsHistory() {
        AccountSummary other = fx.store.createAccount("Carol");

        fx.commands.switchTo(other.id(), () -> { }, e -> { throw new AssertionError(e); });

        assertThat(vm.entries()).singleElement().satisfies(e -> assertThat(e.change().kind()).isEqualTo(Change.Kind.ACCOUNT_CREATED));
    }

    @Test
    void olderPagesAreReadOnRequest() {
        for (int i = 0; i < ActivityViewModel.PAGE + 5; i++) {
            fx.store.changeUserRole(first, fx.store.users(first).get(1).id(), i % 2 == 0 ? UserRole.READ_ONLY : UserRole.EDITOR, "=Bob");
        }
        vm.reload();
        assertThat(vm.entries()).hasSize(ActivityViewModel.PAGE);
        assertThat(vm.hasMoreProperty().get()).isTrue();

        vm.loadMore();

        assertThat(vm.entries()).hasSize(ActivityViewModel.PAGE + 5 + 2);
        assertThat(vm.entries().stream().map(HistoryEntry::id).distinct().count()).isEqualTo(vm.entries().size());
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void theExportHoldsWhatTheFiltersShowAsSafeCsv() throws Exception {
        vm.authorProperty().set("=Bob");
        Path file = dir.resolve("out.csv");
        int[] written = {-1};

        vm.exportCsv(file, n -> written[0] = n, e -> { throw new AssertionError(e); });

        assertThat(written[0]).isEqualTo(1);
        assertThat(vm.statusProperty().get()).as("the export counts what it wrote").isEqualTo("Exporting… 1 entry written");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFWhen,Who,What,Details\r\n");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).endsWith(",'=Bob,Users,\"added \u2068Bob, the builder\u2069 (bob@acme.example) as Editor\"")
                .doesNotContain(",=Bob");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .noneMatch(n -> n.startsWith(".export-"));
        }
    }
}
