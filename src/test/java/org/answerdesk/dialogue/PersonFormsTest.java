package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A demand for a person in a form no word list holds ({@link PersonForms}): a verb of reaching inflected or cut, a
 * person's word cut, "one of you", "put someone on", often angry and urgent, in the seven shipped languages; and the
 * near misses that stay what they are: bot questions, questions that name the staff, a parcel picked up, the
 * languages the staff speak, a product handed over.
 */
class PersonFormsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|get a manager on the phone this minute",
        "en|i want to be talkin to a person, now",
        "en|put one of you lot on the line",
        "en|ok that's it, put an actual human on right now",
        "de|hol ma eenen vom laden her, aber zackig",
        "de|ich sprech jetzt sofort mit einem menschen, basta",
        "de|ruft mich einer von euch zurück? sofort!",
        "de|holt mir endlich einen aus der zentrale ran",
        "it|voglio parlar con un responsabile adesso",
        "it|ch'a parla un de voi con me, adesso",
        "it|fazeme parlar con un operator, subito",
        "it|chiamate qualchedun che decide, subito",
        "es|quiero hablá con alguien ya mismo",
        "es|que me hable uno de ustedes ya, estoy harto",
        "es|llamenme a una persona del local, urgente",
        "fr|j'veux parler à un conseiller tout de suite",
        "fr|qu'un de vous me rappelle tout de suite",
        "fr|je veux parle à un responsable, là maintenant",
        "nl|ik wil nu een medewerker spreek",
        "nl|laat een van jullie me bellen, nu meteen",
        "nl|ik praat alleen nog met een mens, nu",
        "pt|alguém me atende agora, por favor, to esperando faz tempo",
        "pt|chama um de vocês aqui agora",
        "pt|quero fala com um atendente já, que saco",
    })
    void aDemandForAPersonInAFormNoListHoldsIsOne(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|are you a real person?",
        "en|need someone to put the new curtain pole up",
        "en|i put the order on hold, can someone see it?",
        "en|give me one of your gift cards please",
        "de|bist du ein echter mensch?",
        "de|hol ich das paket selbst ab oder bringt es jemand?",
        "de|kann ich einen aus dem laden zurückgeben?",
        "de|wann kann ich jemanden anrufen?",
        "it|sei un bot?",
        "it|parlano inglese i vostri operatori?",
        "it|mi chiamo Marco, vorrei sapere gli orari",
        "it|uno di voi mi ha detto che era gratis, è vero?",
        "es|hablo con una persona o con un bot?",
        "es|me llamo Ana, a qué hora abren?",
        "es|pasame uno de los rojos por favor",
        "fr|je parle à une vraie personne?",
        "fr|je parle de la commande d'hier",
        "nl|spreek ik met een echt mens?",
        "nl|geef me een van die blauwe mokken",
        "nl|ik bel morgen wel even",
        "pt|to falando com uma pessoa de verdade?",
        "pt|me passa uma das azuis, por favor",
        "pt|a loja liga pra confirmar a entrega?",
    })
    void aNearMissIsNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isFalse();
    }

    @Test
    void aStemReadsItsEndingsOnlyAndAParticleOrALanguageUndoesIt() {
        PersonForms de = new PersonForms(List.of("hol"), List.of("e", "en", "t"), List.of("ab", "englisch"), null,
                List.of(), List.of());
        assertThat(de.inflected(new String[] {"holt", "einen"}, 0)).isTrue();
        assertThat(de.inflected(new String[] {"hol", "einen"}, 0)).isTrue();
        assertThat(de.inflected(new String[] {"holzig"}, 0)).isFalse();
        assertThat(de.inflected(new String[] {"holt", "es", "ab"}, 0)).isFalse();
    }

    @Test
    void aCutWordIsAListedWordOfSixLettersOrMoreWithoutItsFinalVowel() {
        assertThat(PersonForms.cut(List.of("qualcheduno"), "qualchedun")).isTrue();
        assertThat(PersonForms.cut(List.of("parlare"), "parlar")).isTrue();
        assertThat(PersonForms.cut(List.of("capo"), "cap")).isFalse();
        assertThat(PersonForms.cut(List.of("parlare"), "parla")).isFalse();
    }

    @Test
    void putsOnlyWithTheParticleRightAfterThePerson() {
        PersonForms en = new PersonForms(List.of(), List.of(), List.of(), null, List.of("put"), List.of("on"));
        String[] on = {"put", "a", "real", "person", "on"};
        String[] up = {"someone", "to", "put", "the", "pole", "up"};
        assertThat(en.putsOn(on, 0, w -> on[w].equals("person"))).isTrue();
        assertThat(en.putsOn(up, 2, w -> up[w].equals("someone"))).isFalse();
    }
}
