package org.answerdesk.channel.email;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's OAuth2 token endpoint (RFC 6749): a refresh token, or an authorization code with its PKCE verifier,
 * exchanged for an access token (and maybe a new refresh token). The client authenticates with its secret in the
 * form ({@code client_secret_post}), which Microsoft and Google both take.
 */
final class TokenEndpoint {

    /** The errors after which the same grant will never work: the owner must sign in again (or fix the client). */
    private static final Set<String> FINAL = Set.of("invalid_grant", "invalid_client", "unauthorized_client",
            "unsupported_grant_type", "invalid_scope", "invalid_request");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private final HttpClient http;

    TokenEndpoint(String url, String clientId, String clientSecret, Duration timeout) {
        this.url = URI.create(url);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** What the endpoint granted; {@code refreshToken} null when it keeps the old one. */
    record Tokens(String accessToken, Duration lifetime, String refreshToken) {
        @Override
        public String toString() {
            return "Tokens[lifetime=" + lifetime + ", tokens=***]";
        }
    }

    Tokens refresh(String refreshToken) throws MailSignInException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form);
    }

    Tokens exchange(String code, String verifier, String redirectUri) throws MailSignInException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirectUri);
        return post(form);
    }

    private Tokens post(Map<String, String> form) throws MailSignInException {
        form.put("client_id", clientId);
        if (!EmailProperties.blank(clientSecret)) {
            form.put("client_secret", clientSecret);
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MailSignInException("the OAuth token endpoint " + url + " was not reached: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailSignInException("interrupted while asking the OAuth token endpoint", false);
        }
        JsonNode json = parse(response.body());
        if (response.statusCode() == 200 && json != null && json.path("access_token").isString()) {
            long seconds = json.path("expires_in").asLong(3600);
            String renewed = json.path("refresh_token").isString() ? json.path("refresh_token").asString() : null;
            return new Tokens(json.path("access_token").asString(), Duration.ofSeconds(seconds), renewed);
        }
        String error = json == null ? "" : json.path("error").asString("");
        String description = json == null ? "" : json.path("error_description").asString("");
        if (FINAL.contains(error)) {
            throw new MailSignInException("the OAuth token endpoint refused the mailbox's sign-in: " + error
                    + (description.isBlank() ? "" : " (" + shorten(description) + ")")
                    + "; sign in to the mailbox again from the admin page (Channels, email)", true);
        }
        throw new MailSignInException("the OAuth token endpoint " + url + " answered HTTP " + response.statusCode()
                + (error.isBlank() ? "" : " " + error), false);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
