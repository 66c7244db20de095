package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer who will talk a thing over with someone of their own ("with my wife", "con su madre") asks for no one
 * of the shop's people; a request for one beside it, or "the boss", still is ({@link OwnCircle}). Sentences written
 * for this test.
 */
class OwnCircleTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | cheers, i'll have a chat with the missus and get back to you. bye
            de | danke, ich red mal mit meiner frau drüber und meld mich. tschüss
            es | vale, gracias. lo hablo con mi pareja y ya os digo. chao
            es | muy amable, lo comento con su padre esta noche. adiós
            fr | parfait merci, je vais en parler avec ma femme et je vous redis. bonne journée
            it | grazie mille, ne parlo col mio compagno e vi faccio sapere. ciao
            nl | dank je, ik praat er even over met m'n vriendin en laat het weten. doei
            pt | brigado, vou conversar com a minha esposa e depois falo contigo. tchau
            pt | valeu, vou falar com o marido e volto aqui. abraço
            """)
    void talkingItOverWithOnesOwnIsTheClosingNotAHandover(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | i want to talk to a person, my husband is livid
            de | ich will mit einem menschen sprechen, meine frau wartet
            es | quiero hablar con el jefe, mi madre está muy disgustada
            fr | je veux parler avec la patronne, mon mari attend
            it | voglio parlare con il titolare, mia moglie è furiosa
            nl | ik wil met een medewerker spreken, mijn man is boos
            pt | quero falar com uma pessoa, meu marido tá bravo
            """)
    void aRequestBesideOnesOwnStillAsks(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | with my wife
            fr | avec ma femme
            pt | com o marido
            """)
    void aRelationAfterWithIsNamed(String language, String clause) {
        OwnCircle own = Lexicon.perLanguage(l -> l).get(Locale.forLanguageTag(language))
                .map(l -> new OwnCircle(java.util.Set.copyOf(l.foldedWords("person.own.with")),
                        java.util.Set.copyOf(l.foldedWords("person.own.det")),
                        java.util.Set.copyOf(l.foldedWords("person.own"))))
                .orElseThrow();
        assertThat(own.names(clause)).isTrue();
        assertThat(own.names(clause.replace("with", "for").replace("avec", "pour").replace("com", "para")))
                .as("no 'with' before it").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLongMessageIsReadWordByWord() {
        String text = "talk with my wife ".repeat(220) + "and put me through to a person";
        assertThat(OwnCircle.without(text, Locale.ENGLISH)).hasSizeLessThan(text.length());
    }
}
