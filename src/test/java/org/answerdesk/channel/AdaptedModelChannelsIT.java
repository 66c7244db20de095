package org.answerdesk.channel;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.answerdesk.AdaptedTinyFaq;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.faq.FaqService;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conversation flow with the adapted model, as customers meet it by default (profile "adapted": the small fixed
 * FAQ {@code faq/tiny-faq.csv}, its model trained once per test JVM, {@link AdaptedTinyFaq}: found stored in the
 * context's data directory if a test trained it before, else trained by the context and kept for the tests after),
 * on the web chat and on Telegram (a fake Bot API of its own, so that the shared Telegram
 * contexts keep theirs): a customer's wording is answered with its entry, and a question the FAQ does not cover is
 * not answered from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("adapted")
class AdaptedModelChannelsIT {

    /** Training on a loaded 2-core machine: the bound only catches a hang. */
    private static final Duration TRAINING = Duration.ofMinutes(5);
    private static final FakeTelegram TELEGRAM = FakeTelegram.separate();
    /** Off the FAQ's topics: none of its answers fits. */
    private static final List<String> OFF_TOPIC = List.of("Do you repair antique pocket watches?",
            "What will the weather be like on Mars tomorrow?");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TELEGRAM.arguments().forEach(a -> {
            String[] kv = a.substring(2).split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        });
        registry.add("answerdesk.faq.adapt-max-pairs", () -> AdaptedTinyFaq.PAIRS);
        registry.add("answerdesk.data-dir", AdaptedModelChannelsIT::seededDataDir);
    }

    /** The context's data directory (a supplier is asked at every read: made once). */
    private static String dataDir;

    /**
     * A data directory holding the tiny FAQ's adapted model, as a start before this one stored it, if the test JVM
     * holds it yet; else an empty one, and the context trains it (rather than an app of the holder's, whose model the
     * context would then load and check again).
     */
    private static synchronized String seededDataDir() {
        if (dataDir == null) {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")),
                        "adapted-channels-");
                AdaptedTinyFaq.seedIfHeld(dir);
                dataDir = dir.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return dataDir;
    }

    @LocalServerPort
    int port;
    @Autowired
    FaqRetriever retriever;
    @Autowired
    FaqService faq;
    @Autowired
    org.springframework.core.env.Environment environment;

    @BeforeEach
    void adapted() {
        String model = await(TRAINING, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                "the adapted model");
        // if this context trained it: the tests after need not
        AdaptedTinyFaq.keep(Path.of(dataDir), model, environment.getProperty("spring.datasource.url"));
    }

    @Test
    void aWebCustomersWordingIsAnsweredWithItsEntry() {
        JsonNode reply = web("i lost my password and cannot sign in");
        assertThat(reply.get("source").asString()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asString()).isEqualTo(answer("How do I reset my password?"));
        assertThat(reply.get("needs_human").asBoolean()).isFalse();
    }

    @Test
    void aTelegramCustomersWordingIsAnsweredWithItsEntry() {
        long chat = TELEGRAM.nextChatId();
        var update = TELEGRAM.fixture("private-text.json", 5550001L, chat);
        ((ObjectNode) update.get("message")).put("text", "when will my parcel get here?");
        TELEGRAM.push(update);
        List<JsonNode> sent = await(() -> TELEGRAM.messagesTo(chat), m -> !m.isEmpty(), "a reply on Telegram");
        assertThat(sent.get(0).path("text").asString()).contains(answer("How long does delivery take?"));
    }

    @Test
    void aQuestionTheFaqDoesNotCoverIsNotAnsweredFromItOnTheWeb() {
        for (String question : OFF_TOPIC) {
            JsonNode reply = web(question);
            assertThat(reply.get("source").asString()).as(question).isNotEqualTo("FAQ");
            assertThat(faq.list()).as(question).extracting(FaqEntry::answer)
                    .doesNotContain(reply.get("reply").asString());
        }
    }

    private JsonNode web(String question) {
        return new HttpApi(port).post("/api/chat", json("session_id", "adapted-" + UUID.randomUUID(),
                "message", question)).json();
    }

    private String answer(String question) {
        return faq.list().stream().filter(e -> e.question().equals(question)).findFirst().orElseThrow().answer();
    }
}
