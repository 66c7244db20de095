package org.answerdesk.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over the path's limit with 413: at once when the declared {@code Content-Length} is over
 * it, otherwise (chunked bodies) at the first byte past it while the application reads, so no body is ever held
 * whole before it is judged.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    static final int STATUS = 413;

    private final ApiProperties.MaxBody limits;

    BodyLimitFilter(ApiProperties.MaxBody limits) {
        this.limits = limits;
    }

    long limit(String path) {
        // the admin page previews the very file it then imports: both take the same size
        if (path.equals("/api/faq/import") || path.equals("/api/faq/import/preview")) {
            return limits.faqImport().toBytes();
        }
        if (path.equals("/api/knowledge/sources")) {
            return limits.knowledgeUpload().toBytes();
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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(RequestPaths.of(request));
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close"); // the body is not read: this connection cannot be reused
            ErrorResponses.write(response, STATUS, "request body is larger than " + limit + " bytes");
            return;
        }
        var limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (limited.exceeded && !response.isCommitted()) {
                response.reset();
                ErrorResponses.write(response, STATUS, "request body is larger than " + limit + " bytes");
                return;
            }
            throw e;
        }
    }

    /** The request with its body stream counted; the stream fails at the first byte past the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;
        volatile boolean exceeded;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream in;
            private long count;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws BodyTooLargeException {
                count += n;
                if (count > limit) {
                    exceeded = true;
                    throw new BodyTooLargeException(limit);
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
