package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "You don't understand anything" is a push-back in every shipped language (set 10: "pff je snapt t gewoon niet",
 * "affe, tu não entende nada mesmo", "geh bittschön, is des so schwer" were read as questions and got new choices);
 * the customer not understanding something of the shop's stays a question.
 */
class YouDoNotUnderstandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ugh you really dont understand me
            en | seriously u get nothing huh
            de | boah der bot kapiert echt nix
            de | ist das wirklich so schwer
            es | ay no me entendés ni jota
            es | usted no entiende nada
            fr | franchement vous comprenez rien
            fr | le bot capte que dalle
            it | dai non capite proprio niente
            it | uffa tu non capisci nulla
            pt | pff vc não percebe nada
            pt | oxe voces nao entendem nada visse
            nl | nou jij begrijpt het echt niet
            nl | die bot snapt er niks van hoor
            """)
    void sayingTheBotDoesNotUnderstandIsAPushBack(String language, String message) {
        var reading = Acts.read(message, Locale.forLanguageTag(language));
        assertThat(reading.act()).as(message).contains(Act.NOT_HELPED);
        assertThat(reading.onlyAct()).as(message).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i dont understand how the return label works
            en | do you understand german invoices
            de | ich verstehe die Rechnung nicht
            es | no entiendo nada del presupuesto
            fr | je comprends rien à votre facture
            it | non capisco niente del preventivo
            pt | não entendi nada do orçamento
            nl | ik snap de factuur niet
            """)
    void theCustomerNotUnderstandingSomethingStaysAQuestion(String language, String message) {
        var reading = Acts.read(message, Locale.forLanguageTag(language));
        assertThat(reading.onlyAct()).as(message).isFalse();
    }
}
