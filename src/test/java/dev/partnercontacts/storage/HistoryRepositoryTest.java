package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private HistoryRepository history;
    private long acme;
    private long globex;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        history = new HistoryRepository(db, clock);
        AccountRepository accounts = new AccountRepository(db, clock);
        acme = accounts.create().id();
        globex = accounts.create().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Change added(Role role, String email) {
        return Change.of(Change.Kind.CONTACT_ADDED, role, email, "", "", "0");
    }

    private static HistoryQuery query(Long account, String text, Role role, String author) {
        return new HistoryQuery(account, text, Set.of(), role, author, null, 50);
    }

    @Test
    void entriesComeBackNewestFirstWithTheirAuthorAndTime() {
        history.record(acme, "Ada <ada@acme.example>", List.of(added(Role.TECH_EMERGENCY, "one@acme.example")));
        history.record(acme, "Bob", List.of(added(Role.OPS_FOR_GOOGLE, "two@acme.example")));

        List<HistoryEntry> entries = history.find(HistoryQuery.latest(acme, 10));

        assertThat(entries).extracting(e -> e.change().subject()).containsExactly("two@acme.example", "one@acme.example");
        assertThat(entries).extracting(HistoryEntry::author).containsExactly("Bob", "Ada <ada@acme.example>");
        assertThat(entries).extracting(HistoryEntry::at).containsOnly(NOW);
        assertThat(entries.get(0).change()).isEqualTo(added(Role.OPS_FOR_GOOGLE, "two@acme.example"));
    }

    @Test
    void recordingNothingWritesNothing() {
        history.record(acme, "Ada", List.of());

        assertThat(history.find(HistoryQuery.latest(acme, 10))).isEmpty();
        assertThat(history.authors()).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            history.record(acme, "Ada", List.of(added(Role.TECH_EMERGENCY, "p" + i + "@acme.example")));
        }
        HistoryQuery page = HistoryQuery.latest(acme, 10);
        List<String> seen = new ArrayList<>();
        List<HistoryEntry> entries;
        do {
            entries = history.find(page);
            entries.forEach(e -> seen.add(e.change().subject()));
            if (!entries.isEmpty()) {
                page = page.after(entries.get(entries.size() - 1).id());
            }
        } while (entries.size() == 10);

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("p24@acme.example");
        assertThat(seen.get(24)).isEqualTo("p0@acme.example");

        List<HistoryEntry> all = new ArrayList<>();
        history.forEach(HistoryQuery.latest(acme, 7), all::add);
        assertThat(all).hasSize(25);
    }

    @Test
    void filtersByAccountRoleAuthorAndText() {
        history.record(acme, "Ada", List.of(added(Role.TECH_EMERGENCY, "oncall@acme.example")));
        history.record(acme, "Bob", List.of(added(Role.OPS_FOR_GOOGLE, "ops@acme.example")));
        history.record(globex, "Ada", List.of(added(Role.TECH_EMERGENCY, "oncall@globex.example")));

        assertThat(history.find(query(acme, "", null, null))).hasSize(2);
        assertThat(history.find(query(null, "", null, null))).as("every account").hasSize(3);
        assertThat(history.find(query(null, "", Role.TECH_EMERGENCY, null))).extracting(e -> e.change().subject())
                .containsExactly("oncall@globex.example", "oncall@acme.example");
        assertThat(history.find(query(acme, "", null, "Bob"))).extracting(e -> e.change().subject())
                .containsExactly("ops@acme.example");
        assertThat(history.find(query(null, "ONCALL", null, null))).as("case-insensitive").hasSize(2);
        assertThat(history.find(query(null, "bob", null, null))).as("the author is searchable").hasSize(1);
        assertThat(history.find(query(null, "", null, "Nobody"))).isEmpty();
        assertThat(history.authors()).containsExactly("Ada", "Bob");
    }

    @Test
    void textSearchTakesWildcardsLiterallyAndMatchesNamedRoles() {
        history.record(acme, "Ada", List.of(added(Role.TECH_EMERGENCY, "a_b@acme.example")));
        history.record(acme, "Ada", List.of(added(Role.OPS_FOR_GOOGLE, "axb@acme.example")));

        assertThat(history.find(query(acme, "a_b", null, null))).extracting(e -> e.change().subject())
                .containsExactly("a_b@acme.example");
        assertThat(history.find(query(acme, "%", null, null))).isEmpty();
        assertThat(history.find(new HistoryQuery(acme, "emergency", Set.of(Role.TECH_EMERGENCY), null, null, null, 50)))
                .extracting(e -> e.change().subject()).containsExactly("a_b@acme.example");
    }

    @Test
    void textAcrossEveryAccountUsesTheIndexAndStillTakesPatternCharactersLiterally() {
        history.record(acme, "Ada", List.of(added(Role.TECH_EMERGENCY, "a*b@acme.example")));
        history.record(globex, "Ada", List.of(added(Role.TECH_EMERGENCY, "axb@globex.example")));
        history.record(globex, "Ada", List.of(added(Role.OPS_FOR_GOOGLE, "a[b]?c@globex.example")));

        assertThat(history.find(query(null, "a*b", null, null))).extracting(e -> e.change().subject())
                .containsExactly("a*b@acme.example");
        assertThat(history.find(query(null, "[b]?", null, null))).extracting(e -> e.change().subject())
                .containsExactly("a[b]?c@globex.example");
        assertThat(history.find(query(null, "@GLOBEX.", null, null))).hasSize(2);
        assertThat(history.find(new HistoryQuery(null, "emergency", Set.of(Role.TECH_EMERGENCY), null, null, null, 50)))
                .as("roles named by the text, merged newest first").extracting(e -> e.change().subject())
                .containsExactly("axb@globex.example", "a*b@acme.example");
    }

    @Test
    void indexedTextWithOtherFiltersReadsOnUntilThePageIsFull() {
        List<Change> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(added(i % 10 == 0 ? Role.OPS_FOR_GOOGLE : Role.TECH_EMERGENCY, "common" + i + "@acme.example"));
        }
        history.record(acme, "Ada", many);

        HistoryQuery first = new HistoryQuery(null, "common", Set.of(), Role.OPS_FOR_GOOGLE, null, null, 100);
        List<HistoryEntry> page = history.find(first);
        assertThat(page).hasSize(100).allMatch(e -> e.change().role() == Role.OPS_FOR_GOOGLE);
        List<HistoryEntry> all = new ArrayList<>(page);
        while (page.size() == 100) {
            page = history.find(first.after(page.get(99).id()));
            all.addAll(page);
        }
        assertThat(all).hasSize(250).extracting(HistoryEntry::id).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all).extracting(e -> e.change().subject()).contains("common0@acme.example", "common2490@acme.example");
    }

    @Test
    void anAccountsHistoryGoesWithIt() {
        history.record(globex, "Ada", List.of(added(Role.TECH_EMERGENCY, "oncall@globex.example")));

        new AccountRepository(db, Clock.systemUTC()).remove(globex);

        assertThat(history.find(query(null, "", null, null))).isEmpty();
        assertThat(history.find(query(null, "globex", null, null))).as("and leaves the text index").isEmpty();
    }

    @Test
    void aQueryNeedsAPositiveLimit() {
        assertThatThrownBy(() -> HistoryQuery.latest(acme, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
