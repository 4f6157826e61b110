package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.sync.ImportPlan;
import dev.partnercontacts.sync.SyncFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13's costs, side by side in one JVM, medians of rounds after warm-up, with min–max:
 * the canonical form and key of an address against the plain {@code strip().toLowerCase()} they
 * replace; and an import plan of a 1,000-account bundle into a file that holds them, the stored
 * changes compared ({@code preview}) with and without the newer-here check.
 *
 * <p>Run alone: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * dev.partnercontacts.bench.IdentityBenchmark}.
 */
public final class IdentityBenchmark {

    private static final int ROUNDS = 9;
    private static final int WARM_UP = 3;
    private static final int ACCOUNTS = 1_000;

    private IdentityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        addresses();
        importPlan();
        upgrade();
    }

    private static void addresses() {
        String[] kinds = {"ASCII, mixed case", "trailing no-break space", "decomposed (NFD) letter", "xn-- domain"};
        List<List<String>> corpus = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                list.add(switch (k) {
                    case 0 -> "User" + i + "@Acme.example";
                    case 1 -> "support" + i + "@acme.example\u00A0";
                    case 2 -> Normalizer.normalize("josé" + i + "@acme.example", Normalizer.Form.NFD);
                    default -> "ada" + i + "@xn--bcher-kva.example";
                });
            }
            corpus.add(list);
        }
        List<List<Double>> plain = new ArrayList<>();
        List<List<Double>> key = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            plain.add(new ArrayList<>());
            key.add(new ArrayList<>());
        }
        int sink = 0;
        for (int r = 0; r < WARM_UP + ROUNDS; r++) {
            for (int k = 0; k < kinds.length; k++) {
                List<String> list = corpus.get(k);
                long t0 = System.nanoTime();
                for (String a : list) {
                    sink += a.strip().toLowerCase(Locale.ROOT).length();
                }
                long t1 = System.nanoTime();
                for (String a : list) {
                    sink += EmailAddress.key(a).length();
                }
                long t2 = System.nanoTime();
                if (r >= WARM_UP) {
                    plain.get(k).add((t1 - t0) / (double) list.size());
                    key.get(k).add((t2 - t1) / (double) list.size());
                }
            }
        }
        System.out.println("| per address, 2,500 of each kind | strip().toLowerCase(ROOT), before | EmailAddress.key (canonical form, then lower case) |");
        System.out.println("|---|---|---|");
        for (int k = 0; k < kinds.length; k++) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", kinds[k], cell(plain.get(k), "ns"), cell(key.get(k), "ns"));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static String cell(List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.0f %s (%.0f–%.0f)", sorted.get(sorted.size() / 2), unit, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static void importPlan() throws Exception {
        Path dir = Files.createTempDirectory("pc-bench-identity");
        Path db = dir.resolve("accounts.db");
        Path bundle = dir.resolve("bundle.json");
        Validation validation = new Validation("");
        List<Double> plans = new ArrayList<>();
        List<Double> previews = new ArrayList<>();
        List<Double> withNewer = new ArrayList<>();
        try (Database d = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(d, new Users(validation), Clock.systemUTC());
            List<AccountData> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                AccountData a = SyncFixtures.account(SyncFixtures.newKey());
                accounts.add(a);
                store.store(a, "bench", "bench", false);
                // A history of a few changes per account, some after the bundle's copy.
                long id = store.findByKey(a.key()).orElseThrow().id();
                AccountSettings s = a.details().settings();
                store.submit(id, a.details().withSettings(new AccountSettings(s.name(), "9" + i, s.integration(),
                        s.environment())), "bench");
            }
            BundleTransfer transfer = new BundleTransfer(d, store, validation, Clock.systemUTC());
            new dev.partnercontacts.sync.BundleCodec(Clock.systemUTC()).write(accounts, Files.newOutputStream(bundle));
            for (int r = 0; r < WARM_UP + ROUNDS; r++) {
                long t0 = System.nanoTime();
                ImportPlan plan = transfer.plan(bundle);
                long t1 = System.nanoTime();
                for (AccountData a : accounts) {
                    store.preview(a);
                }
                long t2 = System.nanoTime();
                for (AccountData a : accounts) {
                    List<Change> changes = store.preview(a);
                    store.newerHere(a, a.submittedAt(), a.submittedAt(), changes);
                }
                long t3 = System.nanoTime();
                if (r >= WARM_UP) {
                    plans.add((t1 - t0) / 1e6);
                    previews.add((t2 - t1) / 1e6);
                    withNewer.add((t3 - t2) / 1e6);
                }
                if (!(plan instanceof ImportPlan.Ready ready) || !ready.setsBackNewerData()) {
                    throw new IllegalStateException("the bundle should set back every partner ID");
                }
            }
        }
        removeTree(dir);
        System.out.println();
        System.out.println("| import of a 1,000-account bundle into a file holding them | median | min–max |");
        System.out.println("|---|---|---|");
        row("BundleTransfer.plan (read, check, compare, newer-here)", plans, "ms");
        row("the stored changes compared alone (preview × 1,000)", previews, "ms");
        row("compared and checked for newer data here (preview + newerHere × 1,000)", withNewer, "ms");
    }

    /**
     * Schema 6 rebuilds the history's search text: a file of schema 5 with 200,000 history
     * entries (one in ten a phone change, whose text changes) is opened, against opening the
     * same file again once upgraded. Three fresh files, median.
     */
    private static void upgrade() throws Exception {
        int rows = 200_000;
        List<Double> upgrades = new ArrayList<>();
        List<Double> reopens = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Path dir = Files.createTempDirectory("pc-bench-upgrade");
            Path file = dir.resolve("history.db");
            // A true schema-5 file (the migrations up to 5 only): faking it with user_version on a
            // current file made the later steps meet columns they add themselves.
            dev.partnercontacts.storage.OldSchemaFiles.create(file, 5,
                    "INSERT INTO account(id, key, name, integration, environment, created_at) VALUES "
                            + "(1, '5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11', 'Acme', 'THINGS_TO_DO', 'SANDBOX', '2026-01-01T00:00:00Z')",
                    "INSERT INTO author(id, label) VALUES (1, 'Ada <ada@acme.example>')",
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                            + "INSERT INTO history(account_id, at, author_id, kind, role, subject, label, before_value, "
                            + "after_value, haystack) SELECT 1, '2026-01-02T00:00:00Z', 1, "
                            + "CASE WHEN i % 10 = 0 THEN 'CONTACT_PHONE_CHANGED' ELSE 'CONTACT_ADDED' END, 'techEmergency', "
                            + "'user' || i || '@acme.example', '', CASE WHEN i % 10 = 0 THEN '+39333123' || (1000 + i % 9000) "
                            + "ELSE '' END, CASE WHEN i % 10 = 0 THEN '+39347765' || (1000 + i % 9000) ELSE '0' END, "
                            + "'user' || i || '@acme.example  ' || CASE WHEN i % 10 = 0 THEN '+39333123' || (1000 + i % 9000) "
                            + "|| ' +39347765' || (1000 + i % 9000) ELSE ' 0' END || ' ada <ada@acme.example>' FROM n");
            long t0 = System.nanoTime();
            try (Database d = Database.open(file)) {
                if (d.schemaVersion() < 6) {
                    throw new IllegalStateException("not upgraded");
                }
            }
            long t1 = System.nanoTime();
            try (Database d = Database.open(file)) {
                d.schemaVersion();
            }
            long t2 = System.nanoTime();
            upgrades.add((t1 - t0) / 1e6);
            reopens.add((t2 - t1) / 1e6);
            removeTree(dir);
        }
        System.out.println();
        System.out.println("| a file with 200,000 history entries | median | min–max |");
        System.out.println("|---|---|---|");
        row("open with the upgrade from schema 5 (search text rebuilt)", upgrades, "ms");
        row("open again, upgraded", reopens, "ms");
    }

    /** Removes a benchmark's temporary folder: each run writes some 180 MB of data files. */
    private static void removeTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void row(String what, List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %.1f %s | %.1f–%.1f %s |%n", what, median, unit, sorted.get(0),
                sorted.get(sorted.size() - 1), unit);
    }
}
