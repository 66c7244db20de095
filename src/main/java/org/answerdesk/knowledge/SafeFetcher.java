package org.answerdesk.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads one URL for the crawler: redirects followed by hand (at most five, each target checked by
 * {@link AddressGuard}, a loop refused), the whole request within the time limit, the body cut off past the size
 * cap, and {@code If-None-Match}/{@code If-Modified-Since} sent when the page is known.
 */
final class SafeFetcher {

    private static final int MAX_REDIRECTS = 5;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knowledge-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    /** A response: 304 has no body; {@code uri} is where the redirects ended. */
    record Fetched(int status, URI uri, String contentType, byte[] body, String etag, String lastModified) {

        boolean notModified() {
            return status == 304;
        }
    }

    /** What is known of a page from its last read, for a conditional request (either may be null). */
    record Validators(String etag, String lastModified) {

        static final Validators NONE = new Validators(null, null);
    }

    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    SafeFetcher(AddressGuard guard, Duration timeout, long maxBytes, String userAgent) {
        this.guard = guard;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
    }

    Fetched get(URI start, Validators validators) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = start;
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.check(uri);
            if (!seen.add(uri)) {
                throw new FetchException("redirect loop at " + uri);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(remaining(deadline))
                    .header("User-Agent", userAgent).header("Accept", "text/html, application/pdf, text/*;q=0.8");
            if (uri.equals(start) && validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (uri.equals(start) && validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            HttpResponse<InputStream> response = send(request.build(), uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) {
                    throw new FetchException("HTTP " + status + " without a Location at " + uri);
                }
                uri = uri.resolve(location.strip());
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            String etag = response.headers().firstValue("ETag").orElse(null);
            String modified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                close(response);
                return new Fetched(status, uri, type, new byte[0], etag, modified);
            }
            if (status != 200) {
                close(response);
                throw new FetchException("HTTP " + status + " at " + uri);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response);
                throw new FetchException(uri + " is larger than " + maxBytes + " bytes (" + declared + ")");
            }
            return new Fetched(status, uri, type, body(response, uri, deadline), etag, modified);
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + start);
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI uri) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("no answer from " + uri + " within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException("could not read " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while reading " + uri);
        }
    }

    /** The body up to the cap; a body still arriving at the deadline is cut off by closing its stream. */
    private byte[] body(HttpResponse<InputStream> response, URI uri, long deadline) {
        InputStream in = response.body();
        long left = Math.max(1, deadline - System.nanoTime());
        var closer = DEADLINES.schedule(() -> {
            quietly(in);
            return null;
        }, left, TimeUnit.NANOSECONDS);
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new FetchException(uri + " is larger than " + maxBytes + " bytes");
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new FetchException("no complete answer from " + uri + " within " + timeout.toSeconds() + " s");
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) {
                throw new FetchException("no complete answer from " + uri + " within " + timeout.toSeconds() + " s");
            }
            throw new FetchException("could not read " + uri + ": " + e.getMessage());
        } finally {
            closer.cancel(false);
        }
    }

    private Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    private static void close(HttpResponse<InputStream> response) {
        quietly(response.body());
    }

    private static void quietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the stream is abandoned either way
        }
    }
}
