package org.answerdesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests against the app on its random port. */
public final class HttpApi {

    public record Response(int status, String body) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    /** The admin token header of the test configuration ({@code answerdesk.admin.token}). */
    public static final String[] ADMIN = {"Authorization", "Bearer test-admin-token"};

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One web chat message ({@code POST /api/chat}): the reply's JSON; any status but 200 fails the test. */
    public JsonNode chat(String session, String message) {
        Response response = post("/api/chat", json("session_id", session, "message", message));
        if (response.status() != 200) {
            throw new AssertionError(message + ": HTTP " + response.status() + " " + response.body());
        }
        return response.json();
    }

    public Response post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), "application/json", headers);
    }

    /**
     * Adds an FAQ entry ({@code POST /api/faq}) and, when it is stored, waits until this app's index serves it: the
     * add answers before the index is built again.
     */
    public Response addFaqEntry(String body, String... headers) {
        Response response = post("/api/faq", body, headers);
        if (response.status() == 201) {
            awaitFaqIndexed();
        }
        return response;
    }

    public Response postAs(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), contentType, headers);
    }

    /**
     * Asks a web chat question that no FAQ entry answers, declining the choices if the bot offers some (the closest
     * entries of a shared test FAQ can be close enough to clarify) or taking its offer of a person: the response that
     * hands the customer over to a person, or whatever came instead, for the caller to assert on.
     */
    public Response askWithoutAnAnswer(String session, String question) {
        Response first = post("/api/chat", json("session_id", session, "message", question));
        JsonNode reply = first.status() == 200 ? first.json() : null;
        if (reply == null) {
            return first;
        }
        if (reply.has("choices") && !reply.get("choices").isEmpty()) {
            return post("/api/chat", json("session_id", session, "choice", reply.get("something_else").asString()));
        }
        // on a chat, a question no entry fits is first offered a person: the "yes" takes the offer
        return reply.path("needs_human").asBoolean() ? first
                : post("/api/chat", json("session_id", session, "message", "yes"));
    }

    /** A POST of raw bytes (e.g. invalid UTF-8) as {@code contentType}. */
    public Response postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                contentType, headers);
    }

    public Response put(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body)), "application/json", headers);
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null, headers);
    }

    public Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), null, headers);
    }

    /** A {@code multipart/form-data} POST of text fields ({@code name, value, ...}) and one file field {@code file}. */
    public Response upload(String path, String fileName, byte[] file, String... fields) {
        return upload(new String[0], path, fileName, file, fields);
    }

    /** As {@link #upload(String, String, byte[], String...)}, with request headers ({@code name, value, ...}). */
    public Response upload(String[] headers, String path, String fileName, byte[] file, String... fields) {
        String boundary = "----answerdesk" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                "multipart/form-data; boundary=" + boundary, headers);
    }

    /**
     * Waits until this instance's FAQ index has every change made so far: {@code POST /api/faq} answers before the
     * index is rebuilt in the background ({@code GET /api/faq/index}).
     */
    public void awaitFaqIndexed() {
        long version = get("/api/faq/index", ADMIN).json().get("version").asLong();
        Await.await(() -> get("/api/faq/index", ADMIN).json().get("indexed_version").asLong(), v -> v >= version,
                "the FAQ index built from version " + version + " or later");
    }

    public static String json(Object... keysAndValues) {
        var node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            String k = (String) keysAndValues[i];
            if (v instanceof Number n) {
                node.put(k, n.longValue());
            } else {
                node.put(k, v == null ? null : v.toString());
            }
        }
        return node.toString();
    }

    private Response send(HttpRequest.Builder builder, String contentType, String... headers) {
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            // A bound that only catches a hang: an FAQ import embeds every phrasing within the request, which took
            // over a minute on a 2-core machine at load 30 (ImportUnitIT, ImportSizeIT, NotOursIT timed out at 60 s).
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(240)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
