package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 42's classes (issues 61, 62; docs/dialogue.md "person50"): a customer passed on to a person with a verb of
 * handing over ({@link PassedOn}), a person talked with in regional words, a thanks and a goodbye English speakers
 * bring from other languages, the place called mad. New sentences, none of a set.
 */
class SetFortyTwoPersonTest {

    /** A verb of handing over with "me" and a person, or a slang word for a guy, hands over in all seven languages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | honestly this is going nowhere, put me on to a real person
            en | can you transfer me to one of your staff, i give up
            en | hook me up with an actual person please
            de | leiten sie mich bitte an einen menschen weiter
            de | gib mir einen typen aus dem laden, ich blick nicht mehr durch
            es | ponme con un tio de la oficina, que esto no hay quien lo entienda
            es | me pasas con un pana de la tienda?
            fr | bon, passe-moi un gars du magasin
            it | dai, passatemi un tizio del negozio che ci capisce
            nl | zet me door naar een gozer van de zaak
            nl | geef me gewoon een kerel van kantoor aan de lijn
            pt | olha, passa-me lá a um gajo da loja
            pt | me passa pra um mano da loja por favor
            """)
    void passedOnToAPersonIsARequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
        Decision afterChoices = DialogueFlow.afterChoices(language).says(text);
        assertThat(afterChoices.main().handsOver()).as(text + " -> " + afterChoices.main()).isTrue();
    }

    /** A verb of handing over whose person is far from it, or that hands over a thing, asks for no one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | gib mir bitte die nummer von dem typen
            nl | geef me even de tijd om het aan mijn vriend te vragen
            it | passami il link del negozio per favore
            fr | passez-moi le lien de la commande svp
            en | can you transfer me the refund to another card
            es | pásame la dirección de la tienda
            es | me pasas el número de la oficina?
            pt | passa-me o número de telefone
            pt | passa-me a morada da loja se faz favor
            """)
    void aThingOrAFarPersonIsNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    /** A person talked with in Rhenish or Swabian words of talking, or asked for plainly as "connect me". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ich will jetzt mit nem menschen kalle
            kann ich mal mit einem mitarbeiter klaafe, bitte
            verbinden sie mich bitte
            """)
    void aPersonTalkedWithInRegionalWords(String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.GERMAN)).as(text).isTrue();
    }

    /** A thanks or a goodbye in Urdu, Arabic, Swahili, Tagalog or Hindi words closes in English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jazakallah khair, allah hafiz | BYE
            shukriya, alvida | BYE
            asante sana | THANKS
            shukran | THANKS
            salamat po | THANKS
            dhanyavaad ji | THANKS
            """)
    void aLoanWordThanksOrGoodbyeIsThatAct(String text, Act act) {
        Acts.Reading reading = Acts.read(text, Locale.ENGLISH);
        assertThat(reading.onlyAct()).as(text).isTrue();
        assertThat(reading.act()).as(text).contains(act);
    }

    /** A loan-word thanks before a question is set aside, the question looked up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            asante sana. do you deliver to nairobi?
            shukriya, and can i still change the address?
            """)
    void aLoanWordThanksWrapsAQuestion(String text) {
        Acts.Reading reading = Acts.read(text, Locale.ENGLISH);
        assertThat(reading.act()).as(text).contains(Act.THANKS);
        assertThat(reading.question()).as(text).isNotEmpty();
    }

    /** The place called mad is anger. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            dat is doch jeck, ich warte seit einer stunde
            das ist doch irre hier, keiner antwortet
            """)
    void thePlaceCalledMadIsAnger(String text) {
        assertThat(Mood.angry(text, Locale.GERMAN)).as(text).isTrue();
    }
}
