package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short "do you also …?" after an answer whose own words the far check marks far is not answered with another
 * entry that shares its asking verb ("do you do birthday parties?"): the far mark stands, "not covered" with a person
 * offered (docs/retrieval.md, "far47"). The reading with the question before, sure of the entry given, is left to
 * the rules that read it; the entry given is never taken away here.
 */
class FarTopicFollowUpTest {

    private static final String CASES = """
            it | Ci sono limiti di peso? | Il limite è 120 kg per tutti i percorsi. | Fate feste di compleanno? | mio figlio pesa 125 kg, può salire? | fate anche il tiro con l'arco?
            fr | Y a-t-il une limite de poids ? | La limite est de 120 kg pour tous les parcours. | Faites-vous des fêtes d'anniversaire ? | mon fils pèse 125 kg, il peut grimper ? | vous faites aussi le tir à l'arc ?
            es | ¿Hay límite de peso? | El límite es de 120 kg en todos los circuitos. | ¿Hacéis fiestas de cumpleaños? | mi hijo pesa 125 kg, ¿puede subir? | ¿hacéis también tiro con arco?
            pt | Há limite de peso? | O limite é de 120 kg em todos os percursos. | Fazem festas de aniversário? | o meu filho pesa 125 kg, pode subir? | fazem também tiro com arco?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpFarOnItsOwnWordsGetsNoOtherEntry(String language, String weightQ, String weightA, String partyQ,
                                                   String first, String followUp) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch weight = new FaqMatch(81, weightQ, weightA, 0.9);
        FaqMatch party = new FaqMatch(82, partyQ, "10 children or more, 22 euros each.", 0.6);
        String before = Cleanup.forLookup(Acts.read(first, lang).question(), lang);
        String own = Cleanup.forLookup(Acts.read(followUp, lang).question(), lang);
        FakeSearch search = new FakeSearch().confident(before, weight, party).offTopic(own, party, weight)
                .confident(before + " " + own, weight, party);
        search.offTopicOtherwise(party, weight);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(weight));
        Action reply = flow.says(followUp).main();
        assertThat(reply).as(followUp).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(reply).as(followUp).isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC));
    }
}
