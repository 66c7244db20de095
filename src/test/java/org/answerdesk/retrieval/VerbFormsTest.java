package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * An FAQ asks with an infinitive or a noun ("cancel", "pay"), a customer tells with a conjugated verb, often with a
 * pronoun attached ("I paid", "cancel it"): the lexical side reads both as one term, with or without the accents.
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
    void portugueseConjugatedFormsMeetTheInfinitive() {
        assertThat(share("Posso cancelar a encomenda?", "eu cancelei ontem, e agora?", "pt")).isTrue();
        assertThat(share("Como faço a reserva?", "reservei ontem para dois", "pt")).isTrue();
        assertThat(share("Posso trocar o tamanho?", "quero trocá-lo por outro", "pt")).isTrue();
    }

    @Test
    void italianConjugatedAndCliticFormsMeetTheInfinitive() {
        assertThat(share("Posso cancellare l'ordine?", "vorrei cancellarlo subito", "it")).isTrue();
        assertThat(share("Come posso pagare?", "ho pagato con la carta", "it")).isTrue();
    }

    @Test
    void frenchConjugatedFormsMeetTheInfinitive() {
        assertThat(share("Puis-je annuler ma réservation ?", "j'annule tout, c'est possible ?", "fr")).isTrue();
        assertThat(share("Livrez-vous le dimanche ?", "vous me livrerez quand ?", "fr")).isTrue();
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
        assertThat(ContentTerms.of("cancelação", Locale.forLanguageTag("pt")))
                .isEqualTo(ContentTerms.of("cancelacao", Locale.forLanguageTag("pt")));
        assertThat(ContentTerms.of("qualità", Locale.forLanguageTag("it")))
                .isEqualTo(ContentTerms.of("qualita", Locale.forLanguageTag("it")));
    }
}
