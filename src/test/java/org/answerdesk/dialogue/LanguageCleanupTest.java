package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clean-up in the shipped languages: greetings, sign-offs, order-number labels and dates set aside. */
class LanguageCleanupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Hallo zusammen,\\nwann kommt meine Lieferung?\\nMit freundlichen Grüßen\\nAnna Schmidt | wann kommt meine Lieferung?
            de | Guten Tag, kann ich mit Rechnung bezahlen? Viele Grüße                      | kann ich mit Rechnung bezahlen?
            es | Hola, ¿cuánto tarda el envío? Saludos                                         | ¿cuánto tarda el envío?
            es | Buenos días:\\n¿Puedo cambiar la talla?\\nAtentamente,\\nLucía Pérez          | ¿Puedo cambiar la talla?
            fr | Bonjour, où est ma commande ?\\nCordialement\\nMarie Dupont                     | où est ma commande ?
            it | Buongiorno, come funziona il reso?\\nCordiali saluti                           | come funziona il reso?
            pt | Olá, quanto tempo demora a entrega?\\nAtenciosamente,\\nJoão Silva             | quanto tempo demora a entrega?
            nl | Hallo, hoe werkt het retourneren?\\nMet vriendelijke groet,\\nJan de Vries      | hoe werkt het retourneren?
            """)
    void greetingsAndSignOffsAreSetAside(String language, String message, String question) {
        assertThat(Cleanup.withoutWrapping(message.replace("\\n", "\n"), Locale.forLanguageTag(language)))
                .isEqualTo(question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Meine Bestellnummer ist 4711-2023. Wo ist mein Paket?       | Wo ist mein Paket?
            de | Bestellnummer: 100234 – wann wird sie verschickt?            | – wann wird sie verschickt?
            de | Ich habe am 3. März bestellt, wann kommt das Paket?          | Ich habe am bestellt, wann kommt das Paket?
            es | Mi n.º de pedido es 55321. ¿Dónde está?                      | ¿Dónde está?
            es | ¿Dónde está mi pedido? N.º de pedido: 55321                    | ¿Dónde está mi pedido?
            fr | Numéro de commande : 88213. Quand sera-t-elle livrée ?       | Quand sera-t-elle livrée ?
            it | Il mio numero d'ordine è 77120. Quando arriva?               | Quando arriva?
            pt | O número do pedido é 99812. Quando chega?                    | Quando chega?
            nl | Mijn bestelnummer is 123456. Waar blijft mijn pakket?        | Waar blijft mijn pakket?
            """)
    void orderNumbersWithTheirLabelsAreSetAside(String language, String message, String lookup) {
        assertThat(Cleanup.forLookup(message, Locale.forLanguageTag(language))).isEqualTo(lookup);
    }
}
