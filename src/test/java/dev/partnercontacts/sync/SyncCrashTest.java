package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.storage.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workstation killed with SIGKILL while it syncs ({@link SyncCrashChild}, a real child JVM on a
 * real SQLite file and a real PouchDB Server, on the team database of layout 2), many times at
 * random moments; then a clean resume in this JVM must converge with the server and send
 * nothing twice.
 */
class SyncCrashTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();

    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    // Generous: eight child JVMs and their syncs take minutes on a busy machine.
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aSyncKilledAtRandomMomentsResumesCleanlyWithoutSendingTwice() throws Exception {
        Path file = dir.resolve("crash.db");
        String key = SyncFixtures.newKey();
        String team = POUCH.newDatabase();
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        long lastEdit = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ChildJvm.start(dir, SyncCrashChild.class, file.toString(), POUCH.uri().toString(),
                    PouchDbServer.PASSWORD, key, team);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String ready = out.readLine();
                assertThat(ready).as("seed %d: %s", seed, ChildJvm.stderrTail(dir)).startsWith("READY ");
                String name = ready.substring("READY ".length());
                if (lastEdit > 0) {
                    assertThat(name).as("seed %d", seed).startsWith("Edit ");
                    assertThat(Long.parseLong(name.substring(5))).as("seed %d: every acknowledged edit is kept", seed)
                            .isGreaterThanOrEqualTo(lastEdit);
                }
                // A few lines in: the kill lands before, during or after a push or its bookkeeping.
                int lines = 1 + random.nextInt(7);
                for (int i = 0; i < lines; i++) {
                    String line = out.readLine();
                    assertThat(line).as("seed %d: %s", seed, ChildJvm.stderrTail(dir)).isNotNull();
                    if (line.startsWith("EDIT ")) {
                        lastEdit = Long.parseLong(line.substring(5));
                    }
                }
            } finally {
                child.destroyForcibly().waitFor();
            }
        }

        try (Workstation resumed = new Workstation(file, POUCH.client(), team)) {
            String local = resumed.data(key).details().settings().name();
            assertThat(Long.parseLong(local.substring(5))).isGreaterThanOrEqualTo(lastEdit);
            SyncSummary first = resumed.engine.sync();
            SyncSummary second = resumed.engine.sync();

            assertThat(first.inSync()).as("seed %d", seed).isTrue();
            assertThat(second.pushedDocs()).as("nothing left to send").isZero();
            assertThat(resumed.store.pendingChanges()).isZero();
            ObjectNode onServer = POUCH.client().get(team, CouchDocuments.accountId(key)).orElseThrow();
            assertThat(onServer.path("name").asText()).isEqualTo(local);
            // Each distinct version is one revision: a version sent twice would have made more.
            // The first push carries "Edit 1" at the earliest (revision 1), each later rename at most one more.
            long generation = Long.parseLong(onServer.path("_rev").asText().split("-")[0]);
            assertThat(generation).as("seed %d: revisions of the account document", seed)
                    .isLessThanOrEqualTo(Long.parseLong(local.substring(5)));
        }
    }
}
