package org.answerdesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.answerdesk.HttpApi;

/**
 * The benchmark's HTTP/1.1 client: one kept-alive connection per calling thread, written and read on that thread.
 * The JDK's {@code HttpClient} hands every exchange to a selector thread and an executor, which on a 2-core machine
 * spent ~0.85 ms of CPU per request beside the server it measures; a browser spends that on its own machine.
 */
final class PlainHttp implements AutoCloseable {

    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final java.util.Set<Connection> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private record Connection(Socket socket, InputStream in, OutputStream out) {
    }

    PlainHttp(int port) {
        this.port = port;
    }

    /** POSTs a JSON body; the status and body of the response. */
    HttpApi.Response post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            return exchange(head, body);
        } catch (IOException stale) {
            // the server closes a connection left idle past its keep-alive time (while the benchmark measured
            // something else); nothing was received on it, so the request goes once more on a new one
            close(connections.get());
            try {
                return exchange(head, body);
            } catch (IOException e) {
                close(connections.get());
                throw new UncheckedIOException(e);
            }
        }
    }

    private HttpApi.Response exchange(byte[] head, byte[] body) throws IOException {
        Connection c = connection();
        // one write, as a browser (Chromium merges headers and a body of up to 1400 bytes) and curl send a small
        // body: two writes on this no-delay socket made two segments, and the server, finding only the headers,
        // received the body on its non-blocking path and dispatched the request a second time
        byte[] request = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        c.out().write(request);
        c.out().flush();
        return read(c.in());
    }

    private Connection connection() throws IOException {
        Connection c = connections.get();
        if (c == null || c.socket().isClosed()) {
            Socket socket = new Socket("localhost", port);
            socket.setTcpNoDelay(true);
            c = new Connection(socket, new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
            connections.set(c);
            open.add(c);
        }
        return c;
    }

    private HttpApi.Response read(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.split(" ", 3)[1]);
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in); // the blank line after the last chunk
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        }
        if (closes) {
            close(connections.get());
        }
        return new HttpApi.Response(code, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void close(Connection c) {
        if (c != null) {
            open.remove(c);
            connections.remove();
            try {
                c.socket().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        for (Connection c : open) {
            try {
                c.socket().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
    }
}
