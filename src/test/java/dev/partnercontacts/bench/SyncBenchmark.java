package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.sync.InMemorySyncStore;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SyncEngine;
import dev.partnercontacts.sync.SyncFixtures;
import dev.partnercontacts.sync.SyncSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Sync benchmark against a local PouchDB Server 4.2.0 (in memory, 127.0.0.1): the time to push
 * 1,000 accounts from one workstation, a sync of those 1,000 when nothing changed, and on a
 * second workstation that holds the same 1,000 accounts: a sync of just the 100 accounts that
 * changed elsewhere (a pull of 100 changed accounts), and a sync of all 1,000 of which 100 changed. Each run uses new accounts on the same server; prints the
 * median and the spread (min–max) of the runs.
 *
 * <p>Not part of {@code mvn verify} (a plain main, not a test). Run after
 * {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.partnercontacts.bench.SyncBenchmark 5}.
 * Needs Node and npm (pouchdb-server is installed into {@code ~/.cache/partner-contacts} once).
 */
public final class SyncBenchmark {

    private static final int ACCOUNTS = 1_000;
    private static final int CHANGED = 100;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PouchDbServer pouch = new PouchDbServer();
        pouch.start();
        try {
            List<Long> push = new ArrayList<>();
            List<Long> idle = new ArrayList<>();
            List<Long> pull = new ArrayList<>();
            List<Long> pullOnly = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                InMemorySyncStore a = new InMemorySyncStore();
                InMemorySyncStore b = new InMemorySyncStore();
                SyncEngine onA = new SyncEngine(pouch.client(), a);
                SyncEngine onB = new SyncEngine(pouch.client(), b);
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < ACCOUNTS; i++) {
                    AccountData account = SyncFixtures.account(SyncFixtures.newKey());
                    keys.add(account.key());
                    a.edit(account);
                }
                push.add(timed(() -> onA.syncAll(false), ACCOUNTS * 3, s -> s.pushedDocs()));
                idle.add(timed(() -> onA.syncAll(false), 0, s -> s.pushedDocs() + s.pulledAccounts()));
                check(onB.syncAccounts(keys).pulledAccounts(), ACCOUNTS);
                List<String> changed = keys.subList(0, CHANGED);
                changeOnA(onA, a, changed, run);
                pullOnly.add(timed(() -> onB.syncAccounts(changed), CHANGED, SyncSummary::pulledAccounts));
                changeOnA(onA, a, keys.subList(CHANGED, 2 * CHANGED), run);
                pull.add(timed(() -> onB.syncAccounts(keys), CHANGED, SyncSummary::pulledAccounts));
                System.out.printf(Locale.ROOT, "run %d: push %d ms, unchanged %d ms, pull of the 100 %d ms, "
                        + "sync of all with 100 changed %d ms%n",
                        run + 1, push.get(run), idle.get(run), pullOnly.get(run), pull.get(run));
            }
            System.out.println();
            System.out.println("| what (PouchDB Server 4.2.0, in memory, 127.0.0.1) | median | spread (min–max) |");
            System.out.println("|---|---|---|");
            row("push " + ACCOUNTS + " new accounts (3 documents each)", push);
            row("sync of " + ACCOUNTS + " accounts, nothing changed", idle);
            row("sync of the " + CHANGED + " accounts changed on the server (pull)", pullOnly);
            row("sync of " + ACCOUNTS + " accounts, " + CHANGED + " changed on the server (pull)", pull);
        } finally {
            pouch.stop();
        }
    }

    private static void changeOnA(SyncEngine onA, InMemorySyncStore a, List<String> keys, int run) {
        for (String key : keys) {
            a.edit(SyncFixtures.renamed(a.account(key), "Changed in run " + run));
        }
        check(onA.syncAll(false).pushedDocs(), keys.size());
    }

    static long timed(Supplier<SyncSummary> sync, int expected, java.util.function.ToIntFunction<SyncSummary> count) {
        long start = System.nanoTime();
        SyncSummary summary = sync.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!summary.inSync()) {
            throw new IllegalStateException("sync failed: " + summary);
        }
        check(count.applyAsInt(summary), expected);
        return millis;
    }

    static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + actual);
        }
    }

    static void row(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %,d ms | %,d–%,d ms |%n", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
