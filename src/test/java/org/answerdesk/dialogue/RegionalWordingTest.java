package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acts as they are worded in each language's regions (issue 62): European Portuguese beside Brazilian, Spain's
 * and Latin America's Spanish, the French of France, Belgium and Switzerland, the German of Germany, Austria and
 * Switzerland, the Dutch of the Netherlands and Flanders; and questions that only look like them stay questions.
 */
class RegionalWordingTest {

    static String reading(String text, Locale language) {
        if (PersonRequest.asksForPerson(text, language)) {
            return "person";
        }
        Acts.Reading r = Acts.read(text, language);
        return r.onlyAct() ? r.act().get().label() : "question";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | boas                                      | greeting
            pt | Boas!                                     | greeting
            pt | olá, boas tardes                          | greeting
            pt | fixe, obrigada                            | thanks
            pt | obrigado, era isso mesmo!                 | thanks
            pt | está bem, obrigado                        | thanks
            pt | pronto, obrigada                          | thanks
            pt | ok, já está resolvido                     | thanks
            pt | adeus, bom resto de dia                   | bye
            pt | até já                                    | bye
            pt | estou a falar com um robô?                | bot
            pt | isto é um robô?                           | bot
            pt | estou a falar com uma máquina?            | bot
            pt | boas, qual é o horário?                   | question
            pt | a marcação fica para que dia?             | question
            es | gracias, ya está solucionado              | thanks
            es | vale, genial, gracias                     | thanks
            es | guay, muchas gracias                      | thanks
            es | dale, gracias                             | thanks
            es | chévere, muchas gracias                   | thanks
            es | ya quedó, gracias                         | thanks
            es | hola, qué onda                            | greeting
            es | nos vemos, gracias                        | bye
            es | ¿me está atendiendo un robot?             | bot
            es | ¿ya está solucionado el problema del envío? | question
            fr | je parle à un robot là ?                  | bot
            fr | c'est un robot qui répond ?               | bot
            fr | je suis en train de parler à un robot ?   | bot
            fr | merci, ça joue                            | thanks
            fr | à tantôt                                  | bye
            fr | à tout à l'heure                          | bye
            fr | à tantôt, merci                           | bye
            fr | est-ce que ça joue pour une livraison samedi ? | question
            it | ma sei un bot?                            | bot
            it | ma sei un robot o una persona?            | bot
            it | mi sta rispondendo un bot?                | bot
            it | perfetto, grazie, tutto risolto           | thanks
            it | grazie mille, a posto così                | thanks
            it | ciao, a presto                            | bye
            it | ma sei aperto domenica?                   | question
            de | Grüß Gott                                 | greeting
            de | grüß Sie                                  | greeting
            de | merci vielmal                             | thanks
            de | danke vielmals                            | thanks
            de | pfiat di                                  | bye
            de | baba und danke                            | bye
            de | uf widerluege                             | bye
            de | red ich mit einem bot?                    | bot
            de | Grüß Gott, wann habt ihr offen?           | question
            nl | goeiedag                                  | greeting
            nl | goeiemorgen                               | greeting
            nl | merci                                     | thanks
            nl | merci, dat was het                        | thanks
            nl | dank u, tot de volgende                   | thanks
            nl | salut, tot de volgende                    | bye
            nl | daag                                      | bye
            nl | spreek ik met een robot?                  | bot
            nl | zit ik met een bot te praten?             | bot
            nl | merci, en hoe lang duurt de levering?     | question
            """)
    void eachRegionsWordingIsReadAsItsAct(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }
}
