package org.answerdesk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.answerdesk.Await;
import org.answerdesk.Settled;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Telegram Bot API for tests: WireMock serving the API methods, with getUpdates behaving like Telegram's (a
 * queue of updates that stay until a higher offset acknowledges them; a call with nothing to return waits up to
 * its timeout). One server for the whole test JVM, so that Spring test contexts can be cached and shared; a test whose
 * bot must not share its updates with those contexts (apps in processes of their own) starts a {@link #separate} one.
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String TOKEN = "123456789:TEST-fake-token";
    static final Path FIXTURES = Path.of("channels/telegram/fixtures");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final FakeTelegram INSTANCE = new FakeTelegram();

    private final WireMockServer server;
    private final List<JsonNode> pending = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(300_000_000);
    private final AtomicLong nextChatId = new AtomicLong(6_000_000_000L);
    private final AtomicInteger nextMessageId = new AtomicInteger(10_000);

    private FakeTelegram() {
        server = new WireMockServer(options().dynamicPort().extensions(new Api()));
        server.start();
        server.stubFor(post(urlPathMatching(path("getMe"))).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(read("get-me.json"))));
        for (String method : List.of("deleteWebhook", "setWebhook", "sendChatAction", "answerCallbackQuery")) {
            server.stubFor(post(urlPathMatching(path(method))).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":true}")));
        }
        for (String method : List.of("getUpdates", "sendMessage", "editMessageReplyMarkup")) {
            server.stubFor(post(urlPathMatching(path(method))).atPriority(5)
                    .willReturn(aResponse().withTransformers("fake-telegram")));
        }
    }

    /** The one the {@link Settings} point apps at, for tests of other packages that share its context. */
    public static FakeTelegram shared() {
        return INSTANCE;
    }

    /** A Bot API of its own, on its own port; {@link #close} stops it. */
    public static FakeTelegram separate() {
        return new FakeTelegram();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The app's settings for this Bot API in long-polling mode, as {@code --key=value} arguments. */
    public List<String> arguments() {
        return List.of("--answerdesk.telegram.bot-token=" + TOKEN,
                "--answerdesk.telegram.api-url=http://localhost:" + server.port(),
                "--answerdesk.telegram.poll-timeout=1s");
    }

    public WireMockServer server() {
        return server;
    }

    /** A method's path, as a pattern: Bot API method names are case-insensitive (the library sends "getupdates"). */
    public static String path(String method) {
        return "(?i)/bot" + java.util.regex.Pattern.quote(TOKEN) + "/" + method;
    }

    /** Telegram has the update ready for the bot's next getUpdates call. */
    public void push(JsonNode update) {
        synchronized (pending) {
            pending.add(update);
            pending.notifyAll();
        }
    }

    /** Telegram has these updates ready together, for one getUpdates answer (e.g. the same update twice). */
    void pushAll(List<JsonNode> updates) {
        synchronized (pending) {
            pending.addAll(updates);
            pending.notifyAll();
        }
    }

    /** Whether the bot has acknowledged the update (asked for updates past it). */
    public boolean acknowledged(int updateId) {
        synchronized (pending) {
            return pending.stream().noneMatch(u -> u.get("update_id").asInt() == updateId);
        }
    }

    int nextUpdateId() {
        return nextUpdateId.incrementAndGet();
    }

    public long nextChatId() {
        return nextChatId.incrementAndGet();
    }

    /**
     * {@code count} new chats whose {@code sendMessage} calls Telegram answers only after {@code delayMillis}; the caller
     * removes the stubs ({@link #removeStubs}) when done.
     */
    SlowChats slowChats(int count, int delayMillis) {
        List<Long> chats = new ArrayList<>();
        List<StubMapping> stubs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long chat = nextChatId();
            chats.add(chat);
            stubs.add(server.stubFor(post(urlPathMatching(path("sendMessage"))).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                    .willReturn(aResponse().withFixedDelay(delayMillis).withTransformers("fake-telegram"))));
        }
        return new SlowChats(chats, stubs);
    }

    record SlowChats(List<Long> chats, List<StubMapping> stubs) {
    }

    /**
     * A new chat whose first {@code sendMessage} Telegram refuses with 429 (retry after 1 s), as it does to a bot that
     * sends too fast; it accepts the later ones.
     */
    public long chatRefusingFirstMessage() {
        long chat = nextChatId();
        server.stubFor(post(urlPathMatching(path("sendMessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .inScenario("refuse-first-" + chat).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody(read("error-429.json")))
                .willSetStateTo("refused"));
        return chat;
    }

    /** The texts of the messages to one chat that Telegram accepted, in the order it accepted them (its ids). */
    public List<String> acceptedTexts(long chatId) {
        return acceptedTo(chatId).stream().sorted(java.util.Comparator.comparingInt(Sent::messageId))
                .map(Sent::text).toList();
    }

    void removeStubs(List<StubMapping> stubs) {
        stubs.forEach(server::removeStub);
    }

    /** The request bodies of every call of a method, oldest first. */
    List<JsonNode> calls(String method) {
        return server.findAll(postRequestedFor(urlPathMatching(path(method)))).stream()
                .map(LoggedRequest::getBodyAsString).map(b -> b.startsWith("{") ? JSON.readTree(b)
                        : JSON.createObjectNode().put("raw", b))
                .toList();
    }

    /** The sendMessage calls to one chat. */
    public List<JsonNode> messagesTo(long chatId) {
        return calls("sendMessage").stream().filter(b -> b.path("chat_id").asString().equals(Long.toString(chatId)))
                .toList();
    }

    /** When each sendMessage call to one chat arrived, oldest first. */
    public List<java.time.Instant> sendTimes(long chatId) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase(java.util.Locale.ROOT).endsWith("/sendmessage"))
                .filter(e -> JSON.readTree(e.getRequest().getBodyAsString()).path("chat_id").asString()
                        .equals(Long.toString(chatId)))
                .map(e -> e.getRequest().getLoggedDate().toInstant()).sorted().toList();
    }

    /** A message Telegram accepted: its text and the message_id it gave. */
    record Sent(String text, int messageId) {
    }

    /** The messages to one chat that Telegram accepted, oldest first. */
    List<Sent> acceptedTo(long chatId) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase(java.util.Locale.ROOT).endsWith("/sendmessage"))
                .filter(e -> e.getResponse() != null && e.getResponse().getStatus() == 200)
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> JSON.readTree(e.getResponse().getBodyAsString()).get("result"))
                .filter(m -> m.get("chat").get("id").asLong() == chatId)
                .map(m -> new Sent(m.get("text").asString(), m.get("message_id").asInt()))
                .toList();
    }

    List<LoggedRequest> rawCalls(String method) {
        return server.findAll(postRequestedFor(urlPathMatching(path(method))));
    }

    /**
     * Waits until the app has done all it will do in the chats' conversations (each forum topic of a chat is one of
     * its own), {@link Settled}. An update is stored before it is acknowledged (a higher offset, the webhook's 200),
     * so wait for that first; in long polling with no room for updates, {@link #awaitRound} instead.
     */
    static void awaitSettled(JdbcClient jdbc, Collection<Long> chats) {
        Settled.await(jdbc, "select id from conversation where channel = 'TELEGRAM' and split_part(external_key, ':', 1) in (:chats)",
                Map.of("chats", chats.stream().map(String::valueOf).toList()), "the conversations of chats " + chats);
    }

    static void awaitSettled(JdbcClient jdbc, long chat) {
        awaitSettled(jdbc, List.of(chat));
    }

    /**
     * Waits until the app's poller has ended a round begun after now: it has looked at what waits at Telegram since
     * then and taken what it would (the round under way now may have begun before).
     */
    static void awaitRound(TelegramPoller poller) {
        long ended = poller.completedRounds();
        Await.await(poller::completedRounds, n -> n >= ended + 2, "a polling round begun after now");
    }

    /** A recorded update, with its ids replaced: update_id, and every id equal to {@code chatId} of the fixture. */
    public ObjectNode fixture(String name, long fixtureChatId, long chatId) {
        String text = read(name).replace(Long.toString(fixtureChatId), Long.toString(chatId));
        ObjectNode node = (ObjectNode) JSON.readTree(text);
        node.put("update_id", nextUpdateId());
        return node;
    }

    static String read(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the app's Telegram channel at this server, with short polls and short media download retries. */
    public static class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("answerdesk.telegram.bot-token=" + TOKEN,
                    "answerdesk.telegram.api-url=http://localhost:" + INSTANCE.server.port(),
                    "answerdesk.telegram.poll-timeout=1s",
                    // media downloads that fail are retried within a test's wait
                    "answerdesk.attachment.download-timeout=2s", "answerdesk.attachment.retry-delay=200ms",
                    "answerdesk.attachment.sweep=300ms", "answerdesk.attachment.download-attempts=4")
                .and(org.answerdesk.transcription.FakeTranscriber.properties()).applyTo(context);
        }
    }

    /** The Bot API methods that need state: getUpdates, sendMessage (numbering messages), editMessageReplyMarkup. */
    private final class Api implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "fake-telegram";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl();
            JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
            if (url.toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates")) {
                return ok(getUpdates(body.path("offset").asInt(0), body.path("limit").asInt(100),
                        body.path("timeout").asInt(0)), null);
            }
            var message = JSON.createObjectNode();
            message.put("message_id", nextMessageId.incrementAndGet());
            message.set("from", JSON.readTree(read("get-me.json")).get("result"));
            message.set("chat", JSON.createObjectNode().put("id", body.path("chat_id").asLong())
                    .put("type", body.path("chat_id").asLong() > 0 ? "private" : "supergroup"));
            message.put("date", 1760000000);
            message.put("text", body.path("text").asString("x"));
            // a stub may slow the method down (withFixedDelay): keep its delay
            return ok(message.toString(), event.getResponseDefinition().getFixedDelayMilliseconds());
        }

        private String getUpdates(int offset, int limit, int timeoutSeconds) {
            long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds, 2) * 1000L;
            synchronized (pending) {
                pending.removeIf(u -> u.get("update_id").asInt() < offset);
                while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
                    try {
                        pending.wait(Math.max(1, deadline - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                return JSON.createArrayNode().addAll(pending.subList(0, Math.min(limit, pending.size()))).toString();
            }
        }

        private ResponseDefinition ok(String result, Integer delayMillis) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withFixedDelay(delayMillis)
                    .withBody("{\"ok\":true,\"result\":" + result + "}").build();
        }
    }
}
