package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Passage;
import org.junit.jupiter.api.Test;

class PassageLanguagesTest {

    private static final List<Passage> PAGES = List.of(
            new Passage(1, "Versand", "", "https://shop.example/versand",
                    "Wir versenden alle Bestellungen innerhalb von zwei Werktagen mit DHL an Ihre Adresse."),
            new Passage(2, "Shipping", "", "https://shop.example/shipping",
                    "We ship every order within two working days to the address you gave us."),
            new Passage(3, "Envíos", "", "https://shop.example/envios",
                    "Enviamos todos los pedidos en dos días laborables a la dirección que nos indicaste."),
            new Passage(4, "FAQ", "", "https://shop.example/faq", "DHL 4,90 €"));

    @Test
    void aShopOfEnglishAloneReadsEveryPassageInEnglish() {
        assertThat(new PassageLanguages(Languages.of("en")).of(PAGES)).containsExactly("en", "en", "en", "en");
    }

    @Test
    void anotherShopReadsEachPassageInTheLanguageItIsWrittenIn() {
        // a passage too short to tell is the shop's default language's
        assertThat(new PassageLanguages(Languages.of("de")).of(PAGES)).containsExactly("de", "en", "es", "de");
        assertThat(new PassageLanguages(Languages.of("es", "en")).of(PAGES)).containsExactly("de", "en", "es", "es");
    }
}
