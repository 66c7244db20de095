package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * WireMock standing in for Slack's Web API ({@code auth.test}, {@code chat.postMessage}), shared by the Slack
 * tests that run the app in HTTP mode; as an initializer it points the app at it, so those tests share one
 * Spring context.
 */
public class SlackTestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_USER = "U0BOT00001";
    public static final WireMockServer API = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        API.start();
        stubDefaults();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "answerdesk.slack.bot-token=xoxb-fake",
                "answerdesk.slack.signing-secret=" + SIGNING_SECRET,
                "answerdesk.slack.api-url=" + API.baseUrl() + "/api/",
                "answerdesk.channel.initial-backoff=200ms").applyTo(context);
    }

    /** auth.test as recorded; chat.postMessage answers ok with a fresh ts in the channel it was asked for. */
    static void stubDefaults() {
        API.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(json(SlackFixtures.text("auth.test.json"))));
        API.stubFor(post(urlPathEqualTo("/api/chat.postEphemeral")).atPriority(10)
                .willReturn(json("{\"ok\":true,\"message_ts\":\"1718000300.000100\"}")));
        API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(10).willReturn(json("""
                {"ok":true,"channel":"{{formData request.body 'form' urlDecode=true}}{{form.channel}}",
                 "ts":"1718{{randomValue length=6 type='NUMERIC'}}.{{randomValue length=6 type='NUMERIC'}}"}
                """).withTransformers("response-template")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    /**
     * The form fields of every chat.postMessage call so far, oldest first, plus {@code response_ts}: the ts the
     * call was answered with (none for failed calls).
     */
    static List<Map<String, String>> postedMessages() {
        return API.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postMessage"))
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> {
                    Map<String, String> fields = form(e.getRequest().getBodyAsString());
                    var ts = java.util.regex.Pattern.compile("\"ts\":\"([0-9.]+)\"")
                            .matcher(e.getResponse().getBodyAsString());
                    if (e.getResponse().getStatus() == 200 && ts.find()) {
                        fields.put("response_ts", ts.group(1));
                    }
                    return fields;
                }).toList();
    }

    public static List<Map<String, String>> postedTo(String channel) {
        return postedMessages().stream().filter(m -> channel.equals(m.get("channel"))).toList();
    }

    /**
     * Waits for a message posted to {@code channel} after its first {@code skip} posts whose text contains every one
     * of {@code parts}. Found by its content, not its position: a post of an earlier test may still arrive.
     */
    public static Map<String, String> awaitPostTo(String channel, int skip, String... parts) {
        return org.answerdesk.Await.await(() -> postedTo(channel).stream().skip(skip)
                .filter(m -> java.util.Arrays.stream(parts).allMatch(p -> m.getOrDefault("text", "").contains(p)))
                .findFirst(), java.util.Optional::isPresent, "a post to " + channel + " with " + List.of(parts))
                .orElseThrow();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
