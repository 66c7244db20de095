package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;

/**
 * A language added from files alone: {@code qaa} (ISO 639's "reserved for local use"), whose words are only in the
 * test resources' {@code dialogue/lang/qaa.tsv}, no line of code names it. A conversation in it reads its greeting,
 * its thanks and its request for a person as the shipped languages' are read.
 */
class MadeUpLanguageTest {

    private static final Locale QAA = Locale.forLanguageTag("qaa");
    private static final FaqMatch SHIPPING = new FaqMatch(41, "shipping", "4,90 €", 0.9);
    private static final FaqMatch DELIVERY = new FaqMatch(42, "delivery", "2-3 days", 0.6);

    @Test
    void aConversationInALanguageAddedAsAFile() {
        String question = "Kiom kostas la sendado?";
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(question, QAA), SHIPPING, DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(QAA));

        assertThat(flow.says("Salutu amikoj!").main()).isEqualTo(new Action.ActReply(Act.GREETING, false));
        assertThat(flow.says(question).main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(SHIPPING));
        Decision thanked = flow.says("Dankon multe!");
        assertThat(thanked.main()).isEqualTo(new Action.ActReply(Act.THANKS, true));
        assertThat(thanked.confirmed()).as("a confirmed resolution").isTrue();

        Decision isBot = flow.says("Ĉu vi estas roboto?");
        assertThat(isBot.act()).contains(Act.BOT);
        assertThat(flow.state().handedOver()).as("nothing before the request opened a ticket").isFalse();
        Action handoff = flow.says("Mi volas paroli kun homo").main();
        assertThat(handoff).isInstanceOfSatisfying(Action.Handoff.class,
                h -> assertThat(h.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED));
    }

    @Test
    void theLanguageIsReadByItsFileAndTheWordsOfEveryLanguage() {
        assertThat(Lexicon.of(QAA)).isPresent();
        assertThat(Acts.read("dankon", QAA).act()).contains(Act.THANKS);
        assertThat(Acts.read("thanks", QAA).act()).as("every.tsv: English thanks in every language").contains(Act.THANKS);
        assertThat(Acts.read("yes", QAA).act()).as("only what every.tsv lists").isEmpty();
        assertThat(Mood.angry("this is ridiculous", QAA)).as("every.tsv: English anger in every language").isTrue();
        assertThat(Cleanup.forLookup("Salutu! Kiom kostas la sendado? Dankon", QAA)).isEqualTo("Kiom kostas la sendado?");
        assertThat(PersonRequest.acceptsOffer("jes bonvolu", QAA)).isTrue();
        assertThat(Lexicon.of(Locale.forLanguageTag("qab"))).as("a language with no file").isEmpty();
        assertThat(Acts.read("dankon", Locale.forLanguageTag("qab")).act()).isEmpty();
    }
}
