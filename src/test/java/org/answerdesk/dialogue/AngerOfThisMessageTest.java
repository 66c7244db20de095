package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The apology before a handover follows the anger of the request itself (set 35, 5.3 in en, de, it: "call me back on
 * …" two messages after an angry complaint opened with "I'm sorry about this."): anger earlier in the conversation
 * had its apology then. Sentences written for this test.
 */
class AngerOfThisMessageTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | This is ridiculous, my parcel STILL isn't here!!                | please call me back on 0161 496 0123
            de | Das ist eine Frechheit, mein Paket ist IMMER NOCH nicht da!!    | rufen Sie mich bitte zurück, 0171 234 5678
            es | ¡Es una vergüenza, mi pedido SIGUE sin llegar!!                 | llámenme por favor al 611 222 333
            fr | C'est scandaleux, mon colis n'est TOUJOURS pas arrivé !!        | rappelez-moi au 06 12 34 56 78 svp
            it | È una vergogna, il mio pacco NON è ancora arrivato!!            | richiamatemi al 340 123 4567 per favore
            nl | Dit is belachelijk, mijn pakket is er NOG STEEDS niet!!         | bel me terug op 06 1234 5678 alstublieft
            pt | Isto é uma vergonha, a minha encomenda AINDA não chegou!!       | liguem-me para o 912 345 678 por favor
            """)
    void aCalmRequestAfterAnAngryMessageIsNotApologisedForAgain(String language, String angry, String callMe) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        assertThat(flow.says(angry).angry()).as(angry).isTrue();
        Decision request = flow.says(callMe);

        assertThat(request.main()).as(callMe).isInstanceOf(Action.Handoff.class);
        assertThat(request.angry()).as(callMe).isFalse();
    }
}
