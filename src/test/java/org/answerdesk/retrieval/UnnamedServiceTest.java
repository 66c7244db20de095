package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question the FAQ covers is not a service the shop never names (issue 61 item 4, the false "I can't answer that
 * here"): a long word the shop never uses in a greeting or a sentence about the customer around a question whose
 * words name one of the entries it would be offered ("do you ship to norway? my grandmother lives near stavanger")
 * does not make it far. A service the shop never names stays far, its long new word in the sentence that asks or in
 * the next. A web shop of four entries per language, the questions written for this test; the head gives its best
 * entry half its probability, the background far.
 */
class UnnamedServiceTest {

    private static final String SHOPS = """
            en | Which countries do you ship to? We ship to the EU, the UK and the US. | Which payment methods do you accept? Card, PayPal and bank transfer; the payment is taken when you order. | How do I return an item? Returns within 30 days, with the label from your account. | When is customer service available? Monday to Friday, 9 to 17. | hello there! do you ship to norway? my grandmother lives near stavanger | hello! do you do tattoos? my girlfriend wants something colourful | hello there! do you also do photography for weddings?
            de | In welche Länder liefert ihr? Wir liefern in die EU, nach Großbritannien und in die USA. | Welche Zahlungsarten akzeptiert ihr? Karte, PayPal und Überweisung; die Zahlung wird bei der Bestellung abgebucht. | Wie schicke ich einen Artikel zurück? Rücksendungen innerhalb von 30 Tagen mit dem Etikett aus deinem Konto. | Wann ist der Kundendienst erreichbar? Montag bis Freitag, 9 bis 17 Uhr. | hallo zusammen! könnt ihr auch nach polen liefern? meine großmutter wohnt in stettin | hallo! macht ihr tattoos? meine freundin möchte etwas buntes | hallo zusammen! macht ihr auch hochzeitsfotografie?
            fr | Dans quels pays livrez-vous ? Nous livrons dans l'UE, au Royaume-Uni et aux États-Unis ; la livraison prend 3 à 5 jours. | Quels moyens de paiement acceptez-vous ? Carte, PayPal et virement ; le paiement est débité à la commande. | Comment retourner un article ? Retours sous 30 jours avec l'étiquette de votre compte. | Quand le service client est-il joignable ? Du lundi au vendredi, de 9 h à 17 h. | bonjour ! vous pouvez faire la livraison en suisse ? ma grand-mère habite à neuchâtel | bonjour ! vous faites des tatouages ? ma copine voudrait quelque chose de coloré | bonjour ! vous faites aussi la photographie de mariage ?
            it | In quali paesi spedite? Spediamo in UE, Regno Unito e Stati Uniti; la spedizione richiede 3-5 giorni. | Quali metodi di pagamento accettate? Carta, PayPal e bonifico; il pagamento è addebitato all'ordine. | Come restituisco un articolo? Resi entro 30 giorni con l'etichetta del tuo account. | Quando è disponibile il servizio clienti? Dal lunedì al venerdì, dalle 9 alle 17. | buongiorno! la spedizione a malta la fate? mia nonna abita a valletta | ciao! fate tatuaggi? la mia ragazza vorrebbe qualcosa di colorato | buongiorno! fate anche fotografie per matrimoni?
            es | ¿A qué países envían? Enviamos a la UE, Reino Unido y Estados Unidos; los envíos tardan 3-5 días. | ¿Qué métodos de pago aceptan? Tarjeta, PayPal y transferencia; el pago se carga al hacer el pedido. | ¿Cómo devuelvo un artículo? Devoluciones en 30 días con la etiqueta de tu cuenta. | ¿Cuándo atiende el servicio al cliente? De lunes a viernes, de 9 a 17. | ¡hola! ¿hacen envíos a chile? mi abuela vive en valparaíso | ¡hola! ¿hacen tatuajes? mi novia quiere algo colorido | ¡hola! ¿hacen también fotografía de bodas?
            nl | Naar welke landen verzenden jullie? We verzenden naar de EU, het VK en de VS. | Welke betaalmethoden accepteren jullie? Kaart, PayPal en overschrijving; de betaling wordt bij de bestelling afgeschreven. | Hoe stuur ik een artikel terug? Retour binnen 30 dagen met het label uit je account. | Wanneer is de klantenservice bereikbaar? Maandag tot vrijdag, 9 tot 17 uur. | hoi! kunnen jullie ook naar malta verzenden? mijn oma woont in valletta | hoi! doen jullie tattoos? mijn vriendin wil iets kleurrijks | hoi! doen jullie ook trouwfotografie?
            pt | Para que países enviam? Enviamos para a UE, o Reino Unido e os EUA; os envios demoram 3 a 5 dias. | Que formas de pagamento aceitam? Cartão, PayPal e transferência; o pagamento é cobrado na encomenda. | Como devolvo um artigo? Devoluções em 30 dias com a etiqueta da sua conta. | Quando está disponível o apoio ao cliente? De segunda a sexta, das 9 às 17. | olá! fazem envios para malta? a minha avó mora em valletta | olá! vocês fazem tatuagens? a minha namorada queria algo colorido | olá! vocês também fazem fotografia de casamentos?
            """;

    private static FarGate shop(String language, String countries, String payment, String returns, String hours) {
        return FarGate.of(Map.of(1L, List.of(countries), 2L, List.of(payment), 3L, List.of(returns), 4L,
                List.of(hours)), language);
    }

    /** The head gives {@code first} half its probability, the next entry a third; the background far. */
    private static FaqIndex.Ranking unsure(long first, long second) {
        return new FaqIndex.Ranking(List.of(new FaqMatch(first, "q1", "a1", 0.5), new FaqMatch(second, "q2", "a2", 0.4)),
                0.1, 3, 0.6, List.of(0.5, 0.3));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = SHOPS)
    void aLongNewWordOutsideTheSentenceThatAsksIsNoService(String language, String countries, String payment,
                                                           String returns, String hours, String around,
                                                           String elsewhere, String service) {
        FarGate gate = shop(language, countries, payment, returns, hours);

        assertThat(gate.far(unsure(1, 2), 0.3, around)).as(around).isFalse();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = SHOPS)
    void aServiceNamingNoEntryStaysFarWhereverItsLongWordIs(String language, String countries, String payment,
                                                            String returns, String hours, String around,
                                                            String elsewhere, String service) {
        FarGate gate = shop(language, countries, payment, returns, hours);

        assertThat(gate.far(unsure(1, 2), 0.3, elsewhere)).as(elsewhere).isTrue();
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', textBlock = SHOPS)
    void aServiceTheShopNeverNamesStaysFar(String language, String countries, String payment, String returns,
                                           String hours, String around, String elsewhere, String service) {
        FarGate gate = shop(language, countries, payment, returns, hours);

        assertThat(gate.far(unsure(1, 2), 0.3, service)).as(service).isTrue();
    }
}
