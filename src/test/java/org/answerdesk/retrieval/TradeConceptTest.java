package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * idf52 (issues 61, 62): a support concept weighs by how many of the shop's entries carry it. At a pet hotel six of
 * eight entries name the animals, so a vague opener that only names the customer's pet ("es sobre mi gatito") gives
 * none of them a lexical lift and leaves the choice open; a concept one entry carries (parking) still brings that
 * entry first.
 */
class TradeConceptTest {

    /** A pet hotel's FAQ in one language: six entries naming the animals, then parking, then opening hours. */
    private record Shop(String language, List<String> questions, String vagueOpener, String parkingQuestion) {
    }

    private static final List<Shop> SHOPS = List.of(
            new Shop("de", List.of("Darf mein Hund mitkommen?", "Was kostet die Betreuung einer Katze?",
                    "Welche Impfungen brauchen Haustiere?", "Wo schlafen die Tiere?", "Was fressen die Katzen?",
                    "Nehmt ihr auch Welpen?", "Gibt es einen Parkplatz?", "Wann habt ihr offen?"),
                    "hallo, es geht um meinen Vierbeiner", "habt ihr eine Tiefgarage?"),
            new Shop("es", List.of("¿Puedo traer a mi perro?", "¿Cuánto cuesta por mascota?",
                    "¿Qué vacunas necesita mi mascota?", "¿Dónde duermen los animales?", "¿Qué comen los gatos?",
                    "¿Aceptan cachorros?", "¿Hay estacionamiento?", "¿A qué hora abren?"),
                    "hola, es sobre mi gatito", "tienen cochera?"),
            new Shop("fr", List.of("Puis-je venir avec mon chien ?", "Combien coûte la garde d'un chat ?",
                    "Quels vaccins pour les animaux ?", "Où dorment les chiens ?", "Que mangent les chats ?",
                    "Acceptez-vous les chiots ?", "Y a-t-il un parking ?", "Quand êtes-vous ouverts ?"),
                    "bonjour, c'est pour mon toutou", "on peut se garer devant ?"),
            new Shop("it", List.of("Posso portare il cane?", "Quanto costa per un gatto?",
                    "Quali vaccini servono agli animali?", "Dove dormono i cani?", "Cosa mangiano i gatti?",
                    "Accettate cuccioli?", "C'è un parcheggio?", "Quando siete aperti?"),
                    "salve, è per il mio micio", "si trova posteggio lì vicino?"),
            new Shop("nl", List.of("Mag mijn hond mee?", "Wat kost de opvang van een kat?",
                    "Welke vaccins hebben huisdieren nodig?", "Waar slapen de honden?", "Wat eten de katten?",
                    "Nemen jullie een pup aan?", "Is er een parking?", "Wanneer zijn jullie open?"),
                    "hallo, het gaat over mijn poesje", "kan ik daar geparkeerd staan?"),
            new Shop("pt", List.of("Posso levar o meu cão?", "Quanto custa por gato?",
                    "Que vacinas precisam os animais?", "Onde dormem os cães?", "O que comem os gatos?",
                    "Aceitam cachorros?", "Tem estacionamento?", "A que horas abrem?"),
                    "oi, é sobre o meu bichinho", "vocês têm garagem?"));

    @Test
    void aTradeConceptMostEntriesCarryLiftsNoneOfThemForAVagueOpener() {
        for (Shop shop : SHOPS) {
            String as = shop.language() + ": " + shop.vagueOpener();
            double[][] parts = scores(shop).parts(shop.vagueOpener());
            assertThat(parts).as(as).isNotNull();
            assertThat(parts[2]).as(as).containsOnly(0.0);
        }
    }

    @Test
    void aConceptOneEntryCarriesStillCountsForThatEntryAlone() {
        for (Shop shop : SHOPS) {
            String as = shop.language() + ": " + shop.parkingQuestion();
            double[][] parts = scores(shop).parts(shop.parkingQuestion());
            assertThat(parts).as(as).isNotNull();
            assertThat(parts[2][6]).as(as).isGreaterThan(0.4);
            for (int c = 0; c < 8; c++) {
                assertThat(parts[2][c]).as(as + " entry " + (c + 1)).isEqualTo(c == 6 ? parts[2][6] : 0.0);
            }
        }
    }

    private static LexicalScores scores(Shop shop) {
        return LexicalScores.inLanguage(shop.questions().stream().map(List::of).toList(), shop.language(), 5,
                FaqIndexBuild.CONCEPT_SHARE);
    }
}
