package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a real server and network bring: a proxy in front of PouchDB Server misbehaves on purpose. */
class SyncFaultsTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    private final String key = SyncFixtures.newKey();

    private SyncSummary syncThrough(Workstation w, URI server, String user, String password) {
        CouchClient client = new CouchClient(server, user, password.toCharArray(), Duration.ofSeconds(1), Duration.ofSeconds(3));
        return new SyncEngine(client, stations.team(), w.store, Clock.systemUTC()).sync();
    }

    static RawHttpServer.Action forward(RawHttpServer.Request r) {
        try {
            HttpRequest request = HttpRequest.newBuilder(POUCH.uri().resolve(r.path().substring(1)))
                    .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", PouchDbServer.basic(PouchDbServer.ADMIN, PouchDbServer.PASSWORD))
                    .timeout(Duration.ofSeconds(10)).build();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new RawHttpServer.Action.Answer(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawHttpServer proxy(Function<RawHttpServer.Request, RawHttpServer.Action> onBulkDocs) throws IOException {
        return new RawHttpServer(r -> r.path().contains("_bulk_docs") ? onBulkDocs.apply(r) : forward(r));
    }

    @Test
    void aBulkDocsWhoseAnswerIsLostThenAnotherEditIsNoConflictWithItself() throws Exception {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));
        assertThat(a.sync().inSync()).isTrue();
        a.rename(key, "First edit");
        AtomicBoolean dropped = new AtomicBoolean();
        SyncSummary lost;
        try (RawHttpServer proxy = proxy(r -> {
            RawHttpServer.Action.Answer stored = (RawHttpServer.Action.Answer) forward(r);
            // The server stored the write; its answer never reaches the workstation.
            return dropped.compareAndSet(false, true) ? new RawHttpServer.Action.Cut(stored.status(), stored.body(), 0) : stored;
        })) {
            lost = syncThrough(a, proxy.uri(), "admin", "x");
        }
        assertThat(lost.exitStatus()).as(a.store.conflicts().toString()).isEqualTo(1);
        assertThat(POUCH.client().get(stations.team(), "account:" + key).orElseThrow().path("name").asText()).isEqualTo("First edit");

        a.rename(key, "Second edit");
        SyncSummary next = a.sync();

        assertThat(next.conflicts()).isEmpty();
        assertThat(next.exitStatus()).isZero();
        assertThat(POUCH.client().get(stations.team(), "account:" + key).orElseThrow().path("name").asText()).isEqualTo("Second edit");
        assertThat(a.pending(key)).isZero();
        assertThat(a.sync().pushedDocs()).as("nothing left to send").isZero();
    }

    @Test
    void aLostAnswerWithoutAnotherEditIsNotSentTwice() throws Exception {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));
        try (RawHttpServer proxy = proxy(r -> {
            RawHttpServer.Action.Answer stored = (RawHttpServer.Action.Answer) forward(r);
            return new RawHttpServer.Action.Cut(stored.status(), stored.body(), stored.body().length / 2);
        })) {
            assertThat(syncThrough(a, proxy.uri(), "admin", "x").failure()).isEqualTo(FailureKind.CONNECTION_CUT);
        }

        SyncSummary again = a.sync();

        assertThat(again.inSync()).isTrue();
        assertThat(again.pushedDocs()).isZero();
        assertThat(a.pending(key)).isZero();
        assertThat(POUCH.client().get(stations.team(), "account:" + key).orElseThrow().path("_rev").asText()).startsWith("1-");
    }

    @Test
    void aServerErrorKeepsTheChangeForTheNextSync() throws Exception {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));
        long pending = a.pending(key);
        try (RawHttpServer proxy = proxy(r -> new RawHttpServer.Action.Answer(503, "{\"error\":\"unavailable\"}"))) {
            SyncSummary failed = syncThrough(a, proxy.uri(), "admin", "x");
            assertThat(failed.failure()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(failed.exitStatus()).isEqualTo(1);
        }
        assertThat(a.pending(key)).isEqualTo(pending);

        assertThat(a.sync().inSync()).isTrue();
        assertThat(a.pending(key)).isZero();
    }

    @Test
    void aWrongPasswordAndADeadServerStopTheRunAndKeepTheChange() throws IOException {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));
        URI down;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }

        assertThat(syncThrough(a, POUCH.uri(), PouchDbServer.ADMIN, "wrong").failure()).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(syncThrough(a, down, "admin", "x").failure()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(a.pending(key)).isPositive();
    }

    @Test
    void aTeamMemberAddsANewAccountWithoutAnAdministrator() throws Exception {
        assertThat(POUCH.admin("PUT", "_users/org.couchdb.user:bea",
                "{\"name\":\"bea\",\"password\":\"bea-pw\",\"roles\":[\"partner-contacts\"],\"type\":\"user\"}")).isBetween(200, 202);
        assertThat(POUCH.admin("PUT", stations.team() + "/_security",
                "{\"admins\":{\"names\":[],\"roles\":[]},\"members\":{\"names\":[],\"roles\":[\"partner-contacts\"]}}")).isEqualTo(200);
        Workstation a = stations.open("a");
        AccountData created = SyncFixtures.account(key);
        a.add(created);

        SyncSummary s = syncThrough(a, POUCH.uri(), "bea", "bea-pw");

        assertThat(s.inSync()).as(String.valueOf(s)).isTrue();
        assertThat(POUCH.client().get(stations.team(), "account:" + key)).isPresent();
    }

    @Test
    void aMissingTeamDatabaseIsNamed() {
        Workstation a = stations.open("a");
        a.add(SyncFixtures.account(key));
        CouchClient client = POUCH.client();

        SyncSummary s = new SyncEngine(client, "no-such-team", a.store, Clock.systemUTC()).sync();

        assertThat(s.failure()).isIn(FailureKind.NO_DATABASE, FailureKind.UNEXPECTED);
        assertThat(a.pending(key)).isPositive();
    }
}
