package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Do you know which tram …?" asks what the bot knows of the world as "do you know if …" does: the language's form
 * of "know" and "which" (or Spanish and Portuguese "qué", Italian "che"), with a question mark after it; judged on
 * its words as any {@link FarGate#worldQuestion} is, so a "which" about the shop's own matter stays the shop's
 * (docs/retrieval.md, "offtop47"). A bakery of four entries per language, the questions written for this test; the
 * head sure of its entry (0.98), the background far: only the gate's reading of the words takes the answer away.
 */
class WhichThingKnowTest {

    private static final String BAKERIES = """
            en | How much is a birthday cake? A birthday cake costs 30 euros and we bake it to order. | Can I order bread for the weekend? Order your bread by Friday noon and collect it on Saturday morning. | When are you open? Monday to Saturday from 7 to 18. | Do you deliver? We deliver orders over 20 euros in town. | by the way do you know which tram takes me to the aquarium from the station? | do you know which bread I can order for the weekend?
            de | Was kostet eine Geburtstagstorte? Eine Geburtstagstorte kostet 30 Euro, wir backen sie auf Bestellung. | Kann ich Brot fürs Wochenende bestellen? Bestellen Sie das Brot bis Freitagmittag und holen Sie es am Samstagmorgen ab. | Wann habt ihr geöffnet? Montag bis Samstag von 7 bis 18 Uhr. | Liefert ihr? Wir liefern Bestellungen ab 20 Euro in der Stadt. | übrigens, weißt du welche Straßenbahn vom Hauptbahnhof zum Aquarium fährt? | weißt du welches Brot ich fürs Wochenende bestellen kann?
            es | ¿Cuánto cuesta una tarta de cumpleaños? Una tarta de cumpleaños cuesta 30 euros, la hacemos por encargo. | ¿Puedo encargar pan para el fin de semana? Encargue su pan antes del viernes a mediodía y recójalo el sábado por la mañana. | ¿Cuándo abren? De lunes a sábado de 7 a 18. | ¿Reparten? Repartimos pedidos de más de 20 euros en la ciudad. | por cierto, ¿sabes qué tranvía me lleva al acuario desde la estación? | ¿sabes qué pan puedo encargar para el fin de semana?
            it | Quanto costa una torta di compleanno? Una torta di compleanno costa 30 euro, la facciamo su ordinazione. | Posso ordinare il pane per il fine settimana? Ordinate il pane entro venerdì a mezzogiorno e ritiratelo sabato mattina. | Quando siete aperti? Dal lunedì al sabato dalle 7 alle 18. | Consegnate? Consegniamo ordini sopra i 20 euro in città. | a proposito, sai che tram prendo per l'acquario dalla stazione? | sai che pane posso ordinare per il fine settimana?
            nl | Wat kost een verjaardagstaart? Een verjaardagstaart kost 30 euro, we bakken hem op bestelling. | Kan ik brood voor het weekend bestellen? Bestel uw brood voor vrijdagmiddag en haal het zaterdagochtend op. | Wanneer zijn jullie open? Maandag tot zaterdag van 7 tot 18 uur. | Bezorgen jullie? We bezorgen bestellingen boven 20 euro in de stad. | trouwens, weet je welke tram van het station naar het aquarium rijdt? | weet je welk brood ik voor het weekend kan bestellen?
            pt | Quanto custa um bolo de aniversário? Um bolo de aniversário custa 30 euros e fazemo-lo por encomenda. | Posso encomendar pão para o fim de semana? Encomende o seu pão até sexta ao meio-dia e levante-o no sábado de manhã. | Quando estão abertos? De segunda a sábado das 7 às 18. | Entregam? Entregamos encomendas acima de 20 euros na cidade. | já agora, sabe que elétrico apanho para o aquário a partir da estação? | sabe que pão posso encomendar para o fim de semana?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void whichThingOfTheWorldIsNotTheShopsToAnswer(String language, String cake, String bread, String hours,
                                                   String delivery, String world, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), world);
        assertThat(judged.confidence()).as(world).isZero();
        assertThat(judged.inTopK()).as(world).isZero();
        assertThat(judged.far()).as(world).isTrue();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void whichThingOfTheShopsOwnMatterStaysTheShops(String language, String cake, String bread, String hours,
                                                    String delivery, String world, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, cake, bread, hours, delivery), own);
        assertThat(judged.confidence()).as(own).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ¿rentan bicicletas eléctricas por horas?
            oigan, ¿no rentan motos para ir a la playa?
            """)
    void rentingIsAskingForAServiceInMexicanSpanish(String question) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate("es",
                "¿Cuánto cuesta una tarta de cumpleaños? Una tarta de cumpleaños cuesta 30 euros, la hacemos por encargo.",
                "¿Puedo encargar pan para el fin de semana? Encargue su pan antes del viernes a mediodía.",
                "¿Cuándo abren? De lunes a sábado de 7 a 18.",
                "¿Reparten? Repartimos pedidos de más de 20 euros en la ciudad."), question);
        assertThat(judged.far()).as(question).isTrue();
        assertThat(judged.confidence()).as(question).isZero();
    }
}
