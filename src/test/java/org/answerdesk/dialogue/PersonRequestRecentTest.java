package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link PersonRequest#asksForPerson} keeps its reading of a recent message: the same answer the first time, when
 * asked again (the one-step answer, the policy and the push-back ask it of one message) and after
 * {@link RecentTexts#forget()}, which leaves no reading kept.
 */
class PersonRequestRecentTest {

    /** Per language, a message that asks for a person and one that asks the shop a question. */
    private static final Map<Locale, String[]> MESSAGES = new LinkedHashMap<>();

    static {
        MESSAGES.put(Locale.ENGLISH, new String[] {"can i speak to a real person please",
                "how long does the parcel take to arrive"});
        MESSAGES.put(Locale.GERMAN, new String[] {"ich möchte mit einem mitarbeiter sprechen",
                "wie lange dauert der versand nach österreich"});
        MESSAGES.put(Locale.FRENCH, new String[] {"je veux parler à un conseiller",
                "combien de temps prend la livraison en belgique"});
        MESSAGES.put(Locale.forLanguageTag("es"), new String[] {"quiero hablar con una persona",
                "cuánto tarda el envío a canarias"});
        MESSAGES.put(Locale.ITALIAN, new String[] {"vorrei parlare con un operatore",
                "quanto costa la spedizione in sardegna"});
    }

    @Test
    void aMessageAskedAgainIsReadTheSameAndKeptUntilForgotten() {
        RecentTexts.forget();
        assertThat(PersonRequest.readingsKept()).isZero();
        MESSAGES.forEach((language, texts) -> {
            assertThat(PersonRequest.asksForPerson(texts[0], language)).as(texts[0]).isTrue();
            assertThat(PersonRequest.asksForPerson(texts[1], language)).as(texts[1]).isFalse();
        });
        assertThat(PersonRequest.readingsKept()).isEqualTo(2L * MESSAGES.size());
        MESSAGES.forEach((language, texts) -> {
            assertThat(PersonRequest.asksForPerson(texts[0], language)).as(texts[0] + ", again").isTrue();
            assertThat(PersonRequest.asksForPerson(texts[1], language)).as(texts[1] + ", again").isFalse();
        });
        assertThat(PersonRequest.readingsKept()).as("read once each").isEqualTo(2L * MESSAGES.size());
        RecentTexts.forget();
        assertThat(PersonRequest.readingsKept()).isZero();
        MESSAGES.forEach((language, texts) ->
                assertThat(PersonRequest.asksForPerson(texts[0], language)).as(texts[0] + ", forgotten").isTrue());
    }
}
