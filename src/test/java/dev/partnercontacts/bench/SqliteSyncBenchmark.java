package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SyncFixtures;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.sync.Workstation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link SyncBenchmark} with the application's own store: two workstations, each a SQLite file
 * ({@code SqliteSyncStore}), against a local PouchDB Server 4.2.0 (in memory, 127.0.0.1). Times
 * a push of 1,000 new accounts, a sync of those 1,000 when nothing changed, and a sync on the
 * second workstation of the 100 accounts changed elsewhere (a pull of 100 changed accounts).
 * Each run uses new files and new accounts; prints the median and the spread (min–max).
 *
 * <p>Not part of {@code mvn verify}. Run after
 * {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.partnercontacts.bench.SqliteSyncBenchmark 5}.
 */
public final class SqliteSyncBenchmark {

    private static final int ACCOUNTS = 1_000;
    private static final int CHANGED = 100;

    private SqliteSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PouchDbServer pouch = new PouchDbServer();
        pouch.start();
        Path dir = Files.createTempDirectory("sqlite-sync-bench");
        try {
            List<Long> push = new ArrayList<>();
            List<Long> idle = new ArrayList<>();
            List<Long> pull = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (Workstation a = new Workstation(dir.resolve("a" + run + ".db"), pouch.client());
                     Workstation b = new Workstation(dir.resolve("b" + run + ".db"), pouch.client())) {
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < ACCOUNTS; i++) {
                        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
                        keys.add(account.key());
                        a.add(account);
                    }
                    push.add(SyncBenchmark.timed(() -> a.engine.syncAll(false), ACCOUNTS * 3, SyncSummary::pushedDocs));
                    idle.add(SyncBenchmark.timed(() -> a.engine.syncAll(false), 0, s -> s.pushedDocs() + s.pulledAccounts()));
                    SyncBenchmark.check(b.engine.syncAccounts(keys).pulledAccounts(), ACCOUNTS);
                    List<String> changed = keys.subList(0, CHANGED);
                    for (String key : changed) {
                        a.rename(key, "Changed in run " + run);
                    }
                    SyncBenchmark.check(a.engine.syncAll(false).pushedDocs(), CHANGED);
                    pull.add(SyncBenchmark.timed(() -> b.engine.syncAccounts(changed), CHANGED, SyncSummary::pulledAccounts));
                    System.out.printf(Locale.ROOT, "run %d: push %d ms, unchanged %d ms, pull of the 100 %d ms%n",
                            run + 1, push.get(run), idle.get(run), pull.get(run));
                }
            }
            System.out.println();
            System.out.println("| what (SQLite stores; PouchDB Server 4.2.0, in memory, 127.0.0.1) | median | spread (min–max) |");
            System.out.println("|---|---|---|");
            SyncBenchmark.row("push " + ACCOUNTS + " new accounts (3 documents each)", push);
            SyncBenchmark.row("sync of " + ACCOUNTS + " accounts, nothing changed", idle);
            SyncBenchmark.row("sync of the " + CHANGED + " accounts changed on the server (pull)", pull);
        } finally {
            pouch.stop();
        }
    }
}
