package dev.partnercontacts.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountOverview;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.sync.AccountSyncState;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Filter;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Listing;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Row;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.SameThreadExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Accounts page without the toolkit: rows, search, filters, counts and opening. */
class AccountListViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<AccountOverview> file = new ArrayList<>(List.of(
            account(1, "Acme Tours", "", true, Set.of(), NOW.minus(Duration.ofDays(10)), false,
                    "oncall@acme.example ada@acme.example"),
            account(2, "", "Globex Travel", false, Set.of(Role.TECH_EMERGENCY, Role.OPS_SUPPORT), null, true, ""),
            account(3, "Initech", "", true, Set.of(), NOW.minus(Duration.ofDays(200)), false, "ops@initech.example"),
            account(4, "Umbrella", "", true, Set.of(), NOW.minus(Duration.ofDays(1)), false, "")));
    private final Map<Long, AccountSyncState> sync = Map.of(
            1L, new AccountSyncState(false, false, Optional.of(NOW)),
            2L, new AccountSyncState(true, false, Optional.empty()),
            3L, new AccountSyncState(false, true, Optional.empty()));
    private final List<Long> opened = new ArrayList<>();

    private AccountListViewModel vm(Locale locale) {
        AccountListViewModel vm = new AccountListViewModel(() -> new Listing(List.copyOf(file), sync), new SameThreadExecutor(),
                new Messages(locale), CLOCK, opened::add);
        vm.load();
        return vm;
    }

    @Test
    void everyAccountIsARowWithItsStateInWords() {
        AccountListViewModel vm = vm(Locale.ENGLISH);

        assertThat(vm.rows()).extracting(Row::name).containsExactly("Acme Tours", "Globex Travel", "Initech", "Umbrella");
        assertThat(vm.rows()).extracting(Row::state).containsExactly("Complete",
                "Missing 2: Emergency, Support hours · unsaved draft", "Complete", "Complete");
        assertThat(vm.rows()).extracting(Row::sync).containsExactly("Nov 30, 2026", "Changes not sent",
                "Conflict to resolve", "Not synced yet");
        assertThat(vm.rows()).extracting(Row::integration).containsOnly("Things to do");
        assertThat(vm.rows()).extracting(Row::reconfirmDue).containsExactly(false, false, true, false);
        assertThat(vm.date(null)).isEqualTo("Never");
        assertThat(vm.date(NOW)).isEqualTo("Nov 30, 2026");
        assertThat(vm.countProperty().get()).isEqualTo("4 accounts");
    }

    @Test
    void inItalianToo() {
        AccountListViewModel vm = vm(Locale.ITALIAN);

        assertThat(vm.rows().get(1).state()).isEqualTo("Mancano 2: Emergenza, Orari di assistenza · bozza non salvata");
        assertThat(vm.date(NOW)).isEqualTo("30 nov 2026");
        assertThat(vm.countProperty().get()).isEqualTo("4 account");
        assertThat(vm.rows().get(0).sync()).isEqualTo("30 nov 2026");
        vm.searchProperty().set("acme");
        assertThat(vm.countProperty().get()).isEqualTo("1 di 4 account");
    }

    @Test
    void theSearchLooksInNamesDraftNamesPartnerIdsKeysAndAddresses() {
        AccountListViewModel vm = vm(Locale.ENGLISH);

        vm.searchProperty().set("globex");
        assertThat(vm.rows()).extracting(Row::id).containsExactly(2L);
        vm.searchProperty().set("  ADA@acme ");
        assertThat(vm.rows()).extracting(Row::id).containsExactly(1L);
        vm.searchProperty().set("4242-3");
        assertThat(vm.rows()).extracting(Row::id).containsExactly(3L);
        vm.searchProperty().set("00000000-0000-4000-8000-000000000002");
        assertThat(vm.rows()).extracting(Row::id).containsExactly(2L);
        vm.searchProperty().set("example ops");
        assertThat(vm.rows()).as("every word").extracting(Row::id).containsExactly(3L);
        assertThat(vm.countProperty().get()).isEqualTo("1 of 4 accounts");
        vm.searchProperty().set("nothing like it");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.countProperty().get()).isEqualTo("0 of 4 accounts");
    }

    @Test
    void theFiltersShowWhatNeedsAttention() {
        AccountListViewModel vm = vm(Locale.ENGLISH);

        vm.filterProperty().set(Filter.INCOMPLETE);
        assertThat(vm.rows()).extracting(Row::id).containsExactly(2L);
        vm.filterProperty().set(Filter.RECONFIRM);
        assertThat(vm.rows()).extracting(Row::id).containsExactly(3L);
        vm.filterProperty().set(Filter.CONFLICTS);
        assertThat(vm.rows()).extracting(Row::id).containsExactly(3L);
        vm.filterProperty().set(Filter.UNSENT);
        assertThat(vm.rows()).extracting(Row::id).containsExactly(2L);
        vm.filterProperty().set(Filter.ALL);
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void aNewReadingKeepsTheSearchAndTheFilter() {
        AccountListViewModel vm = vm(Locale.ENGLISH);
        vm.filterProperty().set(Filter.INCOMPLETE);

        file.add(account(5, "", "", false, Set.of(Role.OPS_FOR_USERS), null, false, ""));
        vm.load();

        assertThat(vm.rows()).extracting(Row::name).containsExactly("Globex Travel", "New account");
        assertThat(vm.rows().get(1).state()).isEqualTo("Missing: Ops for users");
        assertThat(vm.countProperty().get()).isEqualTo("2 of 5 accounts");
    }

    @Test
    void openingARowOpensItsAccount() {
        AccountListViewModel vm = vm(Locale.ENGLISH);

        vm.open(vm.rows().get(2));
        vm.open(null);

        assertThat(opened).containsExactly(3L);
    }

    @Test
    void aFailedReadingIsShownOnThePage() {
        AccountListViewModel vm = new AccountListViewModel(() -> {
            throw new IllegalStateException("disk on fire");
        }, new SameThreadExecutor(), new Messages(Locale.ENGLISH), CLOCK, opened::add);

        vm.load();

        assertThat(vm.problemProperty().get()).startsWith("The accounts could not be read: ");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    private static AccountOverview account(long id, String name, String draftName, boolean complete, Set<Role> missing,
                                           Instant confirmed, boolean draft, String addresses) {
        return new AccountOverview(id, "00000000-0000-4000-8000-00000000000" + id, name, draftName, "4242-" + id,
                Integration.DEFAULT, Environment.SANDBOX, complete, missing, confirmed, confirmed, draft, addresses);
    }
}
