package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small CouchDB client on Java's own HttpClient: basic authentication, a connect timeout, a
 * deadline for each whole exchange (an endless or dripping answer is cut when it passes, not
 * only a silent one), a cap on the size of every answer (counted as it arrives: a larger one is
 * refused without being held in memory), JSON through Jackson. Every failure becomes a
 * {@link CouchException} whose kind names what went wrong. Blocking: call it off the FX thread.
 * The password is kept only in the Authorization header and never logged; an address that
 * carries a user name or password is refused ({@link ServerAddress}).
 *
 * <p>The CouchDB HTTP API it uses: {@code GET /db/_changes} (feed=normal, with {@code limit}),
 * {@code POST /db/_all_docs?include_docs=true} with {@code keys}, {@code POST /db/_bulk_docs}.
 */
public final class CouchClient {

    /** The largest answer accepted by default: 16 MiB, some 15 times a page of 500 full accounts. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CouchClient.class);
    // One JSON value per answer and nothing after it: a body with text after its JSON is not
    // CouchDB's, and is refused rather than read in part.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final URI server;
    private final String authorization;
    private final Duration requestTimeout;
    private final long maxAnswerBytes;
    private final HttpClient http;

    /**
     * @param server         the server's base address, e.g. {@code https://couch.example.com:6984/}
     * @param user           the user name, or null for none
     * @param password       the password (not stored anywhere but the request header)
     * @param connectTimeout most time to open a connection
     * @param requestTimeout most time for one request, from sending to the last byte of the answer
     * @throws IllegalArgumentException when the address carries a user name or password
     */
    public CouchClient(URI server, String user, char[] password, Duration connectTimeout, Duration requestTimeout) {
        this(server, user, password, connectTimeout, requestTimeout, DEFAULT_MAX_ANSWER_BYTES);
    }

    /** As above, with the largest answer accepted, in bytes. */
    public CouchClient(URI server, String user, char[] password, Duration connectTimeout, Duration requestTimeout,
                       long maxAnswerBytes) {
        if (server.getRawUserInfo() != null) {
            // Never echo the address: it holds the secret.
            throw new IllegalArgumentException("a sync server address must not carry a user name or password");
        }
        this.server = server.toString().endsWith("/") ? server : URI.create(server + "/");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        this.maxAnswerBytes = maxAnswerBytes;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The server's host, as failures name it to the user. */
    public String host() {
        return server.getHost();
    }

    /** A CouchDB server: the welcome object of its root, and that the credentials are accepted. */
    public JsonNode serverInfo() throws CouchException {
        return send(request("").GET(), "server info").body();
    }

    /** Creates the database; one that exists already (412) is fine. For tests and administrators' set-up. */
    public boolean createDatabase(String db) throws CouchException {
        Answer a = exchange(request(path(db)).PUT(HttpRequest.BodyPublishers.noBody()), "create database");
        if (a.status() == 412) {
            return false;
        }
        check(a, db);
        return true;
    }

    /** A document with its {@code _id} and {@code _rev}, or empty when there is none (or it was deleted). */
    public Optional<ObjectNode> get(String db, String id) throws CouchException {
        Answer a = exchange(request(path(db) + "/" + path(id)).GET(), "get document");
        if (a.status() == 404) {
            return Optional.empty();
        }
        check(a, db);
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
                .header("Content-Type", "application/json"), "_bulk_docs", db).body();
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

    /** One entry of a database's {@code _changes} feed: the document's id and winning revision. */
    public record Change(String id, String rev, boolean deleted) {
    }

    /**
     * A page of changes and the checkpoint after it.
     *
     * @param changes the changes, oldest first
     * @param lastSeq the sequence to ask from next time (opaque text: CouchDB 2+ strings, PouchDB numbers)
     * @param full    whether the page was full ({@code limit} entries): more may follow
     */
    public record Changes(List<Change> changes, String lastSeq, boolean full) {
    }

    /**
     * One page of the changes since {@code since} ({@code "0"}: all), without the documents, at
     * most {@code limit} of them. A database that does not exist is {@link FailureKind#NO_DATABASE}.
     */
    public Changes changes(String db, String since, int limit) throws CouchException {
        String query = "?style=main_only&limit=" + limit + "&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
        Answer a = exchange(request(path(db) + "/_changes" + query).GET(), "_changes");
        check(a, db);
        List<Change> list = new ArrayList<>();
        JsonNode results = a.body().path("results");
        for (JsonNode r : results) {
            list.add(new Change(r.path("id").asText(), r.path("changes").path(0).path("rev").asText(null),
                    r.path("deleted").asBoolean(false)));
        }
        String last = a.body().path("last_seq").asText(since);
        return new Changes(list, last.isEmpty() ? since : last, results.size() >= limit);
    }

    /**
     * What {@code _all_docs} said of the ids asked for.
     *
     * @param docs    the current documents, by id
     * @param deleted the ids whose document is deleted, with the revision of the deletion
     * @param missing the ids the answer gave no document for and did not call deleted (never
     *                written, or a server or proxy that left them out): nothing is known of them
     */
    public record Fetched(Map<String, ObjectNode> docs, Map<String, String> deleted, List<String> missing) {
    }

    /**
     * The current documents with these ids, through {@code _all_docs} with {@code keys}. A row
     * for an id not asked for is ignored; an id without a row, or with an error row, is
     * {@linkplain Fetched#missing() missing}.
     */
    public Fetched documents(String db, List<String> ids) throws CouchException {
        ObjectNode payload = JSON.createObjectNode();
        payload.putArray("keys").addAll(ids.stream().map(JSON.getNodeFactory()::textNode).toList());
        JsonNode answer = send(request(path(db) + "/_all_docs?include_docs=true").POST(body(payload))
                .header("Content-Type", "application/json"), "_all_docs", db).body();
        java.util.Set<String> asked = new java.util.HashSet<>(ids);
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        Map<String, String> deleted = new LinkedHashMap<>();
        for (JsonNode row : answer.path("rows")) {
            String id = row.path("id").asText("");
            if (!asked.contains(id) || row.has("error")) {
                continue;
            }
            if (row.get("doc") instanceof ObjectNode doc && id.equals(doc.path("_id").asText())) {
                docs.put(id, doc);
            } else if (row.path("value").path("deleted").asBoolean(false)) {
                deleted.put(id, row.path("value").path("rev").asText(null));
            }
        }
        List<String> missing = ids.stream().filter(id -> !docs.containsKey(id) && !deleted.containsKey(id)).toList();
        return new Fetched(docs, deleted, missing);
    }

    /** An answer: its status, its body, and where a redirect points (empty otherwise). */
    private record Answer(int status, JsonNode body, String location) {
    }

    private Answer send(HttpRequest.Builder builder, String what) throws CouchException {
        return send(builder, what, null);
    }

    private Answer send(HttpRequest.Builder builder, String what, String db) throws CouchException {
        Answer a = exchange(builder, what);
        check(a, db);
        return a;
    }

    private void check(Answer a, String db) throws CouchException {
        int s = a.status();
        if (s >= 200 && s < 300) {
            return;
        }
        if (s >= 300 && s < 400 && !a.location().isEmpty()) {
            // Never followed: the password must not go to an address the person did not give.
            throw new CouchException(FailureKind.REDIRECTED, s, null, null).naming(a.location());
        }
        if (s == 404 && db != null) {
            throw new CouchException(FailureKind.NO_DATABASE, s, db, null).naming(db);
        }
        FailureKind kind = s == 401 ? FailureKind.UNAUTHORIZED
                : s == 403 ? FailureKind.FORBIDDEN
                : s == 409 ? FailureKind.CONFLICT
                : s >= 500 ? FailureKind.SERVER_ERROR
                : FailureKind.UNEXPECTED;
        throw new CouchException(kind, s, a.body().path("reason").asText(null), null).naming(host());
    }

    private Answer exchange(HttpRequest.Builder builder, String what) throws CouchException {
        HttpRequest req = builder.timeout(requestTimeout).header("Accept", "application/json").build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(req, CappedBody.handler(maxAnswerBytes));
        HttpResponse<byte[]> response;
        try {
            // The request timeout only covers the wait for the headers; an answer that drips or
            // never ends is cut by this deadline on the whole exchange.
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
        return new Answer(response.statusCode(), parse(response, what),
                response.headers().firstValue("Location").map(l -> origin(server, l)).orElse(""));
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
            if (response.statusCode() >= 400) {
                return JSON.missingNode();
            }
            throw failure(FailureKind.UNEXPECTED, what, e);
        }
    }

    private static FailureKind kindOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CappedBody.TooLarge) {
                return FailureKind.TOO_LARGE;
            }
            if (c instanceof CertPathBuilderException || c instanceof CertPathValidatorException
                    || c instanceof SSLHandshakeException && c.getCause() instanceof CertificateException) {
                return FailureKind.CERTIFICATE;
            }
        }
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
        // Not a warning: the caller reports it to the person, in the app or on the command line.
        LOG.info("Sync server {}: {} failed: {} ({})", server, what, kind, String.valueOf(cause));
        LOG.debug("Details of the failure", cause);
        return new CouchException(kind, 0, what, cause).naming(kind == FailureKind.TOO_LARGE
                ? String.valueOf(maxAnswerBytes / (1024 * 1024)) : host());
    }

    /**
     * Where a redirect points, as the person would type it on the Sync tab: scheme, host and port
     * only (no path, and never a user name or password the address might carry); the raw text
     * when it is not an address.
     */
    static String origin(URI base, String location) {
        try {
            URI to = base.resolve(location.strip());
            if (to.getHost() == null || to.getScheme() == null) {
                return "";
            }
            return to.getScheme() + "://" + to.getHost() + (to.getPort() < 0 ? "" : ":" + to.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
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
