package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person asked for as "a word with someone" in everyday words ("a quick natter with a real person", "mit nem
 * menschen quatschen"), and "with one of you" whatever the word for "one" ("with either of you", "mit nem von
 * euch"), hand over even where the FAQ answers the words confidently. New sentences in every shipped language; "with
 * someone" without a word of talking beside it ("can I come with someone?") is no request.
 */
class WordWithSomeoneTest {

    private static final FaqMatch BOOKING = new FaqMatch(31, "How do I book?", "Book online.", 0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could I have a quick natter with a real person?   | can i sort this out with either of you?
            de | kann ich mal kurz mit nem menschen quatschen?     | darf ich das mit nem von euch klären?
            fr | je pourrais papoter deux minutes avec quelqu'un ? | un brin de causette avec un humain ?
            it | posso scambiare due parole con un operatore?      | due chiacchiere con un addetto?
            es | puedo charlar un rato con alguien del equipo?     | lo puedo ver con cualquiera de ustedes?
            nl | kan ik even een praatje maken met een medewerker? | kan ik dat met eender van jullie regelen?
            pt | posso dar uma palavrinha com alguém da loja?      | posso tratar disso com qualquer de vocês?
            """)
    void aWordWithSomeoneHandsOver(String language, String word, String oneOfYou) {
        Locale lang = Locale.forLanguageTag(language);
        for (String text : new String[] {word, oneOfYou}) {
            FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(Acts.read(text, lang).question(), lang),
                    BOOKING);
            Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(text);
            assertThat(d.main()).as(text).isEqualTo(Action.Handoff.asked());
            assertThat(d.act()).as(text).contains(Act.PERSON);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I come to the class with someone?           | what does the word with a star on my bill mean?
            de | kann ich mit jemandem zusammen einen termin buchen? | was heißt das wort mit dem stern auf der rechnung?
            fr | je peux venir avec quelqu'un au cours ?          | le mot avec l'astérisque sur la facture, c'est quoi ?
            it | posso venire con qualcuno al corso?             | la parola con l'asterisco sulla fattura cosa vuol dire?
            es | puedo ir con alguien a la sesión?               | qué significa la palabra con asterisco en la factura?
            nl | mag ik met iemand samen komen?                  | wat betekent het woord met het sterretje op de factuur?
            pt | posso ir com alguém à aula?                     | o que quer dizer a palavra com asterisco na fatura?
            """)
    void someoneOrAWordOfTalkingAloneAsksNothing(String language, String with, String apart) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(with, lang)).as(with).isFalse();
        assertThat(PersonRequest.asksForPerson(apart, lang)).as(apart).isFalse();
    }
}
