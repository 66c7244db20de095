package org.answerdesk.retrieval;

import java.util.List;
import java.util.Map;

/**
 * A shop of four entries, one phrasing each, as the far gate reads it, and a lookup whose head is sure of the first
 * entry: what is left to decide a question is the gate's reading of its words.
 */
final class FourEntryShop {

    private FourEntryShop() {
    }

    static OffTopic gate(String language, String first, String second, String third, String fourth) {
        FarGate gate = FarGate.of(Map.of(1L, List.of(first), 2L, List.of(second), 3L, List.of(third), 4L,
                List.of(fourth)), language);
        return new OffTopic(List.of(new float[] {0, 1}), List.of()).withGate(gate);
    }

    /**
     * A florist of four entries per language (price, wedding flowers, opening hours, delivery), the head sure of the
     * price entry: the shop the far gate's tests of a way of asking read questions on.
     */
    private static final Map<String, List<String>> FLORIST = Map.of(
            "en", List.of("How much is a bouquet? A seasonal bouquet costs from 25 euros.",
                    "Do you do wedding flowers? Yes, we make bridal bouquets and table flowers for weddings.",
                    "When are you open? Monday to Saturday from 8 to 18, closed on Sunday.",
                    "Do you deliver? We deliver bouquets in town for 6 euros."),
            "de", List.of("Was kostet ein Strauß? Ein Strauß der Saison kostet ab 25 Euro.",
                    "Macht ihr Hochzeitsblumen? Ja, wir binden Brautsträuße und Tischblumen für Hochzeiten.",
                    "Wann habt ihr geöffnet? Montag bis Samstag von 8 bis 18 Uhr, sonntags geschlossen.",
                    "Liefert ihr? Wir liefern Sträuße in der Stadt für 6 Euro."),
            "fr", List.of("Combien coûte un bouquet ? Un bouquet de saison coûte à partir de 25 euros.",
                    "Faites-vous les fleurs de mariage ? Oui, nous faisons les bouquets de mariée et les fleurs de table pour les mariages.",
                    "Quand êtes-vous ouverts ? Du lundi au samedi de 8 h à 18 h, fermé le dimanche.",
                    "Livrez-vous ? Nous livrons les bouquets en ville pour 6 euros."),
            "it", List.of("Quanto costa un mazzo di fiori? Un mazzo di stagione costa da 25 euro.",
                    "Fate i fiori per il matrimonio? Sì, facciamo bouquet da sposa e fiori da tavola per i matrimoni.",
                    "Quando siete aperti? Dal lunedì al sabato dalle 8 alle 18, chiuso la domenica.",
                    "Consegnate? Consegniamo i mazzi in città per 6 euro."),
            "es", List.of("¿Cuánto cuesta un ramo? Un ramo de temporada cuesta desde 25 euros.",
                    "¿Hacen flores para bodas? Sí, hacemos ramos de novia y flores de mesa para bodas.",
                    "¿Cuándo abren? De lunes a sábado de 8 a 18, cerrado el domingo.",
                    "¿Reparten? Repartimos ramos en la ciudad por 6 euros."),
            "nl", List.of("Wat kost een boeket? Een seizoensboeket kost vanaf 25 euro.",
                    "Doen jullie bruidsbloemen? Ja, we maken bruidsboeketten en tafelbloemen voor bruiloften.",
                    "Wanneer zijn jullie open? Maandag tot zaterdag van 8 tot 18 uur, zondag gesloten.",
                    "Bezorgen jullie? We bezorgen boeketten in de stad voor 6 euro."),
            "pt", List.of("Quanto custa um ramo? Um ramo da época custa a partir de 25 euros.",
                    "Fazem flores para casamentos? Sim, fazemos ramos de noiva e flores de mesa para casamentos.",
                    "Quando estão abertos? De segunda a sábado das 8 às 18, fechado ao domingo.",
                    "Entregam? Entregamos ramos na cidade por 6 euros."));

    /** The florist's gate in a language: its hours entry first, as the lookup's sure entry. */
    static OffTopic florist(String language) {
        List<String> e = FLORIST.get(language);
        return gate(language, e.get(2), e.get(0), e.get(1), e.get(3));
    }

    /** The head sure of its first entry (0.98), confident, choices possible; the background far ({0, 1}). */
    static FaqIndex.Ranking sure(OffTopic offTopic, String text) {
        FaqIndex.Ranking r = new FaqIndex.Ranking(List.of(new FaqMatch(1, "q1", "a1", 0.6),
                new FaqMatch(2, "q2", "a2", 0.4)), 0.9, 3, 0.6, List.of(0.98, 0.02));
        return offTopic.judge(r, new float[] {1, 0}, text);
    }
}
