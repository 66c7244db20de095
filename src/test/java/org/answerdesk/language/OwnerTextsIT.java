package org.answerdesk.language;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The texts an owner changes on the settings section, through the admin API: stored, read by the bot at once and by
 * every instance within seconds, placeholders checked (a 400 with the reason), reset to the shipped text, in the
 * audit trail. The OwnerDesk app (same annotations as {@code BrandIT}, one context); a text the environment sets is
 * in {@code StarterQuestionsIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class OwnerTextsIT {

    static final String PATH = "/api/settings/texts/en/";
    static final String MINE = "Of course! Someone from the Corner Shop team will write to you here shortly.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @AfterEach
    void shippedTextsAgain() {
        jdbc.sql("delete from owner_text").update();
        api.delete(PATH + "greeting", HttpApi.ADMIN); // this instance's copy too
    }

    JsonNode text(String language, String key) {
        for (JsonNode t : api.get("/api/settings/texts", HttpApi.ADMIN).json().get("texts")) {
            if (t.get("language").asString().equals(language) && t.get("key").asString().equals(key)) {
                return t;
            }
        }
        throw new AssertionError("no " + language + " " + key);
    }

    String askForAPerson() {
        return api.post("/api/chat", json("session_id", "texts-" + UUID.randomUUID(), "message",
                "I want to talk to a human")).json().get("reply").asString();
    }

    @Test
    void anOwnersTextIsStoredUsedAtOnceAndResetToTheShippedOne() {
        JsonNode before = text("en", "conversation.human-requested");
        assertThat(before.get("source").asString()).isEqualTo("SHIPPED");
        assertThat(before.get("editable").asBoolean()).isTrue();
        String shipped = before.get("shipped").asString();
        assertThat(askForAPerson()).startsWith(shipped);

        var set = api.put(PATH + "conversation.human-requested", json("text", "  " + MINE + " "), HttpApi.ADMIN);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("source").asString()).isEqualTo("ADMIN");
        assertThat(set.json().get("text").asString()).isEqualTo(MINE);
        assertThat(jdbc.sql("select text from owner_text where language = 'en' and key = 'conversation.human-requested'")
                .query(String.class).single()).isEqualTo(MINE);
        assertThat(askForAPerson()).startsWith(MINE);
        assertThat(api.get("/api/audit?limit=10", HttpApi.ADMIN).body())
                .contains("PUT /api/settings/texts/en/conversation.human-requested");

        var reset = api.delete(PATH + "conversation.human-requested", HttpApi.ADMIN).json();
        assertThat(reset.get("source").asString()).isEqualTo("SHIPPED");
        assertThat(reset.get("text").asString()).isEqualTo(shipped);
        assertThat(askForAPerson()).startsWith(shipped);
    }

    @Test
    void aTextWithoutAPlaceholderTheShippedOneHasIsA400WithTheReason() {
        var missing = api.put(PATH + "hours.away", json("text", "We are out, back soon."), HttpApi.ADMIN);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asString())
                .isEqualTo("text must keep {next}: hours.away puts the next opening time there");
        var unknown = api.put(PATH + "greeting", json("text", "Hi {customer}!"), HttpApi.ADMIN);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asString()).contains("{customer}").contains("does not fill");
        assertThat(api.put(PATH + "greeting", json("text", " "), HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(text("en", "hours.away").get("source").asString()).isEqualTo("SHIPPED");
        assertThat(text("en", "greeting").get("source").asString()).isEqualTo("SHIPPED");

        // a language the shop does not serve, a text the page does not change
        var unserved = api.put("/api/settings/texts/xx/greeting", json("text", "Hi"), HttpApi.ADMIN);
        assertThat(unserved.status()).isEqualTo(404);
        assertThat(unserved.json().get("error").asString()).contains("does not serve the language xx");
        assertThat(api.put(PATH + "conversation.acts.bot", json("text", "Hi"), HttpApi.ADMIN).status())
                .isEqualTo(404);
        assertThat(api.put(PATH + "greeting", json("text", "Hi")).status()).isEqualTo(401);
    }

    /** Another instance stores a text: this one answers with it within seconds. */
    @Test
    void aTextAnotherInstanceStoredIsUsedWithinSeconds() {
        jdbc.sql("insert into owner_text (language, key, text) values ('en', 'greeting', 'Hello from the shop floor!')")
                .update();
        await(() -> api.get("/api/chat/greeting").json().get("text").asString(),
                "Hello from the shop floor!"::equals, "the other instance's greeting");
    }
}
