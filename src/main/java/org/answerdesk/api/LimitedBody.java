package org.answerdesk.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.MediaType;

/**
 * The request with its body stream bounded: it fails at the first byte past the size limit, and at the first read
 * after the deadline (each blocking read waits at most Tomcat's connection timeout for the next bytes). A form's
 * parameters are read through the same stream: Tomcat would otherwise read a form body itself, unbounded.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private final Duration deadline;
    private final long deadlineNanos;
    private ServletInputStream stream;
    private BufferedReader reader;
    private Map<String, String[]> form;
    volatile BodyRefusedException refused;

    LimitedBody(HttpServletRequest request, long limit, Duration deadline) {
        super(request);
        this.limit = limit;
        this.deadline = deadline;
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new BoundedStream(super.getInputStream());
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

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (!isForm()) {
            return super.getParameterMap();
        }
        if (form == null) {
            String body;
            try {
                body = new String(getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                // a refusal is answered by the filter (408, 413); a client gone is no error of ours
                throw new IllegalArgumentException("the form body could not be read", e);
            }
            // the body is consumed: Tomcat now parses only the query string
            Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                    merged.merge(name, new String[] {value}, LimitedBody::concat);
                }
            }
            form = Collections.unmodifiableMap(merged);
        }
        return form;
    }

    private boolean isForm() {
        String type = getContentType();
        return "POST".equals(getMethod()) && type != null
                && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0, 33);
    }

    private static String decode(String text, Charset charset) {
        // the body was read as ISO-8859-1 (one char a byte): back to bytes, then percent-decoded in the charset
        return URLDecoder.decode(new String(text.getBytes(StandardCharsets.ISO_8859_1), charset), charset);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long count;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            checkTime();
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkTime();
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyRefusedException {
            count += n;
            if (count > limit) {
                throw refuse(BodyRefusedException.tooLarge(limit));
            }
            checkTime();
        }

        private void checkTime() throws BodyRefusedException {
            if (System.nanoTime() - deadlineNanos > 0 && !in.isFinished()) {
                throw refuse(BodyRefusedException.tooSlow(deadline));
            }
        }

        private BodyRefusedException refuse(BodyRefusedException e) {
            refused = e;
            return e;
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
