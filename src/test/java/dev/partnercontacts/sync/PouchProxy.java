package dev.partnercontacts.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A proxy of the tests' own in front of PouchDB Server, on 127.0.0.1: every request goes to the
 * server as the admin unless {@code rule} answers it itself ({@link #forward} gives the server's
 * answer, to pass on, change or drop). A hostile or broken server is the real one behind a rule.
 */
final class PouchProxy implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PouchDbServer pouch;
    private final RawHttpServer server;
    private final AtomicReference<Function<RawHttpServer.Request, RawHttpServer.Action>> rule =
            new AtomicReference<>(r -> null);

    /** A proxy that forwards everything until {@link #misbehave} gives it a rule. */
    PouchProxy(PouchDbServer pouch) throws IOException {
        this.pouch = pouch;
        this.server = new RawHttpServer(r -> {
            RawHttpServer.Action own = rule.get().apply(r);
            return own != null ? own : forward(r);
        });
    }

    /** From now on, {@code what} decides each request; {@code null} from it forwards the request as it is. */
    void misbehave(Function<RawHttpServer.Request, RawHttpServer.Action> what) {
        rule.set(what);
    }

    /** Forwards everything again. */
    void behave() {
        rule.set(r -> null);
    }

    /** A client of the team's server through this proxy, with short timeouts. */
    CouchClient client() {
        return new CouchClient(uri(), "admin", "x".toCharArray(), Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    URI uri() {
        return server.uri();
    }

    /** The requests received so far, in order. */
    java.util.List<RawHttpServer.Request> received() {
        return server.received;
    }

    /** How many requests for paths containing {@code part} were received. */
    long count(String part) {
        return server.received.stream().filter(r -> r.path().contains(part)).count();
    }

    /** The request as the server answers it. */
    RawHttpServer.Action.Answer forward(RawHttpServer.Request r) {
        try {
            HttpRequest request = HttpRequest.newBuilder(pouch.uri().resolve(r.path().substring(1)))
                    .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", PouchDbServer.basic(PouchDbServer.ADMIN, PouchDbServer.PASSWORD))
                    .timeout(Duration.ofSeconds(20)).build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new RawHttpServer.Action.Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's answer to {@code r}, as JSON. */
    JsonNode forwardJson(RawHttpServer.Request r) {
        try {
            return JSON.readTree(forward(r).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON answer. */
    static RawHttpServer.Action.Answer answer(int status, JsonNode body) {
        try {
            return new RawHttpServer.Action.Answer(status, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
