package org.answerdesk.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads one URL for the crawler: redirects followed by hand (at most five, each target checked by
 * {@link AddressGuard}, a loop refused), the whole request within the time limit, the body cut off past the size
 * cap, and {@code If-None-Match}/{@code If-Modified-Since} sent when the page is known. It connects only to the
 * addresses the guard resolved and checked (OkHttp's name resolution hook; the JDK's client resolves the name again
 * itself), directly, never through a proxy; Host and TLS server name stay the URL's. A request that fails on a
 * connection kept from an earlier one, which the server has closed since, is sent once more on a new connection.
 */
final class SafeFetcher {

    private static final int MAX_REDIRECTS = 5;

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

    private final OkHttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    SafeFetcher(AddressGuard guard, Duration timeout, long maxBytes, String userAgent) {
        this.guard = guard;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.client = new OkHttpClient.Builder().dns(guard::resolve).proxy(Proxy.NO_PROXY).followRedirects(false)
                .followSslRedirects(false).retryOnConnectionFailure(false).connectTimeout(timeout)
                .eventListenerFactory(ConnectionUse.FACTORY).build();
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
            HttpUrl url = HttpUrl.get(uri);
            if (url == null) {
                throw new FetchException(uri + " is not a URL that can be read");
            }
            Request.Builder request = new Request.Builder().url(url).header("User-Agent", userAgent)
                    .header("Accept", "text/html, application/pdf, text/*;q=0.8");
            if (uri.equals(start) && validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (uri.equals(start) && validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            try (Response response = send(request.build(), deadline, uri)) {
                int status = response.code();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.header("Location");
                    if (location == null) {
                        throw new FetchException("HTTP " + status + " without a Location at " + uri);
                    }
                    uri = uri.resolve(location.strip());
                    continue;
                }
                String type = response.header("Content-Type", "");
                String etag = response.header("ETag");
                String modified = response.header("Last-Modified");
                if (status == 304) {
                    return new Fetched(status, uri, type, new byte[0], etag, modified);
                }
                if (status != 200) {
                    throw new FetchException("HTTP " + status + " at " + uri);
                }
                long declared = response.body().contentLength();
                if (declared > maxBytes) {
                    throw new FetchException(uri + " is larger than " + maxBytes + " bytes (" + declared + ")");
                }
                return new Fetched(status, uri, type, body(response, uri), etag, modified);
            }
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + start);
    }

    /**
     * The response to the request; sent once more, on a new connection to the same checked address, when it failed
     * on a connection kept from an earlier request (the server closed it meanwhile: HTTP/1.0, or its keep-alive time
     * ran out). OkHttp's own retries stay off: they would also try again where a server did not answer.
     */
    private Response send(Request request, long deadline, URI uri) {
        var use = new ConnectionUse();
        try {
            try {
                return execute(client, request.newBuilder().tag(ConnectionUse.class, use).build(), deadline);
            } catch (IOException e) {
                InetSocketAddress kept = use.kept();
                if (kept == null || e instanceof InterruptedIOException) {
                    throw e;
                }
                return execute(freshConnection(kept.getAddress()), request, deadline);
            }
        } catch (InterruptedIOException e) {
            throw new FetchException("no answer from " + uri + " within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException("could not read " + uri + ": " + e.getMessage());
        }
    }

    private static Response execute(OkHttpClient with, Request request, long deadline) throws IOException {
        Call call = with.newCall(request);
        call.timeout().timeout(Math.max(1_000_000, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);  // the whole call, body included
        return call.execute();
    }

    /** The client for one call on a connection of its own (kept by no pool) to an address the guard checked. */
    private OkHttpClient freshConnection(InetAddress checked) {
        return client.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .dns(host -> List.of(checked)).build();
    }

    /** The body up to the cap; a body still arriving at the deadline ends the call. */
    private byte[] body(Response response, URI uri) {
        try (InputStream in = response.body().byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new FetchException(uri + " is larger than " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (InterruptedIOException e) {
            throw new FetchException("no complete answer from " + uri + " within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException("could not read " + uri + ": " + e.getMessage());
        }
    }
}
