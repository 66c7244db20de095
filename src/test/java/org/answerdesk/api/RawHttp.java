package org.answerdesk.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients cannot do: send from another loopback address (a
 * second client), declare a body and not send it, or stop a chunked body half-way and still read the answer.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {
    }

    private final int port;
    private final String from;

    /** @param from the local address to send from, e.g. 127.0.0.2 (all of 127/8 is loopback on Linux) */
    RawHttp(int port, String from) {
        this.port = port;
        this.from = from;
    }

    RawHttp(int port) {
        this(port, "127.0.0.1");
    }

    /** A complete request with a Content-Length body. */
    Response send(String method, String path, String contentType, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(head(method, path, contentType, headers) + "Content-Length: " + bytes.length + "\r\n\r\n",
                bytes, 0);
    }

    /**
     * A Content-Length body of which the first {@code first} bytes come with the headers and the rest after
     * {@code pauseMs}: the server has taken the first part before the rest arrives.
     */
    Response sendSplit(String path, String contentType, String body, int first, long pauseMs) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = head("POST", path, contentType) + "Content-Length: " + bytes.length + "\r\n\r\n";
        try (Socket socket = connected()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, 0, first);
            out.flush();
            Thread.sleep(pauseMs);
            out.write(bytes, first, bytes.length - first);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Declares a body of {@code length} bytes and sends none of it. */
    Response declareOnly(String path, long length, String... headers) {
        return exchange(head("POST", path, "application/json", headers) + "Content-Length: " + length + "\r\n\r\n",
                new byte[0], 0);
    }

    /** Sends {@code bytes} of a chunked body in 8 KiB chunks, never its last chunk, and reads the answer. */
    Response chunkedUnfinished(String path, String contentType, byte[] prefix, int bytes) {
        return exchange(head("POST", path, contentType) + "Transfer-Encoding: chunked\r\n\r\n", prefix, bytes);
    }

    /** A socket from this client's address to the server, reads bounded so that a hang fails. */
    private Socket connected() throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private String head(String method, String path, String contentType, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return head.toString();
    }

    private Response exchange(String head, byte[] body, int chunkedBytes) {
        try (Socket socket = connected()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (chunkedBytes == 0) {
                out.write(body);
            } else {
                chunk(out, body);
                byte[] filler = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
                for (int sent = body.length; sent < chunkedBytes; sent += filler.length) {
                    chunk(out, filler);
                }
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            // the server may hold back the last chunk while it waits for the rest of an unfinished request body:
            // stop when nothing more has arrived after a chunk (the error bodies here are one chunk)
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
                if (in.available() == 0) {
                    break;
                }
            }
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
