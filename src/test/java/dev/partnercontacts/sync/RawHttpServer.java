package dev.partnercontacts.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server of the tests' own on 127.0.0.1, on plain sockets so that it can misbehave
 * the way real networks do: answer any status, never answer (stall), or send part of an answer and
 * close the connection (cut). One connection at a time is enough for the client under test.
 */
final class RawHttpServer implements AutoCloseable {

    /** A request as received. */
    record Request(String method, String path, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What to do with a request. */
    sealed interface Action {
        /** A complete answer, with headers of its own besides the length and type (a redirect's {@code Location}). */
        record Answer(int status, byte[] body, Map<String, String> headers) implements Action {
            Answer(int status, byte[] body) {
                this(status, body, Map.of());
            }

            Answer(int status, String json) {
                this(status, json.getBytes(StandardCharsets.UTF_8));
            }
        }

        /** Send the answer's headers, then reset the connection (TCP RST) instead of sending its body. */
        record Reset(int status, int length) implements Action {
        }

        /** Accept the request and never answer. */
        record Stall() implements Action {
        }

        /** Announce the whole answer, send only its first {@code sent} bytes, then close the connection. */
        record Cut(int status, byte[] body, int sent) implements Action {
        }

        /**
         * An answer without a length (until the connection closes): {@code body}, then, when
         * {@code total} is -1, a space every {@code everyMillis} for ever (an endless, dripping
         * answer); otherwise {@code body} only, in one go.
         */
        record Drip(int status, byte[] body, long total, long everyMillis) implements Action {
        }
    }

    private final ServerSocket socket;
    private final Function<Request, Action> handler;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    final List<Request> received = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();

    RawHttpServer(Function<Request, Action> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "raw-http-server");
        t.setDaemon(true);
        t.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> handle(s), "raw-http-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                received.add(request);
                Action action = handler.apply(request);
                if (action instanceof Action.Stall) {
                    in.transferTo(OutputStream.nullOutputStream()); // hold the connection until the client gives up
                    return;
                }
                if (action instanceof Action.Answer a) {
                    out.write(head(a.status(), a.body().length, a.headers()));
                    out.write(a.body());
                    out.flush();
                } else if (action instanceof Action.Drip d) {
                    out.write(("HTTP/1.1 " + d.status() + " Whatever\r\nContent-Type: application/json\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(d.body());
                    out.flush();
                    while (d.total() < 0 && !s.isClosed()) {
                        try {
                            Thread.sleep(d.everyMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        out.write(' ');
                        out.flush();
                    }
                    return;
                } else if (action instanceof Action.Reset r) {
                    out.write(head(r.status(), r.length(), Map.of()));
                    out.flush();
                    s.setSoLinger(true, 0); // closing now sends a reset, not an orderly end
                    return;
                } else if (action instanceof Action.Cut c) {
                    out.write(head(c.status(), c.body().length, Map.of()));
                    out.write(c.body(), 0, c.sent());
                    out.flush();
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to do
        } finally {
            open.remove(s);
        }
    }

    private static byte[] head(int status, int length, Map<String, String> headers) {
        StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\n");
        headers.forEach((name, value) -> h.append(name).append(": ").append(value).append("\r\n"));
        return h.append("Content-Length: ").append(length).append("\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        int length = 0;
        for (String header; (header = line(in)) != null && !header.isEmpty(); ) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
            }
        }
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts[1], in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                String s = buf.toString(StandardCharsets.US_ASCII);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            buf.write(b);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
