package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small CouchDB client on Java's own HttpClient: basic authentication, a connect timeout and a
 * whole-exchange timeout on every request, JSON through Jackson. Every failure becomes a
 * {@link CouchException} whose kind names what went wrong. Blocking: call it off the FX thread.
 * The password is kept only in the Authorization header and never logged.
 */
public final class CouchClient {

    private static final Logger LOG = LoggerFactory.getLogger(CouchClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String authorization;
    private final Duration requestTimeout;
    private final HttpClient http;

    /**
     * @param server         the server's base address, e.g. {@code http://127.0.0.1:5984/}
     * @param user           the user name, or null for none
     * @param password       the password (not stored anywhere but the request header)
     * @param connectTimeout most time to open a connection
     * @param requestTimeout most time for one request, from sending to the last byte of the answer
     */
    public CouchClient(URI server, String user, char[] password, Duration connectTimeout, Duration requestTimeout) {
        this.server = server.toString().endsWith("/") ? server : URI.create(server + "/");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A CouchDB database: the welcome object of its root, and that the credentials are accepted. */
    public JsonNode serverInfo() throws CouchException {
        return send(request("").GET(), "server info").body();
    }

    /** Keys of the account databases the server lists; refused (401/403) on servers that hide the list. */
    public List<String> accountKeys() throws CouchException {
        List<String> keys = new ArrayList<>();
        for (JsonNode db : send(request("_all_dbs").GET(), "_all_dbs").body()) {
            CouchDocuments.keyOf(db.asText()).ifPresent(keys::add);
        }
        return keys;
    }

    /** Creates the database; one that exists already (412) is fine. @return whether it was created now */
    public boolean createDatabase(String db) throws CouchException {
        Answer a = exchange(request(path(db)).PUT(HttpRequest.BodyPublishers.noBody()), "create database");
        if (a.status() == 412) {
            return false;
        }
        check(a);
        return true;
    }

    /** A document with its {@code _id} and {@code _rev}, or empty when there is none (or it was deleted). */
    public Optional<ObjectNode> get(String db, String id) throws CouchException {
        Answer a = exchange(request(path(db) + "/" + path(id)).GET(), "get document");
        if (a.status() == 404) {
            return Optional.empty();
        }
        check(a);
        return Optional.of((ObjectNode) a.body());
    }

    /** What the server did with one document of a {@code _bulk_docs} request. */
    public record BulkResult(String id, String rev, FailureKind error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Writes documents in one request; each result says ok (with the new rev) or why not. A doc
     * sent with an old {@code _rev} comes back as {@link FailureKind#CONFLICT}, never overwriting.
     */
    public List<BulkResult> bulkDocs(String db, List<ObjectNode> docs) throws CouchException {
        ObjectNode payload = JSON.createObjectNode();
        payload.putArray("docs").addAll(docs);
        JsonNode answer = send(request(path(db) + "/_bulk_docs").POST(body(payload))
                .header("Content-Type", "application/json"), "_bulk_docs").body();
        List<BulkResult> results = new ArrayList<>();
        for (JsonNode r : answer) {
            String error = r.path("error").asText("");
            FailureKind kind = switch (error) {
                case "" -> null;
                case "conflict" -> FailureKind.CONFLICT;
                // pouchdb-server answers "unauthorized" per document for a database the user may not write.
                case "forbidden", "unauthorized" -> FailureKind.FORBIDDEN;
                default -> FailureKind.UNEXPECTED;
            };
            results.add(new BulkResult(r.path("id").asText(), r.path("rev").asText(null), kind));
        }
        return results;
    }

    /** One change of a database's {@code _changes} feed, with the document (a deleted one has only its id). */
    public record Change(String id, String rev, boolean deleted, ObjectNode doc) {
    }

    /** Changes since a checkpoint, and the checkpoint after them. */
    public record Changes(List<Change> changes, String lastSeq) {
    }

    /**
     * The changes since {@code since} ({@code "0"}: all), with their documents. A database that
     * does not exist yet has no changes.
     */
    public Changes changes(String db, String since) throws CouchException {
        String query = "?include_docs=true&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
        Answer a = exchange(request(path(db) + "/_changes" + query).GET(), "_changes");
        if (a.status() == 404) {
            return new Changes(List.of(), since);
        }
        check(a);
        List<Change> list = new ArrayList<>();
        for (JsonNode r : a.body().path("results")) {
            JsonNode doc = r.get("doc");
            String rev = doc != null && doc.has("_rev") ? doc.get("_rev").asText()
                    : r.path("changes").path(0).path("rev").asText(null);
            list.add(new Change(r.path("id").asText(), rev, r.path("deleted").asBoolean(false),
                    doc instanceof ObjectNode o ? o : null));
        }
        // CouchDB 2+ has opaque string sequences, PouchDB numbers: keep either as text.
        return new Changes(list, a.body().path("last_seq").asText(since));
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(HttpRequest.Builder builder, String what) throws CouchException {
        Answer a = exchange(builder, what);
        check(a);
        return a;
    }

    private static void check(Answer a) throws CouchException {
        int s = a.status();
        if (s >= 200 && s < 300) {
            return;
        }
        FailureKind kind = s == 401 ? FailureKind.UNAUTHORIZED
                : s == 403 ? FailureKind.FORBIDDEN
                : s == 409 ? FailureKind.CONFLICT
                : s >= 500 ? FailureKind.SERVER_ERROR
                : FailureKind.UNEXPECTED;
        throw new CouchException(kind, s, a.body().path("reason").asText(null), null);
    }

    private Answer exchange(HttpRequest.Builder builder, String what) throws CouchException {
        HttpRequest req = builder.timeout(requestTimeout).header("Accept", "application/json").build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            // The request timeout only covers the wait for the headers; a server that stalls in
            // the middle of the body is caught by waiting on the whole exchange.
            response = future.get(requestTimeout.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failure(FailureKind.TIMEOUT, what, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(FailureKind.CANCELLED, what, e);
        } catch (ExecutionException e) {
            throw failure(kindOf(e.getCause()), what, e.getCause());
        }
        return new Answer(response.statusCode(), parse(response, what));
    }

    private JsonNode parse(HttpResponse<byte[]> response, String what) throws CouchException {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonEOFException e) {
            throw failure(FailureKind.CONNECTION_CUT, what, e);
        } catch (IOException e) {
            // A proxy's HTML error page is not JSON: report the status rather than the body.
            if (response.statusCode() >= 500) {
                return JSON.missingNode();
            }
            throw failure(FailureKind.UNEXPECTED, what, e);
        }
    }

    private static FailureKind kindOf(Throwable t) {
        if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                || t instanceof UnresolvedAddressException
                || t != null && t.getCause() instanceof UnresolvedAddressException) {
            return FailureKind.UNREACHABLE;
        }
        if (t instanceof HttpTimeoutException) {
            return FailureKind.TIMEOUT;
        }
        // Anything else on the wire (reset, end of stream before the whole answer) is a cut connection.
        return t instanceof IOException ? FailureKind.CONNECTION_CUT : FailureKind.UNEXPECTED;
    }

    private CouchException failure(FailureKind kind, String what, Throwable cause) {
        LOG.warn("Sync server {}: {} failed: {} ({})", server, what, kind, String.valueOf(cause));
        LOG.debug("Details of the failure", cause);
        return new CouchException(kind, 0, what, cause);
    }

    private HttpRequest.Builder request(String relative) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.resolve(relative));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher body(JsonNode node) throws CouchException {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new CouchException(FailureKind.UNEXPECTED, 0, "cannot write JSON", e);
        }
    }

    /** Percent-encodes one path segment (document ids hold ':' and '@'). */
    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "CouchClient[" + server + "]";
    }
}
