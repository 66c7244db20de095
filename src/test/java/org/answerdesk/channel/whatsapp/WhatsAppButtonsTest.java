package org.answerdesk.channel.whatsapp;

import org.answerdesk.language.TestTexts;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.satisfaction.RatingPayload;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class WhatsAppButtonsTest {

    @Test
    void threeOptionsOrFewerAreReplyButtonsWithShortTitles() {
        var options = WhatsAppButtons.questions(List.of(
                new Suggestion(7, "How long does a refund take to reach my card?", 0.5),
                new Suggestion(8, "Shipping", 0.4)));
        JsonNode m = WhatsAppButtons.interactive("4915550001", "Hi!", options, TestTexts.ENGLISH, Locale.ENGLISH);
        assertThat(m.at("/interactive/type").asString()).isEqualTo("button");
        assertThat(m.at("/interactive/body/text").asString()).isEqualTo("Hi!");
        List<String> ids = new ArrayList<>();
        m.at("/interactive/action/buttons").forEach(b -> {
            ids.add(b.at("/reply/id").asString());
            assertThat(b.at("/reply/title").asString().codePointCount(0, b.at("/reply/title").asString().length()))
                    .isLessThanOrEqualTo(WhatsAppButtons.BUTTON_TITLE);
        });
        assertThat(ids).containsExactly("faq:7", "faq:8");
        assertThat(WhatsAppButtons.question("faq:7")).isEqualTo(7L);
        assertThat(WhatsAppButtons.question("faq:x")).isNull();
    }

    @Test
    void moreOptionsAreAListWithTheWholeQuestionInTheDescription() {
        String longQuestion = "How long does a refund take to reach my credit card?";
        var options = WhatsAppButtons.clarify(42, List.of(new Suggestion(1, longQuestion, 0.5),
                new Suggestion(2, "Refund policy", 0.4)), TestTexts.ENGLISH, Locale.ENGLISH);
        JsonNode m = WhatsAppButtons.interactive("4915550001", "Did you mean:", options, TestTexts.ENGLISH, Locale.ENGLISH);
        assertThat(m.at("/interactive/type").asString()).isEqualTo("list");
        JsonNode rows = m.at("/interactive/action/sections/0/rows");
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> {
            ids.add(r.get("id").asString());
            assertThat(r.get("title").asString().length()).isLessThanOrEqualTo(WhatsAppButtons.ROW_TITLE);
        });
        assertThat(ids).containsExactly(ChoicePayload.entry(42, 1), ChoicePayload.entry(42, 2),
                ChoicePayload.somethingElse(42), WhatsAppButtons.HUMAN);
        assertThat(rows.get(0).get("description").asString()).isEqualTo(longQuestion);
        assertThat(rows.get(1).has("description")).as("a title that fits needs no description").isFalse();
    }

    @Test
    void theFiveScoresAreAListCarryingTheRatingPayload() {
        JsonNode m = WhatsAppButtons.interactive("4915550001", "How did we do?", WhatsAppButtons.rating(9), TestTexts.ENGLISH, Locale.ENGLISH);
        JsonNode rows = m.at("/interactive/action/sections/0/rows");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4).get("id").asString()).isEqualTo(RatingPayload.encode(9, 5));
    }
}
