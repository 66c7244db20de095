package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of what the bot knows of the world ("do you know …?") is judged on the sentence that asks it, without
 * the words that say "also": the reason the customer tells after it is theirs, not the thing asked, whichever way it
 * would tip the count of the shop's words; and "do you know until when / from what time …" is that form too, a
 * preposition before the asking word (docs/retrieval.md, "offer25"). A bakery of four entries per language, the
 * questions written for this test; the head sure of its entry (0.98), the background far: only the gate's reading of
 * the words takes the answer away.
 */
class WorldQuestionTest {

    private static final String BAKERIES = """
            en | How much is a birthday cake? A birthday cake costs 30 euros and we bake it to order. | Can I order bread for the weekend? Order your bread by Friday noon and collect it on Saturday morning. | When are you open? Monday to Saturday from 7 to 18. | Do you deliver? We deliver orders over 20 euros in town. | do you know until when the ice rink at the town hall stays up this winter? | do you know if the ice rink is open? I want to order a birthday cake and bread for the weekend and collect them on Saturday morning | do you know if you are open on Saturday? my sister flies in from Lisbon with her husband and kids | do you know until when I can order bread for the weekend?
            de | Was kostet eine Geburtstagstorte? Eine Geburtstagstorte kostet 30 Euro, wir backen sie auf Bestellung. | Kann ich Brot fürs Wochenende bestellen? Bestellen Sie das Brot bis Freitagmittag und holen Sie es am Samstagmorgen ab. | Wann habt ihr geöffnet? Montag bis Samstag von 7 bis 18 Uhr. | Liefert ihr? Wir liefern Bestellungen ab 20 Euro in der Stadt. | wissen Sie bis wann die Eisbahn am Rathausplatz diesen Winter steht? | wisst ihr, ob die Eisbahn geöffnet hat? ich will fürs Wochenende eine Geburtstagstorte bestellen und das Brot am Samstagmorgen abholen | wisst ihr ob ihr am Samstag geöffnet habt? meine Schwester fliegt mit Mann und Kindern aus Lissabon ein | wissen Sie bis wann ich Brot fürs Wochenende bestellen kann?
            fr | Combien coûte un gâteau d'anniversaire ? Un gâteau d'anniversaire coûte 30 euros, nous le faisons sur commande. | Puis-je commander du pain pour le week-end ? Commandez votre pain avant vendredi midi et retirez-le samedi matin. | Quand êtes-vous ouverts ? Du lundi au samedi de 7 h à 18 h. | Livrez-vous ? Nous livrons les commandes de plus de 20 euros en ville. | vous savez jusqu'à quand la patinoire de la mairie reste installée cet hiver ? | vous savez si la patinoire est ouverte ? je veux commander un gâteau d'anniversaire et du pain pour le week-end et les retirer samedi matin | vous savez si vous êtes ouverts samedi ? ma sœur atterrit de Lisbonne avec son mari et les gosses | vous savez jusqu'à quand je peux commander du pain pour le week-end ?
            it | Quanto costa una torta di compleanno? Una torta di compleanno costa 30 euro, la facciamo su ordinazione. | Posso ordinare il pane per il fine settimana? Ordinate il pane entro venerdì a mezzogiorno e ritiratelo sabato mattina. | Quando siete aperti? Dal lunedì al sabato dalle 7 alle 18. | Consegnate? Consegniamo ordini sopra i 20 euro in città. | sapete fino a quando resta montata la pista di pattinaggio in piazza quest'inverno? | sapete se la pista di pattinaggio è aperta? voglio ordinare una torta di compleanno e il pane per il fine settimana e ritirarli sabato mattina | sapete se siete aperti sabato? mia sorella atterra da Lisbona con marito e bambini | sapete fino a quando posso ordinare il pane per il fine settimana?
            es | ¿Cuánto cuesta una tarta de cumpleaños? Una tarta de cumpleaños cuesta 30 euros, la hacemos por encargo. | ¿Puedo encargar pan para el fin de semana? Encargue su pan antes del viernes a mediodía y recójalo el sábado por la mañana. | ¿Cuándo abren? De lunes a sábado de 7 a 18. | ¿Reparten? Repartimos pedidos de más de 20 euros en la ciudad. | ¿sabéis hasta cuándo se queda montada la pista de hielo de la plaza este invierno? | ¿sabéis si la pista de hielo está abierta? quiero encargar una tarta de cumpleaños y pan para el fin de semana y recogerlos el sábado por la mañana | ¿sabéis si abren el sábado? mi hermana aterriza desde Lisboa con su marido y los críos | ¿sabéis hasta cuándo puedo encargar pan para el fin de semana?
            nl | Wat kost een verjaardagstaart? Een verjaardagstaart kost 30 euro, we bakken hem op bestelling. | Kan ik brood voor het weekend bestellen? Bestel uw brood voor vrijdagmiddag en haal het zaterdagochtend op. | Wanneer zijn jullie open? Maandag tot zaterdag van 7 tot 18 uur. | Bezorgen jullie? We bezorgen bestellingen boven 20 euro in de stad. | weten jullie tot wanneer de ijsbaan op het stadhuisplein deze winter blijft staan? | weten jullie of de ijsbaan open is? ik wil een verjaardagstaart en brood voor het weekend bestellen en zaterdagochtend ophalen | weten jullie of jullie zaterdag open zijn? mijn zus landt met man en kinderen uit Lissabon | weten jullie tot wanneer ik brood voor het weekend kan bestellen?
            pt | Quanto custa um bolo de aniversário? Um bolo de aniversário custa 30 euros e fazemo-lo por encomenda. | Posso encomendar pão para o fim de semana? Encomende o seu pão até sexta ao meio-dia e levante-o no sábado de manhã. | Quando estão abertos? De segunda a sábado das 7 às 18. | Entregam? Entregamos encomendas acima de 20 euros na cidade. | sabem até quando fica montada a pista de gelo da praça este inverno? | sabem se a pista de gelo está aberta? quero encomendar um bolo de aniversário e pão para o fim de semana e levantá-los no sábado de manhã | sabem se estão abertos no sábado? a minha irmã aterra de Lisboa com o marido e os miúdos | sabem até quando posso encomendar pão para o fim de semana?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void doYouKnowUntilWhenAsksWhatTheBotKnowsOfTheWorld(String language, String cake, String bread, String hours,
                                                        String delivery, String until, String reasonAfter,
                                                        String ownMatter, String ownUntil) {
        assertNotCovered(FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), until), until);
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void theReasonToldAfterAQuestionOfTheWorldIsNotTheThingAsked(String language, String cake, String bread,
                                                                  String hours, String delivery, String until,
                                                                  String reasonAfter, String ownMatter,
                                                                  String ownUntil) {
        assertNotCovered(FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), reasonAfter),
                reasonAfter);
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void theReasonToldAfterAQuestionOfTheShopsOwnMatterLeavesItTheShops(String language, String cake, String bread,
                                                                         String hours, String delivery, String until,
                                                                         String reasonAfter, String ownMatter,
                                                                         String ownUntil) {
        assertAnswered(FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), ownMatter),
                ownMatter);
    }

    @ParameterizedTest(name = "{0}: {8}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void untilWhenAboutTheShopsOwnMatterStaysTheShops(String language, String cake, String bread, String hours,
                                                      String delivery, String until, String reasonAfter,
                                                      String ownMatter, String ownUntil) {
        assertAnswered(FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), ownUntil),
                ownUntil);
    }

    private static void assertNotCovered(FaqIndex.Ranking judged, String question) {
        assertThat(judged.confidence()).as(question).isZero();
        assertThat(judged.inTopK()).as(question).isZero();
        assertThat(judged.far()).as(question).isTrue();
    }

    /** The sure entry keeps its confidence: answered (a far flag only takes choices from an unsure one). */
    private static void assertAnswered(FaqIndex.Ranking judged, String question) {
        assertThat(judged.confidence()).as(question).isGreaterThan(0.5);
    }
}
