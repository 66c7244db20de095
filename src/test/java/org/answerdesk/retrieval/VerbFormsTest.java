package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A Spanish FAQ asks with an infinitive ("cancelar", "pagar"), a customer tells with a conjugated verb, often with a
 * pronoun attached ("cancelarlo", "pagué"): the lexical side reads both as one term, with or without the accents.
 * (Snowball's Portuguese, Italian and French stemmers were replayed too and not kept: docs/retrieval.md, es44.)
 */
class VerbFormsTest {

    private static boolean share(String faq, String customer, String tag) {
        Locale language = Locale.forLanguageTag(tag);
        return ContentTerms.of(faq, language).stream().anyMatch(ContentTerms.of(customer, language)::contains);
    }

    @Test
    void spanishConjugatedAndCliticFormsMeetTheInfinitive() {
        assertThat(share("¿Puedo cancelar mi pedido?", "ya no lo quiero, hay que cancelarlo", "es")).isTrue();
        assertThat(share("¿Cómo puedo pagar?", "ya pagué ayer por transferencia", "es")).isTrue();
        assertThat(share("¿Qué come el perro en la residencia?", "y allí qué comen los perritos", "es")).isTrue();
        assertThat(share("¿Dónde puedo dejar el coche?", "lo dejo en la puerta?", "es")).isTrue();
    }

    @Test
    void anAccentedQuestionWordIsNoTerm() {
        assertThat(ContentTerms.of("¿Cómo pago?", Locale.forLanguageTag("es")))
                .isEqualTo(ContentTerms.of("como pago", Locale.forLanguageTag("es")));
        assertThat(ContentTerms.of("¿Dónde están?", Locale.forLanguageTag("es"))).isEmpty();
    }

    @Test
    void anAccentTypedOrNotIsOneTerm() {
        assertThat(ContentTerms.of("devolución", Locale.forLanguageTag("es")))
                .isEqualTo(ContentTerms.of("devolucion", Locale.forLanguageTag("es")));
        assertThat(ContentTerms.of("entregué", Locale.forLanguageTag("es")))
                .isEqualTo(ContentTerms.of("entregue", Locale.forLanguageTag("es")));
    }
}
