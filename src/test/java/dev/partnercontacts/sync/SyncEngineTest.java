package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two in-memory "workstations" syncing through one real PouchDB Server. */
class SyncEngineTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();

    private final InMemorySyncStore storeA = new InMemorySyncStore();
    private final InMemorySyncStore storeB = new InMemorySyncStore();
    private final SyncEngine a = new SyncEngine(POUCH.client(), storeA);
    private final SyncEngine b = new SyncEngine(POUCH.client(), storeB);
    private final String key = SyncFixtures.newKey();

    /** A is the first to have the account; both have synced it. */
    private AccountData sharedAccount() {
        AccountData account = SyncFixtures.account(key);
        storeA.edit(account);
        assertThat(a.syncAll(false).pushedDocs()).isEqualTo(3);
        assertThat(b.syncAccounts(List.of(key)).pulledAccounts()).isEqualTo(1);
        return account;
    }

    private static void assertSame(AccountData x, AccountData y) {
        assertThat(ConflictMerge.diff(x, y)).isEmpty();
    }

    private String accountRev() throws CouchException {
        return POUCH.client().get(CouchDocuments.databaseName(key), "account").orElseThrow().get("_rev").asText();
    }

    @Test
    void twoWorkstationsEditingTheAccountConverge() {
        AccountData account = SyncFixtures.account(key);
        storeA.edit(account);

        SyncSummary first = a.syncAll(false);
        SyncSummary discovered = b.syncAll(true);

        assertThat(first.pushedAccounts()).isEqualTo(1);
        assertThat(first.inSync()).isTrue();
        assertThat(storeA.pending(key)).isZero();
        assertThat(discovered.pulledAccounts()).isGreaterThanOrEqualTo(1);
        assertSame(storeB.account(key), account);

        storeB.edit(SyncFixtures.renamed(storeB.account(key), "Acme Tours Milano"));
        assertThat(b.syncAll(false).pushedDocs()).isEqualTo(1);
        SyncSummary pulled = a.syncAll(false);

        assertThat(pulled.pulledAccounts()).isEqualTo(1);
        assertThat(storeA.account(key).details().settings().name()).isEqualTo("Acme Tours Milano");
        assertThat(a.syncAll(false).pushedDocs()).as("nothing left to send").isZero();
    }

    @Test
    void changesToDifferentDocumentsMergeWithoutAConflict() {
        AccountData account = sharedAccount();
        List<PortalUser> users = new ArrayList<>(account.users());
        users.add(new PortalUser(3, "Nia New", "nia@example.com", UserRole.READ_ONLY));
        storeA.edit(new AccountData(key, account.details(), users, account.submittedAt(), account.submittedBy()));
        storeB.edit(SyncFixtures.renamed(storeB.account(key), "Renamed on B"));

        a.syncAll(false);
        SyncSummary onB = b.syncAll(false);
        a.syncAll(false);

        assertThat(onB.conflicts()).isEmpty();
        assertThat(storeB.account(key).users()).extracting(PortalUser::email).contains("nia@example.com");
        assertThat(storeA.account(key).details().settings().name()).isEqualTo("Renamed on B");
        assertSame(storeA.account(key), storeB.account(key));
    }

    @Test
    void aUserRemovedOnOneWorkstationIsRemovedOnTheOther() {
        AccountData account = sharedAccount();
        storeA.edit(new AccountData(key, account.details(), account.users().subList(0, 1),
                account.submittedAt(), account.submittedBy()));

        a.syncAll(false);
        b.syncAll(false);

        assertThat(storeB.account(key).users()).extracting(PortalUser::email).containsExactly("ada@example.com");
    }

    @Test
    void aUserRemovedAndAddedAgainComesBack() {
        AccountData account = sharedAccount();
        storeA.edit(new AccountData(key, account.details(), account.users().subList(0, 1),
                account.submittedAt(), account.submittedBy()));
        a.syncAll(false);
        storeA.edit(account);

        SyncSummary readded = a.syncAll(false);
        b.syncAll(false);

        assertThat(readded.inSync()).isTrue();
        assertThat(readded.pushedDocs()).isEqualTo(1);
        assertThat(storeB.account(key).users()).extracting(PortalUser::email)
                .containsExactlyInAnyOrder("ada@example.com", "ed@example.com");
    }

    /** A and B both rename the account; A syncs first, so B finds a conflict. */
    private Conflict conflictOnB() {
        sharedAccount();
        storeA.edit(SyncFixtures.withPartnerId(SyncFixtures.renamed(storeA.account(key), "Name from A"), "111"));
        storeB.edit(SyncFixtures.withOpsForUsers(SyncFixtures.renamed(storeB.account(key), "Name from B"), "help@b.example"));
        a.syncAll(false);

        SyncSummary onB = b.syncAll(false);

        assertThat(onB.conflicts()).containsExactly(key);
        assertThat(onB.exitStatus()).isEqualTo(3);
        assertThat(storeB.account(key).details().settings().name()).as("nothing overwritten").isEqualTo("Name from B");
        assertThat(storeB.pending(key)).as("B's change still waits").isPositive();
        Conflict conflict = storeB.conflicts().get(0);
        assertThat(conflict.differences()).extracting(ConflictMerge.FieldDiff::field)
                .containsExactly(Field.NAME, Field.PARTNER_ID, Field.OPS_FOR_USERS);
        assertThat(conflict.base().details().settings().name()).isEqualTo("Acme Tours");
        assertThat(b.syncAll(false).conflicts()).as("still waiting for a decision").containsExactly(key);
        return conflict;
    }

    @Test
    void aConflictResolvedKeepingLocalIsPushed() {
        conflictOnB();

        b.resolve(key, Map.of());
        SyncSummary pushed = b.syncAll(false);
        a.syncAll(false);

        assertThat(pushed.inSync()).isTrue();
        assertThat(pushed.pushedDocs()).isEqualTo(1);
        assertThat(storeA.account(key).details().settings().name()).isEqualTo("Name from B");
        assertThat(storeA.account(key).details().settings().partnerId()).isEqualTo("12345");
        assertSame(storeA.account(key), storeB.account(key));
    }

    @Test
    void aConflictResolvedKeepingRemoteTakesTheServersVersion() throws CouchException {
        conflictOnB();
        String revBefore = accountRev();

        b.resolve(key, Map.of(Field.NAME, Side.REMOTE, Field.PARTNER_ID, Side.REMOTE, Field.OPS_FOR_USERS, Side.REMOTE));
        SyncSummary after = b.syncAll(false);

        assertThat(after.inSync()).isTrue();
        assertThat(after.pushedDocs()).as("the server has it already").isZero();
        assertThat(accountRev()).isEqualTo(revBefore);
        assertThat(storeB.pending(key)).isZero();
        assertSame(storeB.account(key), storeA.account(key));
    }

    @Test
    void aConflictResolvedPerFieldMergesBothSides() {
        conflictOnB();

        b.resolve(key, Map.of(Field.NAME, Side.REMOTE, Field.PARTNER_ID, Side.REMOTE));
        b.syncAll(false);
        a.syncAll(false);

        AccountData merged = storeA.account(key);
        assertThat(merged.details().settings().name()).isEqualTo("Name from A");
        assertThat(merged.details().settings().partnerId()).isEqualTo("111");
        assertThat(merged.details().contacts(dev.partnercontacts.domain.Role.OPS_FOR_USERS).get(0).email())
                .isEqualTo("help@b.example");
        assertSame(storeA.account(key), storeB.account(key));
    }

    @Test
    void anEditMadeWhileASyncRunsIsNeitherOverwrittenNorLost() {
        AccountData account = sharedAccount();
        storeA.edit(SyncFixtures.renamed(storeA.account(key), "Renamed on A"));
        a.syncAll(false);
        List<PortalUser> users = new ArrayList<>(account.users());
        users.add(new PortalUser(3, "Nia New", "nia@example.com", UserRole.READ_ONLY));
        storeB.afterNextLoad(() -> storeB.edit(new AccountData(key, storeB.account(key).details(), users,
                account.submittedAt(), account.submittedBy())));

        SyncSummary onB = b.syncAll(false);
        a.syncAll(false);

        assertThat(onB.inSync()).isTrue();
        assertThat(storeB.account(key).details().settings().name()).isEqualTo("Renamed on A");
        assertThat(storeB.account(key).users()).extracting(PortalUser::email).contains("nia@example.com");
        assertThat(storeB.pending(key)).isZero();
        assertSame(storeA.account(key), storeB.account(key));
    }

    @Test
    void aUserWhoMayNotCreateDatabasesIsRefusedForNewAccountsOnly() throws Exception {
        sharedAccount();
        storeB.edit(SyncFixtures.renamed(storeB.account(key), "Renamed on B"));
        String newKey = SyncFixtures.newKey();
        storeB.edit(SyncFixtures.account(newKey));
        SyncSummary summary;
        // CouchDB lets server admins only create databases (and pouchdb-server 4.2 crashes when a
        // non-admin tries), so the refusal comes from the test server.
        try (RawHttpServer proxy = new RawHttpServer(r -> r.method().equals("PUT") ? answer(401) : forward(r))) {
            summary = new SyncEngine(new CouchClient(proxy.uri(), "bob", "pw".toCharArray(), Duration.ofSeconds(1),
                    Duration.ofSeconds(5)), storeB).syncAll(false);
        }

        assertThat(summary.failure()).isNull();
        assertThat(summary.failures()).containsExactly(Map.entry(newKey, FailureKind.FORBIDDEN));
        assertThat(summary.pushedDocs()).isEqualTo(1);
        assertThat(storeB.pending(newKey)).isPositive();
    }

    @Test
    void aCrashBetweenSendingAndRecordingDoesNotSendTwice() throws CouchException {
        storeA.edit(SyncFixtures.account(key));
        storeA.crashOnNextMarkPushed();
        assertThatThrownBy(() -> a.syncAll(false)).isInstanceOf(IllegalStateException.class);
        assertThat(storeA.pending(key)).as("the outbox entry survived the crash").isPositive();

        SyncSummary again = a.syncAll(false);

        assertThat(again.pushedDocs()).isZero();
        assertThat(again.inSync()).isTrue();
        assertThat(storeA.pending(key)).isZero();
        assertThat(accountRev()).startsWith("1-");
    }

    @Test
    void aResendAfterACrashIsRecognisedByItsConflict() throws CouchException {
        storeA.edit(SyncFixtures.account(key));
        storeA.crashOnNextMarkPushed();
        assertThatThrownBy(() -> a.syncAll(false)).isInstanceOf(IllegalStateException.class);
        // The pull must not see the write, so that the push re-sends it with the old base.
        storeA.forceCheckpoint(key, POUCH.client().changes(CouchDocuments.databaseName(key), "0").lastSeq());

        SyncSummary again = a.syncAll(false);

        assertThat(again.inSync()).isTrue();
        assertThat(again.pushedDocs()).as("409 with our own content counts as done").isZero();
        assertThat(storeA.pending(key)).isZero();
        assertThat(storeA.base(key).get("account").rev()).isEqualTo(accountRev()).startsWith("1-");
    }

    @Test
    void dataOnTheServerThatBreaksTheRulesIsNotApplied() throws Exception {
        AccountData account = sharedAccount();
        ObjectNode bad = POUCH.client().get(CouchDocuments.databaseName(key), "account").orElseThrow();
        bad.put("partnerId", "not digits");
        assertThat(POUCH.client().bulkDocs(CouchDocuments.databaseName(key), List.of(bad)).get(0).ok()).isTrue();

        SyncSummary onB = b.syncAll(false);

        assertThat(onB.failures()).containsEntry(key, FailureKind.INVALID_DATA);
        assertSame(storeB.account(key), account);
    }

    // --- failures: a proxy in front of the real server misbehaves on _bulk_docs ---

    private static RawHttpServer.Action forward(RawHttpServer.Request r) {
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

    private static RawHttpServer.Action answer(int status) {
        return new RawHttpServer.Action.Answer(status, "{\"error\":\"x\",\"reason\":\"test\"}");
    }

    private void failedPushKeepsTheChange(Function<RawHttpServer.Request, RawHttpServer.Action> onBulkDocs,
                                          FailureKind expected, boolean serverGotIt) throws Exception {
        AccountData account = SyncFixtures.account(key);
        storeA.edit(account);
        long pending = storeA.pending(key);
        SyncSummary failed;
        try (RawHttpServer proxy = proxy(onBulkDocs)) {
            CouchClient client = new CouchClient(proxy.uri(), "admin", "x".toCharArray(), Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            failed = new SyncEngine(client, storeA).syncAll(false);
        }

        assertThat(failed.failure() != null ? failed.failure() : failed.failures().get(key)).isEqualTo(expected);
        assertThat(failed.exitStatus()).isEqualTo(1);
        assertThat(storeA.pending(key)).as("the change still waits").isEqualTo(pending);
        assertSame(storeA.account(key), account);
        assertThat(POUCH.client().get(CouchDocuments.databaseName(key), "account").isPresent()).isEqualTo(serverGotIt);

        SyncSummary retried = a.syncAll(false);

        assertThat(retried.inSync()).isTrue();
        assertThat(retried.pushedDocs()).isEqualTo(serverGotIt ? 0 : 3);
        assertThat(storeA.pending(key)).isZero();
        assertThat(accountRev()).as("written once").startsWith("1-");
    }

    @Test
    void aServerErrorKeepsTheChange() throws Exception {
        failedPushKeepsTheChange(r -> answer(500), FailureKind.SERVER_ERROR, false);
    }

    @Test
    void aRefusalKeepsTheChange() throws Exception {
        failedPushKeepsTheChange(r -> answer(403), FailureKind.FORBIDDEN, false);
    }

    @Test
    void aConflictStatusKeepsTheChange() throws Exception {
        failedPushKeepsTheChange(r -> answer(409), FailureKind.CONFLICT, false);
    }

    @Test
    void aStallKeepsTheChange() throws Exception {
        failedPushKeepsTheChange(r -> new RawHttpServer.Action.Stall(), FailureKind.TIMEOUT, false);
    }

    @Test
    void aConnectionCutBeforeTheServerGotTheWriteKeepsTheChange() throws Exception {
        failedPushKeepsTheChange(r -> new RawHttpServer.Action.Cut(201, new byte[100], 0),
                FailureKind.CONNECTION_CUT, false);
    }

    @Test
    void aConnectionCutAfterTheServerStoredTheWriteIsNotSentTwice() throws Exception {
        failedPushKeepsTheChange(r -> {
            RawHttpServer.Action.Answer real = (RawHttpServer.Action.Answer) forward(r);
            return new RawHttpServer.Action.Cut(real.status(), real.body(), real.body().length / 2);
        }, FailureKind.CONNECTION_CUT, true);
    }

    @Test
    void aWrongPasswordStopsTheRunAndKeepsTheChange() {
        storeA.edit(SyncFixtures.account(key));
        SyncEngine wrong = new SyncEngine(POUCH.client(PouchDbServer.ADMIN, "wrong"), storeA);

        SyncSummary summary = wrong.syncAll(true);

        assertThat(summary.failure()).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(storeA.pending(key)).isPositive();
    }

    @Test
    void aServerThatIsDownStopsTheRunAndKeepsTheChange() throws IOException {
        storeA.edit(SyncFixtures.account(key));
        storeA.edit(SyncFixtures.account(SyncFixtures.newKey()));
        URI down;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
        SyncEngine engine = new SyncEngine(new CouchClient(down, "admin", "x".toCharArray(), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), storeA);

        SyncSummary summary = engine.syncAll(false);

        assertThat(summary.failure()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(summary.failures()).as("stopped at the first account").isEmpty();
        assertThat(storeA.pending(key)).isPositive();
    }

    @Test
    void theServiceRunsOnItsOwnThread() throws Exception {
        storeA.edit(SyncFixtures.account(key));
        try (SyncService service = new SyncService(a)) {
            String[] thread = new String[1];
            SyncSummary summary = service.syncAll(false).thenApply(s -> {
                thread[0] = Thread.currentThread().getName();
                return s;
            }).get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(summary.pushedDocs()).isEqualTo(3);
            assertThat(thread[0]).isEqualTo("sync-network");
        }
    }
}
