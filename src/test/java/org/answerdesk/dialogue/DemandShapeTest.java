package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demand for a person read by its shape ({@link DemandShape}), its words spelt as no list holds them: a word of
 * wanting or handing over, a person within a few small words, urgency or anger. Sentences written for this test in
 * invented dialect spellings (issue 61, situations 4.3 and 4.4), and the near misses that stay what they are: bot
 * questions, questions that name the staff, a person counted as a guest, a person word that names a kind of thing,
 * false friends ("argent", "algum", "menu").
 */
class DemandShapeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|fetch us a humen, quick!",
        "en|i want a reel live agint now",
        "en|give us somebuddy from the office, now!",
        "de|hol mir mal an kollegn her, aber flott!",
        "de|ich will jetzt an ansprechpartna!",
        "de|i wüll sofort an menschn",
        "de|gebt ma endli a mitarbeita, sofort",
        "es|quiero un perzona ya!",
        "es|dame alguien del local, ahoritita",
        "es|kiero un umano ya",
        "es|quiero al encargao ahora mismo!",
        "fr|j'veux eune personn, tout d'suite",
        "fr|je veu l'responsabl, maintenant!",
        "it|vojo 'na perzona subbito!",
        "it|voglio 'nu cristianu subbito!",
        "nl|ik wol nou un mins!",
        "nl|ik wil nu een medewerkr!",
        "nl|ik wil nu un persoun, direkt",
        "pt|chama um atendenti logo",
        "pt|arranja-me alguem da loja ja, caramba",
    })
    void aDemandInADialectSpellingIsARequestForAPerson(String language, String text) {
        assertThat(DemandShape.asks(text, Locale.forLanguageTag(language))).as("shape").isTrue();
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|are you a real person?!",
        "en|i want a persian rug now!",
        "en|get me the personal details form asap",
        "en|give me a humane answer now, how long does delivery take?",
        "en|i went to someone at the desk and nobody helped!",
        "en|i want agents pricing now!",
        "de|bist du ein echter mensch?!",
        "de|wann kann ich jemanden anrufen?",
        "de|gib mir sofort die menschenmenge der halle",
        "de|ich will sofort die mensa speisekarte!",
        "de|ich will jetzt einen termin für eine person!",
        "es|quiero algún descuento ya!",
        "es|eres una persona de verdad?!",
        "es|quiero reservar para una persona ya",
        "es|quiero la persona jurídica ya!",
        "fr|vous êtes un humain ?!",
        "fr|je veux personnaliser ma commande, vite!",
        "fr|je veux une table pour une personne, maintenant",
        "fr|c'est pas ça, je veux mon argent tout de suite",
        "it|sei un bot?!",
        "it|voglio una persona in più per la cena di sabato, subito",
        "it|voglio personalizzare la torta, subito!",
        "nl|ben jij een echt mens?!",
        "nl|ik wil nu een menu!",
        "nl|ik wil nu een baan!",
        "pt|você é uma pessoa de verdade?!",
        "pt|quero pessoal de limpeza agora",
        "pt|quero uma pessoa, mas não sei quando",
    })
    void aNearMissIsNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isFalse();
    }

    @Test
    void aDemandNeedsUrgencyOrAngerAndAPersonCloseToTheWordOfWanting() {
        Locale nl = Locale.forLanguageTag("nl");
        assertThat(DemandShape.asks("ik wil nu un persoun", nl)).isTrue();
        assertThat(DemandShape.asks("ik wil un persoun", nl)).as("no urgency").isFalse();
        assertThat(DemandShape.asks("ik wil morgen misschien wel graag un persoun, nu", nl)).as("too far").isFalse();
        assertThat(DemandShape.asks("ik wil reserveren voor een persoon, nu", nl)).as("a verb between").isFalse();
    }

    @Test
    void aScaledSpellingAllowsMoreEditsToLongerWords() {
        assertThat(Spellings.scaled("spreken", "sprekke")).isTrue(); // seven letters: two edits
        assertThat(Spellings.scaled("persona", "perzona")).isTrue();
        assertThat(Spellings.scaled("agent", "agint")).isTrue(); // five letters: one edit
        assertThat(Spellings.scaled("agent", "agenda")).isFalse();
        assertThat(Spellings.scaled("mens", "mins")).isTrue(); // four letters: a vowel inside
        assertThat(Spellings.scaled("mens", "menu")).isFalse();
        assertThat(Spellings.scaled("humano", "umano")).isTrue(); // an "h" dropped
        assertThat(Spellings.scaled("person", "personal")).isFalse(); // goes on from the listed word
        assertThat(Spellings.scaled("person", "berson")).isFalse(); // another first letter
        assertThat(Spellings.anyScaled(java.util.List.of("kollege*"), "kollegn")).isTrue(); // a stem spelt otherwise
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | fetch us a humen, quick!           | hello?? anyone there
            de | ich will jetzt an ansprechpartna!  | hallo? ist da wer
            es | kiero un umano ya                  | hola? hay alguien
            fr | j'veux eune personn, tout d'suite  | allo? y'a quelqu'un
            it | vojo 'na perzona subbito!          | pronto? c'è qualcuno
            nl | ik wol nou un mins!                | is er iemand
            pt | chama um atendenti logo            | oi? tem alguém aí
            """)
    void theDemandIsHandedOverAndTheWaitAcknowledged(String language, String demand, String anyone) {
        DialogueFlow flow = DialogueFlow.afterAnAnswer(language);

        assertThat(flow.says(demand).main()).as(demand).isInstanceOf(Action.Handoff.class);
        assertThat(flow.says(anyone).main()).as(anyone).isInstanceOf(Action.Acknowledge.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|give me a human now ",
        "en|gimme,a,humen,now,",
        "de|gib mir sofort einen menschen ",
        "it|dammi,nu,operatori,subbito,",
        "nl|ikwilnuunpersoun",
        "pt|quero uma pesoa já ",
    })
    void aLongRunOfTheWordsIsReadInOnePassAndAsksNothing(String language, String piece) {
        String text = piece.repeat(4_000 / piece.length() + 1).substring(0, 4_000);
        assertThat(DemandShape.asks(text, Locale.forLanguageTag(language))).isFalse();
    }
}
