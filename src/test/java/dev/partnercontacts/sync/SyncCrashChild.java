package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link SyncCrashTest}: a workstation that edits an account and syncs it,
 * over and over, until it is killed. Prints {@code READY <name>} with the name it finds, then
 * {@code EDIT <n>} after each committed rename and {@code SYNCED <n> <pushedDocs>} after each sync.
 * Arguments: the data file, the server's address, the admin password, the account key, the team database.
 */
public final class SyncCrashChild {

    private SyncCrashChild() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        CouchClient client = new CouchClient(URI.create(args[1]), PouchDbServer.ADMIN, args[2].toCharArray(),
                Duration.ofSeconds(5), Duration.ofSeconds(20));
        String key = args[3];
        try (Workstation w = new Workstation(Path.of(args[0]), client, args[4])) {
            if (w.accounts.findByKey(key).isEmpty()) {
                w.add(SyncFixtures.account(key));
            }
            AccountData data = w.data(key);
            String name = data.details().settings().name();
            out.println("READY " + name);
            out.flush();
            long n = name.startsWith("Edit ") ? Long.parseLong(name.substring(5)) : 0;
            while (true) {
                n++;
                w.rename(key, "Edit " + n);
                out.println("EDIT " + n);
                out.flush();
                SyncSummary s = w.engine.sync();
                out.println("SYNCED " + n + " " + s.pushedDocs() + " " + s.inSync());
                out.flush();
            }
        }
    }
}
