package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against a real PouchDB Server, and against a test server that misbehaves on purpose. */
class CouchClientTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CouchClient client = POUCH.client();

    private static ObjectNode doc(String id, String name) {
        return JSON.createObjectNode().put("_id", id).put("name", name);
    }

    private static CouchClient clientFor(URI uri, Duration requestTimeout) {
        return new CouchClient(uri, "admin", "pw".toCharArray(), Duration.ofSeconds(1), requestTimeout);
    }

    private static FailureKind kindOf(ThrowingCall call) {
        try {
            call.run();
        } catch (CouchException e) {
            return e.kind();
        }
        throw new AssertionError("the call did not fail");
    }

    interface ThrowingCall {
        void run() throws CouchException;
    }

    @Test
    void createsADatabaseOnceAndAgainWithoutComplaint() throws CouchException {
        String db = CouchDocuments.databaseName(SyncFixtures.newKey());

        client.createDatabase(db);
        client.createDatabase(db);

        assertThat(client.changes(db, "0").changes()).isEmpty();
    }

    @Test
    void bulkWritesGiveRevisionsAndAStaleRevisionIsAConflictNotAnOverwrite() throws CouchException {
        String db = CouchDocuments.databaseName(SyncFixtures.newKey());
        client.createDatabase(db);

        List<CouchClient.BulkResult> first = client.bulkDocs(db, List.of(doc("account", "one"), doc("user:a@b.example", "A")));
        assertThat(first).allSatisfy(r -> assertThat(r.ok()).isTrue());
        String rev1 = first.get(0).rev();
        List<CouchClient.BulkResult> second = client.bulkDocs(db, List.of(doc("account", "two").put("_rev", rev1)));
        assertThat(second.get(0).ok()).isTrue();

        List<CouchClient.BulkResult> stale = client.bulkDocs(db, List.of(doc("account", "three").put("_rev", rev1)));

        assertThat(stale.get(0).error()).isEqualTo(FailureKind.CONFLICT);
        Optional<ObjectNode> stored = client.get(db, "account");
        assertThat(stored).hasValueSatisfying(d -> assertThat(d.get("name").asText()).isEqualTo("two"));
        assertThat(client.get(db, "user:a@b.example")).isPresent();
        assertThat(client.get(db, "nobody")).isEmpty();
    }

    @Test
    void changesSinceACheckpointHoldOnlyWhatCameAfter() throws CouchException {
        String key = SyncFixtures.newKey();
        String db = CouchDocuments.databaseName(key);
        client.createDatabase(db);
        client.bulkDocs(db, List.of(doc("account", "one")));
        CouchClient.Changes all = client.changes(db, "0");
        String rev = all.changes().get(0).rev();
        client.bulkDocs(db, List.of(doc("account", "two").put("_rev", rev), doc("user:x@y.example", "X")));

        CouchClient.Changes later = client.changes(db, all.lastSeq());

        assertThat(later.changes()).extracting(CouchClient.Change::id).containsExactlyInAnyOrder("account", "user:x@y.example");
        assertThat(later.changes()).allSatisfy(c -> assertThat(c.doc()).isNotNull());
        assertThat(client.changes(db, later.lastSeq()).changes()).isEmpty();
        assertThat(client.accountKeys()).contains(key);
        assertThat(client.changes(CouchDocuments.databaseName(SyncFixtures.newKey()), "0").changes())
                .as("a database not created yet has no changes").isEmpty();
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        CouchClient wrong = POUCH.client(PouchDbServer.ADMIN, "not-the-password");

        assertThat(kindOf(wrong::serverInfo)).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(kindOf(wrong::accountKeys)).isEqualTo(FailureKind.UNAUTHORIZED);
    }

    /**
     * Found out: pouchdb-server 4.2.0 honours {@code _security} members, but answers a logged-in
     * non-member with 401 (CouchDB 3 says 403), and per document inside {@code _bulk_docs}.
     * The 403 itself is covered by {@link #forbiddenIsForbidden} on a test server.
     */
    @Test
    void pouchDbServerKeepsNonMembersOutWith401() throws Exception {
        String db = CouchDocuments.databaseName(SyncFixtures.newKey());
        client.createDatabase(db);
        assertThat(POUCH.admin("PUT", "_users/org.couchdb.user:bob",
                "{\"name\":\"bob\",\"password\":\"pw\",\"roles\":[],\"type\":\"user\"}")).isBetween(200, 202);
        assertThat(POUCH.admin("PUT", db + "/_security",
                "{\"admins\":{\"names\":[],\"roles\":[]},\"members\":{\"names\":[\"carol\"],\"roles\":[]}}")).isEqualTo(200);
        CouchClient bob = POUCH.client("bob", "pw");

        assertThat(kindOf(() -> bob.changes(db, "0"))).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(bob.bulkDocs(db, List.of(doc("account", "x")))).singleElement()
                .satisfies(r -> assertThat(r.error()).isEqualTo(FailureKind.FORBIDDEN));
        assertThat(client.get(db, "account")).isEmpty();
    }

    @Test
    void forbiddenIsForbidden() throws IOException {
        try (RawHttpServer server = new RawHttpServer(r -> new RawHttpServer.Action.Answer(403,
                "{\"error\":\"forbidden\",\"reason\":\"You are not allowed to access this db.\"}"))) {
            assertThat(kindOf(() -> clientFor(server.uri(), Duration.ofSeconds(5)).changes("partner-contacts-x", "0")))
                    .isEqualTo(FailureKind.FORBIDDEN);
        }
    }

    @Test
    void aServerErrorIsServerErrorEvenWithoutAJsonBody() throws IOException {
        try (RawHttpServer server = new RawHttpServer(r -> new RawHttpServer.Action.Answer(500, "<html>oops</html>"))) {
            assertThat(kindOf(() -> clientFor(server.uri(), Duration.ofSeconds(5)).serverInfo()))
                    .isEqualTo(FailureKind.SERVER_ERROR);
        }
    }

    @Test
    void aConflictStatusIsConflict() throws IOException {
        try (RawHttpServer server = new RawHttpServer(r -> new RawHttpServer.Action.Answer(409,
                "{\"error\":\"conflict\",\"reason\":\"Document update conflict.\"}"))) {
            assertThat(kindOf(() -> clientFor(server.uri(), Duration.ofSeconds(5)).get("db", "account")))
                    .isEqualTo(FailureKind.CONFLICT);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheConfiguredTimeout() throws IOException {
        try (RawHttpServer server = new RawHttpServer(r -> new RawHttpServer.Action.Stall())) {
            long start = System.nanoTime();

            FailureKind kind = kindOf(() -> clientFor(server.uri(), Duration.ofMillis(800)).serverInfo());

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(kind).isEqualTo(FailureKind.TIMEOUT);
            assertThat(millis).isBetween(700L, 5_000L);
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfTheAnswerIsConnectionCut() throws IOException {
        byte[] body = "{\"results\":[],\"last_seq\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (RawHttpServer server = new RawHttpServer(r -> new RawHttpServer.Action.Cut(200, body, 10))) {
            assertThat(kindOf(() -> clientFor(server.uri(), Duration.ofSeconds(5)).changes("db", "0")))
                    .isEqualTo(FailureKind.CONNECTION_CUT);
        }
    }

    @Test
    void aConnectionClosedBeforeAnyAnswerIsConnectionCut() throws IOException {
        try (ServerSocket closing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Java's client retries an idempotent GET once on a fresh connection: close every one.
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        closing.accept().close();
                    }
                } catch (IOException e) {
                    // test over
                }
            });
            t.setDaemon(true);
            t.start();
            URI uri = URI.create("http://127.0.0.1:" + closing.getLocalPort() + "/");
            assertThat(kindOf(() -> clientFor(uri, Duration.ofSeconds(5)).serverInfo())).isEqualTo(FailureKind.CONNECTION_CUT);
        }
    }

    @Test
    void aServerThatIsDownIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI nothing = URI.create("http://127.0.0.1:" + port + "/");

        assertThat(kindOf(() -> clientFor(nothing, Duration.ofSeconds(5)).serverInfo())).isEqualTo(FailureKind.UNREACHABLE);
    }

    @Test
    void thePasswordIsNeverLogged() throws IOException {
        String secret = "s3cret-Pa55";
        String header = PouchDbServer.basic(PouchDbServer.ADMIN, secret).substring("Basic ".length());
        try (dev.partnercontacts.LogCapture log = new dev.partnercontacts.LogCapture();
             RawHttpServer stall = new RawHttpServer(r -> new RawHttpServer.Action.Stall())) {
            CouchClient wrong = POUCH.client(PouchDbServer.ADMIN, secret);
            assertThat(kindOf(wrong::serverInfo)).isEqualTo(FailureKind.UNAUTHORIZED);
            CouchClient stalled = new CouchClient(stall.uri(), PouchDbServer.ADMIN, secret.toCharArray(),
                    Duration.ofSeconds(1), Duration.ofMillis(300));
            assertThat(kindOf(stalled::serverInfo)).isEqualTo(FailureKind.TIMEOUT);
            SyncSummary summary = new SyncEngine(wrong, new InMemorySyncStore()).syncAll(true);
            assertThat(summary.failure()).isEqualTo(FailureKind.UNAUTHORIZED);

            assertThat(log.lines()).isNotEmpty().noneMatch(l -> l.contains(secret) || l.contains(header));
            assertThat(wrong.toString()).doesNotContain(secret);
        }
    }
}
