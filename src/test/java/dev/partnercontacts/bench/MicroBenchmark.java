package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.AccountRepository;
import dev.partnercontacts.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Part 4 of the benchmark suite, in one JVM: draft autosaves per second through
 * {@link AccountRepository#saveDraft} on a real SQLite file (write-ahead log, full sync, as the
 * application writes), and {@link Gate#evaluate} over 1,000 accounts. Each figure is the median
 * of several rounds after warm-up rounds, with min–max; the first, cold evaluation of the gate
 * (class loading, phone metadata) is reported on its own.
 *
 * <p>Run by {@code installer/bench.sh}, or alone:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench/classpath.txt) dev.partnercontacts.bench.MicroBenchmark}.
 */
public final class MicroBenchmark {

    private static final int ROUNDS = 9;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int SAVES_PER_ROUND = 200;
    private static final int ACCOUNTS = 1_000;
    private static final int USERS_PER_ACCOUNT = 20;

    private MicroBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // The storage layer's INFO lines (schema migrated ...) would break up the table.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        report("| benchmark | median | min–max | rounds |");
        report("|---|---|---|---|");
        drafts();
        gate();
    }

    private static void drafts() throws IOException {
        Path dir = Files.createTempDirectory("pc-bench-drafts");
        try {
            List<Double> perSecond = new ArrayList<>();
            try (Database db = Database.open(dir.resolve("bench.db"))) {
                AccountRepository accounts = new AccountRepository(db, Clock.systemUTC());
                long id = accounts.firstOrNewAccountId();
                for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < SAVES_PER_ROUND; i++) {
                        // Every save differs, as drafts do while someone types.
                        accounts.saveDraft(id, account(round * SAVES_PER_ROUND + i, true));
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (round >= WARM_UP_ROUNDS) {
                        perSecond.add(SAVES_PER_ROUND / seconds);
                    }
                }
            }
            row("draft autosaves (AccountRepository.saveDraft, one full draft each, SQLite file in "
                    + dir.getParent() + ")", perSecond, "%.0f saves/s", SAVES_PER_ROUND + " saves");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void gate() {
        Gate gate = new Gate(Validation.forLocale(Locale.US));
        List<ContactDetails> details = new ArrayList<>();
        List<List<PortalUser>> users = new ArrayList<>();
        for (int n = 0; n < ACCOUNTS; n++) {
            // Every third account has something missing or invalid, so both paths are measured.
            details.add(account(n, n % 3 != 0));
            users.add(users(n));
        }
        long coldStart = System.nanoTime();
        gate.evaluate(details.get(0), users.get(0));
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        List<Double> ms = new ArrayList<>();
        int complete = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            long start = System.nanoTime();
            complete = 0;
            for (int n = 0; n < ACCOUNTS; n++) {
                complete += gate.evaluate(details.get(n), users.get(n)).problems().isEmpty() ? 1 : 0;
            }
            if (round >= WARM_UP_ROUNDS) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        row("gate (Gate.evaluate) over " + ACCOUNTS + " accounts, " + USERS_PER_ACCOUNT + " users each ("
                + complete + " complete)", ms, "%.1f ms", "all " + ACCOUNTS);
        row("gate, first evaluation in a fresh JVM (class loading, phone metadata)", List.of(coldMs), "%.0f ms", "1");
    }

    /** A full account: every role that applies filled in; {@code valid} false puts in a bad phone number. */
    static ContactDetails account(int n, boolean valid) {
        Integration integration = Integration.values()[n % Integration.values().length];
        Environment environment = n % 2 == 0 ? Environment.PRODUCTION : Environment.SANDBOX;
        ContactDetails details = new ContactDetails(
                new AccountSettings("Partner " + n, String.valueOf(100_000 + n), integration, environment),
                null, List.of(1L, 2L, 3L), new SupportHours(false, List.of(
                        SupportWindow.officeHours("Europe/Rome"),
                        new SupportWindow(EnumSet.of(DayOfWeek.SATURDAY), "10:00", "14:00", "America/New_York"))));
        for (Role role : Role.values()) {
            if (role.kind() != Role.Kind.CONTACTS) {
                continue;
            }
            List<Contact> contacts = new ArrayList<>();
            for (int i = 0; i < Math.min(3, role.maxEntries()); i++) {
                String phone = valid || i > 0 ? "+39 06 " + (6000_0000 + n * 10 + i) : "12";
                contacts.add(new Contact(role.key() + i + ".p" + n + "@example.com", "Contact " + i, phone));
            }
            details = details.withContacts(role, contacts);
        }
        return details;
    }

    private static List<PortalUser> users(int n) {
        List<PortalUser> list = new ArrayList<>();
        for (long id = 1; id <= USERS_PER_ACCOUNT; id++) {
            list.add(new PortalUser(id, "User " + id, "user" + id + ".p" + n + "@example.com", UserRole.EDITOR));
        }
        return list;
    }

    private static void row(String what, List<Double> values, String format, String perRound) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        report(String.format(Locale.ROOT, "| %s | " + format + " | " + format + "–" + format + " | %d × %s |",
                what, median, sorted.get(0), sorted.get(sorted.size() - 1), values.size(), perRound));
    }

    @SuppressWarnings("java:S106") // a benchmark's report is its standard output
    private static void report(String line) {
        System.out.println(line);
    }
}
