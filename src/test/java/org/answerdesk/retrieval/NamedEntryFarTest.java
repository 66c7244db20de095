package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The far gate's first kind (the head unsure, the background nearer, most words new) does not hold for a question
 * that names an entry it would be offered by a word few entries use, the customer's derived form of the shop's word
 * included ({@link FarGate#namesOfferedEntry}): the choices are related to it. A shop of four entries per language
 * (gift wrapping, opening hours, returns, delivery abroad), the head unsure between the first two.
 */
class NamedEntryFarTest {

    private static final Map<String, List<String>> SHOP = Map.of(
            "en", List.of("Do you gift wrap? We wrap any order in gift paper with a handwritten card for 2 euros.",
                    "When are you open? Monday to Friday from 9 to 17.",
                    "Can I return an item? Within 30 days, unused, with the receipt.",
                    "Do you ship abroad? We ship to every country of the EU within a week."),
            "de", List.of("Bietet ihr Geschenkverpackung an? Jede Bestellung verpacken wir mit Schleife für 2 Euro.",
                    "Wann habt ihr geöffnet? Montag bis Freitag von 9 bis 17 Uhr.",
                    "Kann ich etwas zurückgeben? Innerhalb von 30 Tagen, unbenutzt, mit Kassenbon.",
                    "Versendet ihr ins Ausland? Wir versenden in alle Länder der EU innerhalb einer Woche."),
            "fr", List.of("Faites-vous des paquets cadeaux ? Nous emballons chaque commande avec un ruban pour 2 euros.",
                    "Quand êtes-vous ouverts ? Du lundi au vendredi de 9 h à 17 h.",
                    "Puis-je rendre un article ? Sous 30 jours, non utilisé, avec le ticket.",
                    "Livrez-vous à l'étranger ? Nous livrons dans tous les pays de l'UE en une semaine."),
            "it", List.of("Fate pacchetti regalo? Incartiamo ogni ordine con il nastro per 2 euro.",
                    "Quando siete aperti? Dal lunedì al venerdì dalle 9 alle 17.",
                    "Posso restituire un articolo? Entro 30 giorni, non usato, con lo scontrino.",
                    "Spedite all'estero? Spediamo in tutti i paesi dell'UE entro una settimana."),
            "pt", List.of("Fazem embrulho de presente? Embrulhamos qualquer encomenda com fita e cartão por 2 euros.",
                    "Quando estão abertos? De segunda a sexta das 9 às 17.",
                    "Posso devolver um artigo? Em 30 dias, sem uso, com o talão.",
                    "Enviam para o estrangeiro? Enviamos para todos os países da UE numa semana."));

    private static FarGate gate(String language) {
        List<String> e = SHOP.get(language);
        return FarGate.of(Map.of(1L, List.of(e.get(0)), 2L, List.of(e.get(1)), 3L, List.of(e.get(2)), 4L,
                List.of(e.get(3))), language);
    }

    /** The head unsure between the gift entry and the hours entry; the background nearer than either. */
    private static FaqIndex.Ranking unsure(long first, long second) {
        return new FaqIndex.Ranking(List.of(new FaqMatch(first, "q", "a", 0.5), new FaqMatch(second, "q2", "a2", 0.4)),
                0.05, 3, 0.6, List.of(0.2, 0.8));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|granny turns ninety tomorrow, could it arrive wrapped with a little card from me",
        "de|oma wird morgen neunzig, geht das schön verpackt mit kärtchen raus",
        "fr|mamie fête ses quatre-vingt-dix ans demain, ça part en paquet cadeau avec un petit mot de moi",
        "it|nonna compie novant'anni domani, arriva in un pacchettino con un bigliettino mio",
        "pt|a avó faz noventa anos amanhã, segue embrulhadinho com um cartãozinho meu"})
    void aQuestionNamingAnOfferedEntryInItsOwnFormIsNotFar(String language, String question) {
        FarGate gate = gate(language);

        assertThat(gate.namesOfferedEntry(unsure(1, 2), question)).as("names the gift entry").isTrue();
        assertThat(gate.far(unsure(1, 2), 0.65, question)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|who won the darts final last night, my cousin bet on it",
        "de|wer hat gestern das darts finale gewonnen, mein cousin hat drauf gewettet",
        "fr|qui a gagné la finale de fléchettes hier soir, mon cousin a parié dessus",
        "it|chi ha vinto la finale di freccette ieri sera, mio cugino ci ha scommesso",
        "pt|quem ganhou a final de dardos ontem à noite, o meu primo apostou nisso"})
    void aQuestionNamingNoEntryStaysFar(String language, String question) {
        assertThat(gate(language).far(unsure(1, 2), 0.65, question)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|granny turns ninety tomorrow, could it arrive wrapped with a little card from me",
        "pt|a avó faz noventa anos amanhã, segue embrulhadinho com um cartãozinho meu"})
    void theNamedEntryMustBeAmongTheOffered(String language, String question) {
        // the head offers the returns and delivery entries: the gift entry it names is not among them
        assertThat(gate(language).far(unsure(3, 4), 0.65, question)).isTrue();
    }
}
