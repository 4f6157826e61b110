package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken server ({@link HostileServerFixture}) and its feed: malformed or wrongly
 * shaped answers, a feed that never ends or goes back, a document too large to read or left out
 * of {@code _all_docs}.
 */
class HostileFeedTest extends HostileServerFixture {

    @Test
    void aChangesAnswerThatIsNotJsonStopsTheRunAndChangesNothing() {
        AccountData before = w.data(a);
        w.rename(a, "Edited here");
        for (String body : List.of("{\"results\":[{\"id\":", "<html>Bad gateway</html>", "{\"results\":[]}} trailing")) {
            proxy.misbehave(r -> changes(r) ? text(200, body) : null);
            SyncSummary s = w.sync();
            assertThat(s.failure()).as(body).isIn(FailureKind.UNEXPECTED, FailureKind.CONNECTION_CUT);
            assertThat(w.pending(a)).isPositive();
        }
        assertThat(w.data(a).details().settings().name()).isEqualTo("Edited here");
        assertThat(w.data(a).users()).isEqualTo(before.users());
        proxy.behave();
        assertThat(w.sync().inSync()).isTrue();
        assertThat(w.pending(a)).isZero();
    }

    @Test
    void aChangesAnswerOfTheWrongShapeIsNoCrash() throws Exception {
        editB();
        for (String body : List.of("{\"results\":\"x\",\"last_seq\":{\"a\":1}}",
                "{\"results\":[{\"id\":5,\"changes\":\"x\",\"deleted\":\"yes\"},null,7],\"last_seq\":null}",
                "[1,2,3]", "null", "{\"results\":[{\"id\":\"account:" + a + "\",\"changes\":[{\"rev\":{}}]}]}")) {
            proxy.misbehave(r -> changes(r) ? text(200, body) : null);
            SyncSummary s = w.sync();
            assertThat(s.failures()).as(body).doesNotContainKey(b);
        }
        assertBSent();
        assertThat(w.data(a).details().settings().name()).isEqualTo(SyncFixtures.account(a).details().settings().name());
    }

    @Test
    void aHugeDocumentIsRefusedForItsAccountAlone() throws Exception {
        editB();
        proxy.misbehave(r -> {
            if (!r.path().contains("/_all_docs") || !r.text().contains("account:" + a)) {
                return null;
            }
            ObjectNode answer = (ObjectNode) proxy.forwardJson(r);
            for (JsonNode row : answer.path("rows")) {
                if (row.path("id").asText().equals("account:" + a) && row.get("doc") instanceof ObjectNode doc) {
                    doc.put("notes", "x".repeat(17 * 1024 * 1024));
                }
            }
            return PouchProxy.answer(200, answer);
        });
        ObjectNode changed = onServer("account:" + a);
        changed.put("partnerId", "777");
        putOnServer(changed);

        SyncSummary first = w.sync();
        SyncSummary second = w.sync();

        assertThat(first.failure()).isNull();
        assertThat(first.failures()).containsExactly(Map.entry(a, FailureKind.UNREADABLE));
        assertThat(second.failures()).containsExactly(Map.entry(a, FailureKind.UNREADABLE));
        assertBSent();
        assertThat(w.data(a).details().settings().partnerId()).isEqualTo("12345");
        proxy.behave();
        assertThat(w.sync().inSync()).isTrue();
        assertThat(w.data(a).details().settings().partnerId()).isEqualTo("777");
    }

    /** A full {@code _changes} page listing documents that are not an account's, ending at {@code lastSeq}. */
    private static ObjectNode fullPageOfNotes(String lastSeq) {
        ObjectNode page = PouchProxy.JSON.createObjectNode();
        ArrayNode results = page.putArray("results");
        for (int i = 0; i < SyncEngine.PAGE; i++) {
            results.addObject().put("id", "note-" + i).putArray("changes").addObject().put("rev", "1-a");
        }
        return page.put("last_seq", lastSeq);
    }

    @Test
    void aFeedWhoseLastSeqGoesBackAndForthEnds() throws Exception {
        editB();
        AtomicInteger pages = new AtomicInteger();
        proxy.misbehave(r -> {
            if (!changes(r)) {
                return null;
            }
            return PouchProxy.answer(200, fullPageOfNotes(pages.incrementAndGet() % 2 == 0 ? "5" : "3"));
        });

        SyncSummary s = w.sync();

        assertThat(pages.get()).as("pages asked for").isLessThan(20);
        assertThat(s.failures()).doesNotContainKey(b);
        assertBSent();
    }

    @Test
    void aFeedThatNeverEndsIsNotFollowedForEver() throws Exception {
        editB();
        AtomicInteger pages = new AtomicInteger();
        proxy.misbehave(r -> {
            if (!changes(r)) {
                return null;
            }
            return PouchProxy.answer(200, fullPageOfNotes(String.valueOf(pages.incrementAndGet())));
        });

        SyncSummary s = w.sync();

        assertThat(pages.get()).as("pages asked for in one run").isLessThanOrEqualTo(ROUNDS * FeedReader.MAX_PAGES);
        assertThat(s.failures()).doesNotContainKey(b);
        assertBSent();
    }

    @Test
    void aDocumentTheFeedListsButAllDocsDoesNotReturnIsNotTakenAsDeleted() throws Exception {
        ObjectNode ed = onServer("user:" + a + ":ed@example.com");
        ed.put("name", "Ed Renamed");
        putOnServer(ed);
        proxy.misbehave(r -> {
            if (!r.path().contains("/_all_docs")) {
                return null;
            }
            ObjectNode answer = (ObjectNode) proxy.forwardJson(r);
            ArrayNode rows = (ArrayNode) answer.path("rows");
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (rows.get(i).path("id").asText().startsWith("user:" + a)) {
                    rows.set(i, PouchProxy.JSON.createObjectNode().put("key", rows.get(i).path("id").asText())
                            .put("error", "not_found"));
                }
            }
            return PouchProxy.answer(200, answer);
        });

        SyncSummary s = w.sync();

        assertThat(w.data(a).users()).hasSize(2);
        assertThat(s.failures()).containsExactly(Map.entry(a, FailureKind.UNREADABLE));
        proxy.behave();
        assertThat(w.sync().inSync()).isTrue();
        assertThat(w.data(a).users()).extracting(u -> u.name()).contains("Ed Renamed");
        assertThat(onServer("user:" + a + ":ed@example.com").path("name").asText()).isEqualTo("Ed Renamed");
    }
}
