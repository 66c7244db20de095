package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.answerdesk.HttpApi;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * WireMock standing in for Meta's Graph API ({@code POST /v21.0/{phone-number-id}/messages}, answering each message
 * with a fresh wamid), the recorded-shape payloads under {@code channels/whatsapp/fixtures}, and Meta's webhook
 * signing. As an initializer it points the app at the fake, so the WhatsApp tests share one Spring context.
 */
public class FakeGraphApi implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ACCESS_TOKEN = "EAAG-fake-token";
    public static final String APP_SECRET = "test-app-secret-0123456789abcdef";
    public static final String VERIFY_TOKEN = "verify-Me_please";
    public static final String PHONE_NUMBER_ID = "106540352242922";
    static final String MESSAGES = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient WEBHOOK_CLIENT = HttpClient.newHttpClient();
    static final WireMockServer API = separate();
    private static final Path DIR = Path.of("channels", "whatsapp", "fixtures");
    private static final AtomicLong NUMBERS = new AtomicLong(4915_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
    private static final AtomicLong WAMIDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A started fake of its own (for apps a test starts itself), answering as the shared one does. */
    public static WireMockServer separate() {
        var api = new WireMockServer(wireMockConfig().dynamicPort());
        api.start();
        api.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(10).willReturn(json(200, """
                {"messaging_product":"whatsapp","contacts":[{"input":"{{jsonPath request.body '$.to'}}",
                 "wa_id":"{{jsonPath request.body '$.to'}}"}],
                 "messages":[{"id":"wamid.out{{randomValue length=20 type='ALPHANUMERIC'}}"}]}
                """).withTransformers("response-template")));
        api.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(5).withRequestBody(matchingJsonPath("$.status", equalTo("read")))
                .willReturn(json(200, "{\"success\":true}")));
        // the phone number, as the admin page's live check reads it: only with the right token
        api.stubFor(get(urlPathEqualTo("/v21.0/" + PHONE_NUMBER_ID)).atPriority(10).willReturn(json(401, """
                {"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException",
                 "code":190}}""")));
        api.stubFor(get(urlPathEqualTo("/v21.0/" + PHONE_NUMBER_ID)).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)).willReturn(json(200, """
                {"verified_name":"Answerdesk Test Shop","display_phone_number":"+1 555-0100","id":"%s"}"""
                .formatted(PHONE_NUMBER_ID))));
        return api;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "answerdesk.whatsapp.access-token=" + ACCESS_TOKEN,
                "answerdesk.whatsapp.phone-number-id=" + PHONE_NUMBER_ID,
                "answerdesk.whatsapp.app-secret=" + APP_SECRET,
                "answerdesk.whatsapp.verify-token=" + VERIFY_TOKEN,
                "answerdesk.whatsapp.api-url=" + API.baseUrl() + "/v21.0",
                "answerdesk.channel.initial-backoff=200ms",
                // media downloads that fail are retried within a test's wait
                "answerdesk.attachment.download-timeout=2s", "answerdesk.attachment.retry-delay=200ms",
                "answerdesk.attachment.sweep=300ms", "answerdesk.attachment.download-attempts=4")
                .and(org.answerdesk.transcription.FakeTranscriber.properties()).applyTo(context);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A customer WhatsApp id no other test uses. */
    public static String nextNumber() {
        return Long.toString(NUMBERS.incrementAndGet());
    }

    static String nextWamid() {
        return "wamid.in" + WAMIDS.incrementAndGet();
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture delivery with its one message (or status) sent by {@code from}, under a fresh wamid, written now. */
    static ObjectNode delivery(String fixture, String from) {
        ObjectNode d = (ObjectNode) JSON.readTree(text(fixture));
        ObjectNode value = value(d);
        if (value.has("contacts")) {
            ((ObjectNode) value.get("contacts").get(0)).put("wa_id", from);
        }
        if (value.has("messages")) {
            message(d).put("from", from).put("id", nextWamid())
                    .put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        }
        return d;
    }

    static ObjectNode value(ObjectNode delivery) {
        return (ObjectNode) delivery.get("entry").get(0).get("changes").get(0).get("value");
    }

    /** The first message of a delivery. */
    static ObjectNode message(ObjectNode delivery) {
        return (ObjectNode) value(delivery).get("messages").get(0);
    }

    /** A text message from {@code from}. */
    public static ObjectNode textMessage(String from, String text) {
        ObjectNode d = delivery("text.json", from);
        ((ObjectNode) message(d).get("text")).put("body", text);
        return d;
    }

    /** Posts a delivery to the webhook as Meta does: the raw bytes signed with the app secret. */
    static HttpApi.Response deliver(int port, ObjectNode delivery) {
        String body = delivery.toString();
        return new HttpApi(port).post("/whatsapp/webhook", body, WhatsAppSignature.HEADER,
                WhatsAppSignature.sign(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts a delivery to the webhook on a real socket as Meta does, signed with the app secret. */
    public static HttpResponse<String> deliverSigned(int port, ObjectNode delivery) {
        byte[] body = delivery.toString().getBytes(StandardCharsets.UTF_8);
        return postToWebhook(port, body, WhatsAppSignature.sign(APP_SECRET, body));
    }

    /** Posts raw bytes to the webhook on a real socket with the signature header (none when null): the response. */
    public static HttpResponse<String> postToWebhook(int port, byte[] body, String signature) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + WhatsAppWebhookController.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(WhatsAppSignature.HEADER, signature);
        }
        try {
            return WEBHOOK_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A message the app sent: its request body and the wamid Meta answered with (null for a refused call). */
    public record Sent(JsonNode request, String wamid) {
        public String to() {
            return request.path("to").asString();
        }

        String type() {
            return request.path("type").asString();
        }

        /** What the customer reads: the text, the interactive body or the template's parameter. */
        public String text() {
            return switch (type()) {
                case "text" -> request.at("/text/body").asString();
                case "interactive" -> request.at("/interactive/body/text").asString();
                case "template" -> request.at("/template/components/0/parameters/0/text").asString();
                default -> "";
            };
        }
    }

    /** Every send call (read marks left out), oldest first. */
    static List<Sent> calls() {
        return calls(API);
    }

    /** Every send call to {@code api} (read marks left out), oldest first. */
    public static List<Sent> calls(WireMockServer api) {
        return api.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(MESSAGES))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> {
                    JsonNode request = JSON.readTree(e.getRequest().getBodyAsString());
                    String wamid = null;
                    if (e.getResponse().getStatus() == 200) {
                        wamid = JSON.readTree(e.getResponse().getBodyAsString()).at("/messages/0/id").asString(null);
                    }
                    return new Sent(request, wamid);
                })
                .filter(s -> !"read".equals(s.request().path("status").asString(""))).toList();
    }

    /** The send calls to {@code to}, refused ones included. */
    static List<Sent> callsTo(String to) {
        return calls().stream().filter(s -> to.equals(s.to())).toList();
    }

    /** The messages Meta accepted for {@code to}. */
    static List<Sent> sentTo(String to) {
        return callsTo(to).stream().filter(s -> s.wamid() != null).toList();
    }

    /** The read marks sent for the customer message {@code wamid}. */
    static long readMarks(String wamid) {
        return API.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith(MESSAGES))
                .map(e -> JSON.readTree(e.getRequest().getBodyAsString()))
                .filter(b -> "read".equals(b.path("status").asString("")) && wamid.equals(b.path("message_id").asString("")))
                .count();
    }
}
