package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.HistoryRepository;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.ui.workspace.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The Activity page at scale: a file with 1,000 accounts and 1,000,000 history entries, and the
 * queries the page makes to open and to filter, timed in rounds that alternate between them.
 * Prints the median and the spread (min–max) of each, in milliseconds. Not part of the test
 * suite; run it with
 * {@code java -cp target/classes:target/test-classes:$(cat classpath) dev.partnercontacts.bench.HistoryBenchmark [file]}
 * (the file is built on the first run and reused when it exists).
 */
public final class HistoryBenchmark {

    private static final int ACCOUNTS = 1_000;
    private static final int PER_ACCOUNT = 1_000;
    private static final int AUTHORS = 40;
    private static final int ROUNDS = 15;
    private static final Role[] ROLES = {Role.TECH_EMERGENCY, Role.TECH_NON_EMERGENCY, Role.OPS_FOR_GOOGLE,
        Role.OPS_SUPPORT, Role.ALERT, null};

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("history-bench").resolve("history.db");
        boolean fill = !Files.exists(file);
        try (Database db = Database.open(file)) {
            Clock clock = Clock.systemUTC();
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), clock);
            if (fill) {
                long t0 = System.nanoTime();
                fill(store, new HistoryRepository(db, clock));
                System.out.printf("filled %s with %,d accounts and %,d entries in %.1f s%n", file, ACCOUNTS,
                        ACCOUNTS * PER_ACCOUNT, (System.nanoTime() - t0) / 1e9);
            }
            List<AccountSummary> accounts = store.accounts();
            long account = accounts.get(accounts.size() / 2).id();
            String author = "Author 7 <author7@example.com>";
            Map<String, Callable<Object>> cases = new LinkedHashMap<>();
            cases.put("open: account switcher (1,000 accounts)", store::accounts);
            cases.put("open: an account (snapshot read)", () -> Snapshot.read(store, account));
            cases.put("open Activity: one account, first page + authors", () -> {
                store.history(HistoryQuery.latest(account, 200));
                return store.historyAuthors();
            });
            cases.put("open Activity: all accounts, first page + authors", () -> {
                store.history(new HistoryQuery(null, "", Set.of(), null, null, null, 200));
                return store.historyAuthors();
            });
            cases.put("filter: one account, text", () -> store.history(q(account, "person 17", null, null)));
            cases.put("filter: one account, role", () -> store.history(q(account, "", Role.OPS_SUPPORT, null)));
            cases.put("filter: one account, author", () -> store.history(q(account, "", null, author)));
            cases.put("filter: all accounts, role", () -> store.history(q(null, "", Role.ALERT, null)));
            cases.put("filter: all accounts, author", () -> store.history(q(null, "", null, author)));
            cases.put("filter: all accounts, common text", () -> store.history(q(null, "example.com", null, null)));
            cases.put("filter: all accounts, rare text", () -> store.history(q(null, "p999-17@", null, null)));
            cases.put("filter: all accounts, text matching nothing", () -> store.history(q(null, "zzzz-nothing", null, null)));
            cases.put("page: all accounts, 10th page", () -> {
                HistoryQuery page = q(null, "", null, null);
                for (int i = 0; i < 9; i++) {
                    var entries = store.history(page);
                    page = page.after(entries.get(entries.size() - 1).id());
                }
                return store.history(page);
            });
            Map<String, long[]> times = new LinkedHashMap<>();
            cases.keySet().forEach(k -> times.put(k, new long[ROUNDS]));
            for (Callable<Object> c : cases.values()) {
                c.call(); // warm-up
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Callable<Object>> c : cases.entrySet()) {
                    long t = System.nanoTime();
                    c.getValue().call();
                    times.get(c.getKey())[round] = System.nanoTime() - t;
                }
            }
            System.out.printf("%-55s %10s %18s%n", "what (" + ROUNDS + " rounds, alternating)", "median ms", "min–max ms");
            times.forEach((name, t) -> {
                long[] s = t.clone();
                Arrays.sort(s);
                System.out.printf("%-55s %10.1f %8.1f–%-8.1f%n", name, s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
            });
        }
    }

    private static HistoryQuery q(Long account, String text, Role role, String author) {
        return new HistoryQuery(account, text, Set.of(), role, author, null, 200);
    }

    private static void fill(SqliteAccountStore store, HistoryRepository history) {
        for (int a = 0; a < ACCOUNTS; a++) {
            long id = store.createAccount("Author " + (a % AUTHORS) + " <author" + (a % AUTHORS) + "@example.com>").id();
            List<Change> changes = new ArrayList<>(PER_ACCOUNT);
            for (int i = 1; i < PER_ACCOUNT; i++) {
                Role role = ROLES[i % ROLES.length];
                changes.add(role == null
                        ? Change.setting(Change.Setting.NAME, "Partner " + a + " v" + i, "Partner " + a + " v" + (i + 1))
                        : Change.of(Change.Kind.CONTACT_ADDED, role, "p" + a + "-" + i + "@example.com", "Person " + i, "", "1"));
            }
            // Four people worked on each account.
            for (int k = 0; k < 4; k++) {
                int who = (a + k * 7) % AUTHORS;
                history.record(id, "Author " + who + " <author" + who + "@example.com>",
                        changes.subList(k * changes.size() / 4, (k + 1) * changes.size() / 4));
            }
        }
    }
}
