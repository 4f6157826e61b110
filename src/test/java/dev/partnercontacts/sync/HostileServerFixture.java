package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hostile or broken server, played by a proxy in front of PouchDB Server: whatever it answers,
 * each sync ends in a clear state, nothing stored is lost, nothing is sent twice, and an account
 * the server breaks never stops the others. The workstation and helpers the probes share.
 */
abstract class HostileServerFixture {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    /** Rounds of pull, merge and push in one run at most. */
    static final int ROUNDS = 3;
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    final String a = SyncFixtures.newKey();
    final String b = SyncFixtures.newKey();
    PouchProxy proxy;
    /** The workstation under test, through the proxy; both accounts synced. */
    Workstation w;

    @BeforeEach
    void team() throws Exception {
        proxy = new PouchProxy(POUCH);
        w = stations.open("w", proxy.client());
        w.add(SyncFixtures.account(a));
        w.add(SyncFixtures.account(b));
        assertThat(w.sync().inSync()).isTrue();
        assertThat(w.sync().requests()).isEqualTo(1);
    }

    @AfterEach
    void close() throws Exception {
        proxy.close();
    }

    ObjectNode onServer(String id) throws CouchException {
        return POUCH.client().get(stations.team(), id).orElseThrow();
    }

    void putOnServer(ObjectNode doc) throws CouchException {
        assertThat(POUCH.client().bulkDocs(stations.team(), List.of(doc)).get(0).ok()).isTrue();
    }

    /** An edit of the other account, which must reach the server whatever happens to the first. */
    void editB() {
        w.rename(b, "B renamed here");
    }

    void assertBSent() throws CouchException {
        assertThat(onServer("account:" + b).path("name").asText()).isEqualTo("B renamed here");
        assertThat(w.pending(b)).isZero();
    }

    /** The account is here exactly as it was first sent. */
    void assertUntouched(String key) {
        assertThat(CouchDocuments.toDocs(w.data(key))).isEqualTo(CouchDocuments.toDocs(SyncFixtures.account(key)));
    }

    static boolean changes(RawHttpServer.Request r) {
        return r.path().contains("/_changes");
    }

    static RawHttpServer.Action text(int status, String body) {
        return new RawHttpServer.Action.Answer(status, body.getBytes(StandardCharsets.UTF_8));
    }
}
