package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "do you …?" question whose own words point to none of the entries it would be offered (issue 61 item 4, issue 62
 * item 2): two new words of its own, and what it shares with the choices is common to most entries ("dog" in a
 * kennel's every answer). The head sure of its entry (0.95, above the service rule's share) and the background no
 * nearer, so nothing else makes it far. A kennel of four entries per language, the questions written for this test.
 */
class UnsharedServiceTest {

    /** The kennel's first two entries offered, the head giving the first 0.95, the background far (0.3 < 0.5). */
    private static boolean far(FarGate gate, String question) {
        FaqIndex.Ranking r = new FaqIndex.Ranking(List.of(new FaqMatch(1, "q1", "a1", 0.5),
                new FaqMatch(2, "q2", "a2", 0.45)), 0.05, 3, 0.6, List.of(0.95, 0.05));
        return gate.far(r, 0.3, question);
    }

    private static FarGate kennel(String language, String wash, String dropOff, String dayCare, String where) {
        return FarGate.of(Map.of(1L, List.of(wash), 2L, List.of(dropOff), 3L, List.of(dayCare), 4L, List.of(where)),
                language);
    }

    private static final String KENNELS = """
            en | How much is a dog wash? A wash with shampoo costs 20. | When can I drop off my dog? From 8 to 10. | Do you have day care for dogs? 22 a day per dog. | Where are you? Farm road 12. | do you also do horse riding lessons for dogs? | do you also wash long-haired poodles?
            de | Was kostet das Waschen eines Hundes? Waschen mit Shampoo kostet 20 Euro. | Wann kann ich meinen Hund bringen? Von 8 bis 10 Uhr. | Habt ihr Tagesbetreuung für Hunde? 22 Euro pro Hund. | Wo seid ihr? Hofweg 12. | macht ihr auch Reitstunden und Schwimmkurse mit Hund? | macht ihr auch Waschen für grosse Pudel?
            fr | Combien coûte le toilettage d'un chien ? Le toilettage avec shampooing coûte 20 euros. | Quand puis-je déposer mon chien ? De 8h à 10h. | Avez-vous une garderie pour chiens ? 22 euros par chien. | Où êtes-vous ? Route de la ferme 12. | vous faites aussi des cours d'équitation pour les chiens ? | vous faites aussi le toilettage des grands caniches ?
            it | Quanto costa il lavaggio del cane? Il lavaggio con shampoo costa 20 euro. | Quando posso portare il cane? Dalle 8 alle 10. | Avete un asilo per cani? 22 euro al giorno per cane. | Dove siete? Via della fattoria 12. | fate anche lezioni di equitazione per il cane? | fate anche il lavaggio dei barboncini lunghi?
            es | ¿Cuánto cuesta el baño del perro? El baño con champú cuesta 200 pesos. | ¿Cuándo puedo llevar a mi perro? De 8 a 10. | ¿Tienen guardería para perros? 220 pesos al día por perro. | ¿Dónde están? Camino de la granja 12. | ¿hacen también clases de equitación con el perro? | ¿hacen también baño de caniches grandes?
            nl | Wat kost een wasbeurt voor de hond? Een wasbeurt met shampoo kost 20 euro. | Wanneer kan ik mijn hond brengen? Van 8 tot 10 uur. | Hebben jullie dagopvang voor honden? 22 euro per hond. | Waar zitten jullie? Hoeveweg 12. | geven jullie ook rijlessen en zwemles voor de hond? | doen jullie ook een wasbeurt voor grote poedels?
            pt | Quanto custa o banho do cão? O banho com champô custa 20 euros. | Quando posso deixar o meu cão? Das 8h às 10h. | Têm creche para cães? 22 euros por dia por cão. | Onde ficam? Estrada da quinta 12. | fazem também treino de obediência e natação para o cão? | fazem também banho para caniches grandes?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = KENNELS)
    void aServiceWhoseWordsNoOfferedEntrySharesIsFar(String language, String wash, String dropOff, String dayCare,
                                                     String where, String notOffered, String covered) {
        assertThat(far(kennel(language, wash, dropOff, dayCare, where), notOffered)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = KENNELS)
    void aWordOnlyTheOfferedEntryUsesKeepsTheChoices(String language, String wash, String dropOff, String dayCare,
                                                     String where, String notOffered, String covered) {
        assertThat(far(kennel(language, wash, dropOff, dayCare, where), covered)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = KENNELS)
    void withoutTheEntriesOrTheAskingFormTheRuleDoesNotApply(String language, String wash, String dropOff,
                                                            String dayCare, String where, String notOffered,
                                                            String covered) {
        FarGate wordsOnly = FarGate.of(List.of(wash, dropOff, dayCare, where), language);
        assertThat(far(wordsOnly, notOffered)).as("no entries known").isFalse();
        String noForm = FarGate.outside(ServiceQuestions.of(language), notOffered);
        assertThat(far(kennel(language, wash, dropOff, dayCare, where), noForm)).as(noForm).isFalse();
    }
}
