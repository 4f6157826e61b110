package dev.partnercontacts.bench;

import dev.partnercontacts.sync.CouchClient;
import dev.partnercontacts.sync.CouchException;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SyncFixtures;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.sync.Workstation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sync with the team database (layout 2), SQLite workstations against a local PouchDB Server
 * 4.2.0 (in memory, 127.0.0.1), side by side in one run: a sync where nothing changed with 1,
 * 100 and 1,000 accounts in the file (the cost must not grow with the accounts: one
 * {@code _changes} request, once the feed has been read past the workstation's own writes); sending 1,000 new accounts; a new workstation receiving 1,000; and,
 * in a child JVM, the peak resident memory ({@code VmHWM}) while an endless 1 GiB answer is
 * refused. Prints each run, then medians and spread (min–max).
 *
 * <p>Not part of {@code mvn verify}. Run after
 * {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.partnercontacts.bench.TeamSyncBenchmark 5}.
 * Needs Node and npm (pouchdb-server is installed into {@code ~/.cache/partner-contacts} once).
 */
public final class TeamSyncBenchmark {

    private static final int[] SIZES = {1, 100, 1_000};
    private static final int MANY = 1_000;
    private static final long GIB = 1L << 30;

    private TeamSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--refuse")) {
            refuseInThisJvm(URI.create(args[1]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PouchDbServer pouch = new PouchDbServer();
        pouch.start();
        Path dir = Files.createTempDirectory("team-sync-bench");
        Map<String, List<Long>> results = new LinkedHashMap<>();
        List<Workstation> idle = new ArrayList<>();
        try {
            for (int n : SIZES) {
                String team = pouch.newDatabase();
                Workstation w = new Workstation(dir.resolve("idle-" + n + ".db"), pouch.client(), team);
                for (int i = 0; i < n; i++) {
                    w.add(SyncFixtures.account(SyncFixtures.newKey()));
                }
                check(w.sync(), n);
                // The feed then holds this workstation's own writes: read past them once (nothing to fetch).
                w.sync();
                idle.add(w);
            }
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < SIZES.length; i++) {
                    Workstation w = idle.get(i);
                    long ms = timed(() -> w.sync(), s -> s.requests() == 1 && s.pushedDocs() == 0);
                    results.computeIfAbsent("sync, nothing changed, " + SIZES[i] + " account(s)", k -> new ArrayList<>()).add(ms);
                }
                String team = pouch.newDatabase();
                try (Workstation a = new Workstation(dir.resolve("push-" + run + ".db"), pouch.client(), team);
                     Workstation b = new Workstation(dir.resolve("receive-" + run + ".db"), pouch.client(), team)) {
                    for (int i = 0; i < MANY; i++) {
                        a.add(SyncFixtures.account(SyncFixtures.newKey()));
                    }
                    results.computeIfAbsent("send 1,000 new accounts (3,000 documents)", k -> new ArrayList<>())
                            .add(timed(a::sync, s -> s.pushedAccounts() == MANY));
                    results.computeIfAbsent("a new workstation receives 1,000 accounts", k -> new ArrayList<>())
                            .add(timed(b::sync, s -> s.pulledAccounts() == MANY));
                }
                long kib = refusalPeakRss(dir);
                results.computeIfAbsent("peak RSS while a 1 GiB answer is refused (MB)", k -> new ArrayList<>()).add(kib / 1024);
                StringBuilder line = new StringBuilder("run " + (run + 1) + ":");
                results.forEach((what, list) -> line.append(" ").append(list.get(list.size() - 1)));
                System.out.println(line);
            }
            System.out.println();
            System.out.println("| what (SQLite workstations; PouchDB Server 4.2.0, in memory, 127.0.0.1) | median | spread (min–max) |");
            System.out.println("|---|---|---|");
            results.forEach(TeamSyncBenchmark::row);
        } finally {
            idle.forEach(Workstation::close);
            pouch.stop();
        }
    }

    private interface Sync {
        SyncSummary run();
    }

    private static long timed(Sync sync, java.util.function.Predicate<SyncSummary> expected) {
        long start = System.nanoTime();
        SyncSummary s = sync.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!s.inSync() || !expected.test(s)) {
            throw new IllegalStateException("unexpected sync: " + s);
        }
        return ms;
    }

    private static void check(SyncSummary s, int accounts) {
        if (!s.inSync() || s.pushedAccounts() != accounts) {
            throw new IllegalStateException("first sync: " + s);
        }
    }

    /** A child JVM (the tests' -Xmx1g) asks an endless server for _changes; returns its VmHWM in KiB. */
    private static long refusalPeakRss(Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serveGigabyte(server), "gigabyte-server");
            t.setDaemon(true);
            t.start();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    TeamSyncBenchmark.class.getName(), "--refuse", "http://127.0.0.1:" + server.getLocalPort() + "/")
                    .redirectError(dir.resolve("refuse-stderr.txt").toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("TOO_LARGE ")) {
                throw new IllegalStateException("the refusing child said: " + out + " " + Files.readString(dir.resolve("refuse-stderr.txt")));
            }
            return Long.parseLong(out.substring("TOO_LARGE ".length()));
        }
    }

    private static void serveGigabyte(ServerSocket server) {
        byte[] chunk = "{\"id\":\"x\",\"changes\":[{\"rev\":\"1-a\"}]},".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.getInputStream().read(new byte[8192]);
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"results\":["
                        .getBytes(StandardCharsets.US_ASCII));
                for (long sent = 0; sent < GIB; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should once over its cap
            }
        }
    }

    private static void refuseInThisJvm(URI uri) throws IOException {
        CouchClient client = new CouchClient(uri, "admin", "x".toCharArray(), Duration.ofSeconds(5), Duration.ofSeconds(60));
        try {
            client.changes("partner-contacts", "0", 500);
            System.out.println("ACCEPTED");
        } catch (CouchException e) {
            long hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
            System.out.println(e.kind() + " " + hwm);
        }
    }

    private static void row(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        String unit = what.endsWith("(MB)") ? "" : " ms";
        System.out.printf(Locale.ROOT, "| %s | %,d%s | %,d–%,d%s |%n", what, sorted.get(sorted.size() / 2), unit,
                sorted.get(0), sorted.get(sorted.size() - 1), unit);
    }
}
