package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case told in a sentence of its own, typed while "did you mean" choices show, whose clauses an objection word joins
 * ("but", "aber", "mais", "pero"): a message of its own, not an objection to the choices. It gets its own choices, as
 * any message typed there does; only a remark as short as a follow-up ("i sent back everything tho") objects.
 */
class ToldCaseWhileChoicesTest {

    private static final FaqMatch LOST = entry(71, "My parcel is lost. What can I do?");
    private static final FaqMatch DAMAGED = entry(72, "My item arrived damaged. What should I do?");
    private static final FaqMatch PAY = entry(73, "My payment failed. What should I do?");

    /** Every reading of {@code message} the FAQ may be asked for is unsure of {@code first}, then {@code second}. */
    private static void unsure(FakeSearch search, String message, Locale lang, FaqMatch first, FaqMatch second) {
        search.unsure(message, first, second);
        search.unsure(Cleanup.forLookup(message, lang), first, second);
        search.unsure(Cleanup.forLookup(Acts.read(message, lang).question(), lang), first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my order has a problem, what can i do   | the parcel came this morning but the glass vase inside was broken in three pieces
            de | meine Bestellung hat ein Problem, was tun| das Paket kam heute früh an aber die Glasvase darin war in drei Teile zerbrochen
            fr | ma commande a un souci, je fais quoi    | le colis est arrivé ce matin mais le vase en verre dedans était cassé en trois morceaux
            es | mi pedido tiene un problema, qué hago   | el paquete llegó esta mañana pero el jarrón de vidrio venía roto en tres pedazos
            it | il mio ordine ha un problema, che faccio| il pacco è arrivato stamattina ma il vaso di vetro dentro era rotto in tre pezzi
            pt | a minha encomenda tem um problema, o que faço| a caixa chegou hoje de manhã mas a jarra de vidro lá dentro vinha partida em três
            nl | mijn bestelling heeft een probleem, wat nu| het pakket kwam vanochtend aan maar de glazen vaas erin was in drie stukken gebroken
            """)
    void aToldCaseJoinedByButGetsItsOwnChoices(String language, String opener, String told) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        unsure(search, opener, lang, LOST, PAY);
        unsure(search, told, lang, DAMAGED, LOST);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(opener).main()).isInstanceOf(Action.Clarify.class);

        Action main = flow.says(told).main();
        assertThat(main).as(told).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) main).choices().get(0)).isEqualTo(DAMAGED);
    }
}
