package org.answerdesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A platform's media over HTTP, for the channels' {@link MediaFetcher}s: one deadline for the whole download
 * (connecting, the headers, every redirect and the whole body: a body that trickles a byte at a time is cut at the
 * deadline as a failed attempt, never read for minutes), at most {@code maxBytes} read, and only the platform's own
 * hosts asked: a URL or a redirect that names another host is refused before anything is sent there, so the
 * platform's credentials (the headers given, a token in the path) go nowhere else and a hostile answer cannot make
 * the bot fetch its own loopback services.
 */
public final class PlatformDownload {

    private static final int MAX_REDIRECTS = 3;

    private final OkHttpClient http;
    private final Duration deadline;
    private final Predicate<URI> own;

    /**
     * @param deadline how long one {@link #get} may take in all
     * @param own      whether a URL is on one of the platform's own hosts (see {@link #sameOrigin})
     */
    public PlatformDownload(Duration deadline, Predicate<URI> own) {
        this.deadline = deadline;
        this.own = own;
        Duration connect = deadline.compareTo(Duration.ofSeconds(10)) < 0 ? deadline : Duration.ofSeconds(10);
        // redirects are followed here, each checked, never by the client
        this.http = new OkHttpClient.Builder().connectTimeout(connect).readTimeout(deadline)
                .callTimeout(deadline)
                .followRedirects(false).followSslRedirects(false).build();
    }

    /**
     * Whether a URL has the scheme, host and port of {@code base} (a platform's configured API URL): in production
     * the platform's API host, in tests the stand-in on loopback, which is still not any other local port.
     */
    public static boolean sameOrigin(URI url, String base) {
        URI b = URI.create(base.strip());
        return url.getScheme() != null && url.getHost() != null && b.getHost() != null
                && url.getScheme().equalsIgnoreCase(b.getScheme())
                && url.getHost().equalsIgnoreCase(b.getHost()) && port(url) == port(b);
    }

    /** Whether a URL is {@code https} on the default port of a host that is {@code domain} or under it. */
    public static boolean httpsUnder(URI url, String domain) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return "https".equalsIgnoreCase(url.getScheme()) && port(url) == 443
                && (host.equals(domain) || host.endsWith("." + domain));
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /**
     * The body at {@code url}, fetched with {@code headers}. A failure that may pass (a 5xx, a 404, the deadline, a
     * refused host) is an {@link IOException} whose message names the host, never the URL (Telegram's carries the
     * token); {@link MediaFetcher.TooLarge} past {@code maxBytes}.
     */
    public byte[] get(URI url, Map<String, String> headers, long maxBytes) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        HttpUrl at = HttpUrl.get(url);
        for (int hop = 0; ; hop++) {
            if (!own.test(at.uri())) {
                throw new IOException((hop == 0 ? "refused: " : "refused a redirect to ") + at.host() + ":"
                        + at.port() + ", not one of the platform's hosts");
            }
            Request.Builder request = new Request.Builder().url(at).get();
            headers.forEach(request::header);
            var call = http.newCall(request.build());
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw timedOut();
            }
            call.timeout().timeout(left, TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : at.resolve(location);
                    if (next == null || hop >= MAX_REDIRECTS) {
                        throw new IOException("HTTP " + response.code() + " from " + at.host() + " without a usable "
                                + "redirect");
                    }
                    at = next;
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw new IOException("HTTP " + response.code() + " from " + at.host());
                }
                return read(response.body(), maxBytes);
            } catch (InterruptedIOException e) {
                // OkHttp's call time-out: the deadline passed, wherever the download was
                throw timedOut();
            }
        }
    }

    private IOException timedOut() {
        return new IOException("timed out: not done within the download timeout of " + deadline.toMillis() + " ms");
    }

    private static byte[] read(ResponseBody body, long maxBytes) throws IOException {
        if (body.contentLength() > maxBytes) {
            throw new MediaFetcher.TooLarge(maxBytes);
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new MediaFetcher.TooLarge(maxBytes);
            }
            return bytes;
        }
    }
}
