package org.answerdesk.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Receives every request body whole before a request thread handles the request, with non-blocking reads
 * ({@link BodyReception}): a body that trickles in, or stalls, holds no thread while it does, so a few dozen slow
 * clients cannot keep everyone else's requests waiting for one. The body is then handed on, as the request's first
 * dispatch, from where it was kept ({@link ReceivedBody}): JSON, forms and multipart uploads alike, whatever their
 * framing (a length, or chunks). A body that had all arrived with the request's headers is handed on at once.
 * <p>
 * A body over the path's limit gets 413: at once when the declared {@code Content-Length} is over it, otherwise at
 * the first byte past it. One still arriving at the path's deadline gets 408. Both close the connection.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    static final int STATUS = 413;
    /** The request attribute the received body waits in between the reading and the dispatch. */
    static final String RECEIVED = BodyLimitFilter.class.getName() + ".RECEIVED";

    /** A staff's file for the customer of a ticket: bounded as a customer's upload. */
    private static final Pattern STAFF_FILE = Pattern.compile("/api/tickets/\\d+/files");

    private final ApiProperties.MaxBody limits;
    private final ApiProperties.BodyDeadline deadlines;
    private final BodyBuffer.Budget memory;
    private final Path directory;

    BodyLimitFilter(ApiProperties.MaxBody limits, ApiProperties.BodyDeadline deadlines, Path directory) {
        this.limits = limits;
        this.deadlines = deadlines;
        this.memory = new BodyBuffer.Budget(limits.inMemory().toBytes());
        this.directory = directory;
    }

    Duration deadline(String path) {
        return isImport(path) || path.equals("/api/knowledge/sources") ? deadlines.upload() : deadlines.standard();
    }

    private static boolean isImport(String path) {
        // the admin page previews the very file it then imports: both take the same size
        return path.equals("/api/faq/import") || path.equals("/api/faq/import/preview");
    }

    long limit(String path) {
        if (isImport(path)) {
            return limits.faqImport().toBytes();
        }
        if (path.equals("/api/knowledge/sources")) {
            return limits.knowledgeUpload().toBytes();
        }
        if (path.equals("/api/chat/files") || STAFF_FILE.matcher(path).matches()) {
            return limits.chatUpload().toBytes();
        }
        if (path.equals("/slack/events")) {
            return limits.slack().toBytes();
        }
        if (path.equals("/telegram/webhook")) {
            return limits.telegram().toBytes();
        }
        if (path.equals("/whatsapp/webhook")) {
            return limits.whatsapp().toBytes();
        }
        return limits.standard().toBytes();
    }

    /** Memory still free for bodies in flight (tests and the benchmark read it). */
    long memoryLeft() {
        return memory.left();
    }

    /** Runs on the async dispatch too: that is where the received body is handed on. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            handOn(request, response, chain);
            return;
        }
        String path = RequestPaths.of(request);
        // an admin's upload without a token or session cookie will be refused: it gets no more than any request
        boolean stranger = isAdminUpload(path) && !hasCredentials(request);
        long limit = stranger ? limits.standard().toBytes() : limit(path);
        Duration deadline = stranger ? deadlines.standard() : deadline(path);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close"); // the body is not read: this connection cannot be reused
            ErrorResponses.write(response, STATUS, BodyRefusedException.tooLarge(limit).getMessage());
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        var body = new BodyBuffer(memory, directory);
        if (arrived(request, body)) {
            // all of it came with the headers (a chat message nearly always does): handed on in this dispatch, with
            // no second pass through the valves and filters
            handOn(request, response, chain, body);
            return;
        }
        BodyReception.start(request, body, limit, deadline);
    }

    /**
     * Takes what of a body of declared length Tomcat already holds, never waiting for more; whether that was all of
     * it. Within the path's limit: the declared length is.
     */
    private static boolean arrived(HttpServletRequest request, BodyBuffer body) throws IOException {
        long length = request.getContentLengthLong();
        if (length <= 0 || request.getHeader("Expect") != null) { // chunked, or waiting for our 100 Continue
            return false;
        }
        var in = request.getInputStream();
        byte[] chunk = new byte[(int) Math.min(length, 8192)];
        try {
            // available(): the bytes already read from the connection, without reading it
            while (body.size() < length && in.available() > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, length - body.size()));
                if (n < 0) {
                    break;
                }
                body.write(chunk, 0, n);
            }
        } catch (IOException e) {
            body.close();
            throw e;
        }
        return body.size() == length;
    }

    private void handOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request.getAttribute(RECEIVED) instanceof BodyBuffer body)) {
            chain.doFilter(request, response); // a handler's own async dispatch
            return;
        }
        request.removeAttribute(RECEIVED);
        handOn(request, response, chain, body);
    }

    private void handOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain, BodyBuffer body)
            throws ServletException, IOException {
        var received = new ReceivedBody(request, body, directory.toFile());
        try {
            chain.doFilter(received, response);
        } finally {
            received.dispatched();
            received.deleteParts();
            body.close();
        }
    }

    private static boolean isAdminUpload(String path) {
        return isImport(path) || path.equals("/api/knowledge/sources") || STAFF_FILE.matcher(path).matches();
    }

    private static boolean hasCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getHeader("Cookie") != null;
    }

    private static boolean hasBody(HttpServletRequest request) {
        if (request.getContentLengthLong() > 0) {
            return true;
        }
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim());
    }
}
