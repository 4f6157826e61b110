package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken server ({@link HostileServerFixture}) answering writes badly: 409 on every
 * write, a 500 after storing part of a {@code _bulk_docs}, a redirect, a reset after the headers,
 * a request sent twice, revisions that disagree with what was stored.
 */
class HostileWritesTest extends HostileServerFixture {

    @Test
    void aConflictOnEveryWriteEndsTheRunWithTheChangesKept() {
        w.rename(a, "A renamed");
        editB();
        proxy.misbehave(r -> {
            if (!r.path().contains("/_bulk_docs")) {
                return null;
            }
            ArrayNode answer = PouchProxy.JSON.createArrayNode();
            try {
                for (JsonNode d : PouchProxy.JSON.readTree(r.body()).path("docs")) {
                    answer.addObject().put("id", d.path("_id").asText()).put("error", "conflict").put("reason", "no");
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return PouchProxy.answer(201, answer);
        });

        long before = proxy.count("/_bulk_docs");
        SyncSummary s = w.sync();

        assertThat(proxy.count("/_bulk_docs") - before).as("one per round").isLessThanOrEqualTo(ROUNDS);
        assertThat(s.inSync()).isFalse();
        assertThat(w.pending(a)).isPositive();
        assertThat(w.pending(b)).isPositive();
        proxy.behave();
        assertThat(w.sync().inSync()).isTrue();
        assertThat(w.pending(a)).isZero();
    }

    @Test
    void aServerErrorAfterStoringPartOfABulkDocsLosesAndDoublesNothing() throws Exception {
        w.rename(a, "A renamed");
        w.accounts.addUser(w.id(a), "Nia New", "nia@example.com", dev.partnercontacts.domain.UserRole.EDITOR,
                Workstation.ACTOR);
        editB();
        proxy.misbehave(r -> {
            if (!r.path().contains("/_bulk_docs")) {
                return null;
            }
            try {
                ObjectNode body = (ObjectNode) PouchProxy.JSON.readTree(r.body());
                ArrayNode docs = (ArrayNode) body.path("docs");
                ArrayNode half = PouchProxy.JSON.createArrayNode();
                for (int i = 0; i < docs.size(); i += 2) {
                    half.add(docs.get(i));
                }
                body.set("docs", half);
                proxy.forward(new RawHttpServer.Request(r.method(), r.path(), PouchProxy.JSON.writeValueAsBytes(body)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return text(500, "{\"error\":\"unknown_error\"}");
        });
        assertThat(w.sync().failure()).isEqualTo(FailureKind.SERVER_ERROR);
        proxy.behave();

        SyncSummary s = w.sync();

        assertThat(s.inSync()).as(String.valueOf(s)).isTrue();
        assertThat(s.conflicts()).isEmpty();
        assertThat(onServer("account:" + a).path("name").asText()).isEqualTo("A renamed");
        assertThat(onServer("user:" + a + ":nia@example.com").path("name").asText()).isEqualTo("Nia New");
        assertBSent();
        assertThat(w.sync().pushedDocs()).isZero();
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndSaysWhere() {
        editB();
        proxy.misbehave(r -> new RawHttpServer.Action.Answer(301, new byte[0],
                Map.of("Location", "https://couch.elsewhere.example:6984" + r.path())));

        SyncSummary s = w.sync();

        assertThat(s.failure()).isEqualTo(FailureKind.REDIRECTED);
        assertThat(s.subject()).contains("https://couch.elsewhere.example:6984");
        assertThat(w.pending(b)).isPositive();
    }

    @Test
    void aConnectionResetAfterTheHeadersOfABulkDocsSendsNothingTwice() throws Exception {
        editB();
        AtomicBoolean once = new AtomicBoolean();
        proxy.misbehave(r -> {
            if (!r.path().contains("/_bulk_docs") || !once.compareAndSet(false, true)) {
                return null;
            }
            RawHttpServer.Action.Answer stored = proxy.forward(r);
            return new RawHttpServer.Action.Reset(stored.status(), stored.body().length);
        });
        assertThat(w.sync().failure()).isEqualTo(FailureKind.CONNECTION_CUT);

        SyncSummary s = w.sync();

        assertThat(s.inSync()).isTrue();
        assertThat(s.pushedDocs()).isZero();
        assertThat(onServer("account:" + b).path("_rev").asText()).startsWith("2-");
        assertBSent();
    }

    @Test
    void aProxyThatSendsABulkDocsTwiceStoresItOnceAndReportsNoConflict() throws Exception {
        w.rename(a, "A renamed");
        editB();
        proxy.misbehave(r -> {
            if (!r.path().contains("/_bulk_docs")) {
                return null;
            }
            proxy.forward(r);
            return proxy.forward(r); // the second answer: conflicts, since the first was stored
        });

        SyncSummary first = w.sync();
        proxy.behave();
        SyncSummary second = w.sync();

        assertThat(first.conflicts()).isEmpty();
        assertThat(second.inSync()).isTrue();
        assertThat(second.conflicts()).isEmpty();
        assertThat(onServer("account:" + a).path("_rev").asText()).startsWith("2-");
        assertThat(onServer("account:" + a).path("name").asText()).isEqualTo("A renamed");
        assertBSent();
        assertThat(w.sync().pushedDocs()).isZero();
    }

    @Test
    void revisionsThatDisagreeWithWhatTheServerStoredHealWithoutAConflict() throws Exception {
        proxy.misbehave(r -> {
            if (!r.path().contains("/_bulk_docs")) {
                return null;
            }
            ArrayNode answer = (ArrayNode) proxy.forwardJson(r);
            answer.forEach(o -> ((ObjectNode) o).put("rev", "9-0000000000000000000000000000dead"));
            return PouchProxy.answer(201, answer);
        });
        w.rename(a, "First");
        w.sync();
        proxy.behave();
        w.rename(a, "Second");

        SyncSummary s = w.sync();
        w.sync();

        assertThat(s.conflicts()).isEmpty();
        assertThat(onServer("account:" + a).path("name").asText()).isEqualTo("Second");
        assertThat(w.pending(a)).isZero();
        assertThat(w.sync().requests()).isEqualTo(1);
    }
}
