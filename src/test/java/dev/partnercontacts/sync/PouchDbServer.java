package dev.partnercontacts.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real CouchDB-compatible server for tests: PouchDB Server 4.2.0 (npm), in memory, on a free
 * 127.0.0.1 port, in its own empty working folder (it writes config.json and log.txt there, and an
 * admin set once would persist). Register with {@code @RegisterExtension static PouchDbServer
 * pouch = new PouchDbServer();}: it starts before the class's tests and is killed, with its child
 * processes, after them.
 *
 * <p>Installed once with npm into {@code ~/.cache/partner-contacts/pouchdb-server} (survives
 * {@code mvn clean}; {@code .ci/run} pre-installs it), or taken from
 * {@code target/pouchdb-server} when a build put it there. Needs Node and npm on the PATH.
 * Every request is authenticated as the admin: an unauthenticated (or non-admin) PUT of a
 * database crashes version 4.2.0.
 */
public final class PouchDbServer implements BeforeAllCallback, AfterAllCallback {

    public static final String VERSION = "4.2.0";
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "pc-test-secret";
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "partner-contacts", "pouchdb-server");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private Process process;
    private Path folder;
    private URI uri;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return uri;
    }

    /** A client authenticated as the admin, with short timeouts. */
    public CouchClient client() {
        return client(ADMIN, PASSWORD);
    }

    public CouchClient client(String user, String password) {
        return new CouchClient(uri, user, password.toCharArray(), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** Creates a team database of its own for one test, and returns its name. */
    public String newDatabase() throws CouchException {
        String name = "team-" + java.util.UUID.randomUUID();
        client().createDatabase(name);
        return name;
    }

    /** A raw admin request for test set-up (users, _security); returns the status. */
    public int admin(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(ADMIN, PASSWORD))
                .timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public void start() throws Exception {
        Path bin = installed();
        IOException last = null;
        for (int attempt = 0; attempt < 3 && process == null; attempt++) {
            try {
                launch(bin);
            } catch (IOException e) {
                last = e; // most likely the free port was taken meanwhile: try another
                stop();
            }
        }
        if (process == null) {
            throw last;
        }
        int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("_config/admins/" + ADMIN))
                .PUT(HttpRequest.BodyPublishers.ofString("\"" + PASSWORD + "\"")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IOException("pouchdb-server refused the admin: " + status);
        }
    }

    private void launch(Path bin) throws Exception {
        folder = Files.createTempDirectory("pouchdb-server");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        process = new ProcessBuilder(bin.toString(), "--in-memory", "--host", "127.0.0.1", "--port", String.valueOf(port))
                .directory(folder.toFile()).redirectErrorStream(true).start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Process p = process;
        Path log = folder.resolve("output.txt");
        Thread reader = new Thread(() -> drain(p, log, started), "pouchdb-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("pouchdb-server did not start: " + Files.readString(log), e);
        }
        uri = URI.create("http://127.0.0.1:" + port + "/");
    }

    private static void drain(Process p, Path log, CompletableFuture<Void> started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(line + "\n");
                out.flush();
                if (line.contains("has started on")) {
                    started.complete(null);
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(new IOException("pouchdb-server stopped before it started"));
    }

    public void stop() {
        if (process != null) {
            Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroyForcibly);
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
            folder = null;
        }
    }

    /** The pouchdb-server launcher, installed with npm into the cache on first use. */
    static synchronized Path installed() throws IOException, InterruptedException {
        Path local = Path.of("target", "pouchdb-server", "node_modules", ".bin", "pouchdb-server");
        if (Files.isExecutable(local)) {
            return local.toAbsolutePath();
        }
        Path cached = CACHE.resolve(Path.of("node_modules", ".bin", "pouchdb-server"));
        Files.createDirectories(CACHE);
        // One installer at a time, also across JVMs (surefire forks, parallel builds).
        try (FileChannel channel = FileChannel.open(CACHE.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            if (!Files.isExecutable(cached)) {
                boolean windows = System.getProperty("os.name").startsWith("Windows");
                Process npm = new ProcessBuilder(windows ? "npm.cmd" : "npm", "install", "--prefix", CACHE.toString(),
                        "--no-audit", "--no-fund", "pouchdb-server@" + VERSION)
                        .redirectErrorStream(true).redirectOutput(CACHE.resolve("npm-install.log").toFile()).start();
                if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isExecutable(cached)) {
                    throw new IOException("npm install pouchdb-server@" + VERSION + " failed; see "
                            + CACHE.resolve("npm-install.log"));
                }
            }
        }
        return cached;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
