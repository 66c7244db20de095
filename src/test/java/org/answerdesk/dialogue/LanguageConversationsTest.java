package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One scripted conversation per shipped language, as a customer of that language has it: a greeting, a question
 * answered, thanks (a confirmed resolution), a question the FAQ is unsure of ("did you mean", which the core renders
 * from the language's bundle), "that didn't help" after an answer (the next-best entries), "are you a bot?" and a
 * request for a person, the only turn that opens a ticket.
 */
class LanguageConversationsTest {

    private static final FaqMatch SHIPPING = new FaqMatch(41, "shipping", "4,90 €", 0.9);
    private static final FaqMatch DELIVERY = new FaqMatch(42, "delivery", "2-3 days", 0.6);
    private static final FaqMatch RETURNS = new FaqMatch(43, "returns", "30 days", 0.5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Hi there     | How much is shipping?          | thanks a lot     | my stuff              | that didn't help          | are you a bot?    | I want to talk to a person
            de | Guten Tag!   | Was kostet der Versand?        | Vielen Dank!     | meine Sachen          | Das hat nicht geholfen    | Bist du ein Bot?  | Ich möchte mit einem Menschen sprechen
            es | ¡Hola!       | ¿Cuánto cuesta el envío?       | muchas gracias   | mis cosas             | Eso no me ayudó           | ¿Eres un bot?     | quiero hablar con una persona
            fr | Bonjour !    | Combien coûte la livraison ?   | merci beaucoup   | mes affaires          | Ça ne m'a pas aidé        | Tu es un robot ?  | je veux parler à un conseiller
            it | Buongiorno   | Quanto costa la spedizione?    | grazie mille     | le mie cose           | Non mi è stato utile      | Sei un bot?       | posso parlare con un operatore?
            pt | Olá          | Quanto custa o envio?          | muito obrigado   | as minhas coisas      | Isso não ajudou           | Você é um robô?   | quero falar com um atendente
            nl | Hallo        | Wat kost de verzending?        | dank je wel      | mijn spullen          | Dat heeft niet geholpen   | Ben je een bot?   | ik wil een medewerker spreken
            """)
    void aConversationInTheLanguage(String language, String hello, String question, String thanks, String vague,
                                    String notHelped, String bot, String person) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(question, lang), SHIPPING, DELIVERY, RETURNS)
                .unsure(Cleanup.forLookup(vague, lang), DELIVERY, RETURNS);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        assertThat(flow.says(hello).main()).isEqualTo(new Action.ActReply(Act.GREETING, false));
        assertThat(flow.says(question).main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(SHIPPING));
        Decision thanked = flow.says(thanks);
        assertThat(thanked.main()).isEqualTo(new Action.ActReply(Act.THANKS, true));
        assertThat(thanked.confirmed()).as("a confirmed resolution").isTrue();

        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(notHelped).main()).as("the next-best entries, never the answer given")
                .isInstanceOfSatisfying(Action.Clarify.class, c -> assertThat(c.choices())
                        .doesNotContain(SHIPPING).isNotEmpty());

        DialogueFlow other = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(other.says(vague).main()).as("did you mean").isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).containsExactly(DELIVERY, RETURNS));
        Decision isBot = other.says(bot);
        assertThat(isBot.main()).isInstanceOf(Action.ActReply.class);
        assertThat(isBot.act()).contains(Act.BOT);
        assertThat(other.state().handedOver()).as("nothing before the request opened a ticket").isFalse();
        Action handoff = other.says(person).main();
        assertThat(handoff).isInstanceOf(Action.Handoff.class);
        assertThat(((Action.Handoff) handoff).reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }
}
