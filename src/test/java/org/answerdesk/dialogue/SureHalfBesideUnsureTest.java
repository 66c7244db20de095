package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, the FAQ sure of one half and offering choices for the other, while the whole message
 * read as one is sure of nothing or finds it far (issue 61): the sure half answered, the other half's own choices after
 * it, never the whole message's mixed choices nor "not covered" ({@link SureHalf}). Sentences written for this test,
 * seven languages, scripted retrieval.
 */
class SureHalfBesideUnsureTest {

    private static final FaqMatch SURE = new FaqMatch(971, "Does my insurance pay for it?", "Usually.", 0.8);
    private static final FaqMatch OWN = new FaqMatch(972, "What does a new pane cost?", "From 119 €/m².", 0.5);
    private static final FaqMatch RIVAL = new FaqMatch(973, "Do you come at night?", "Yes.", 0.4);
    private static final FaqMatch AWAY = new FaqMatch(974, "When are you open?", "Mon-Fri.", 0.3);

    /** "…, what would a new pane cost and does the home insurance pay for it": the sure half, then the other's choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the glass of our patio door broke last night, what would a new pane cost | and | does the home insurance pay for that
            de | bei uns ist gestern die scheibe der terrassentür gesprungen, was kostet eine neue | und | zahlt das die hausratversicherung
            fr | la vitre de notre porte-fenêtre s'est cassée hier soir, combien coûte une nouvelle | et | l'assurance habitation rembourse ça
            it | ieri sera si è rotto il vetro della portafinestra, quanto costa uno nuovo | e | l'assicurazione della casa lo rimborsa
            es | anoche se nos rompió el cristal de la puerta del patio, cuánto cuesta uno nuevo | y | el seguro del hogar lo cubre
            nl | gisteravond is het glas van onze tuindeur gebarsten, wat kost een nieuwe ruit | en | betaalt de inboedelverzekering dat
            pt | ontem à noite partiu-se o vidro da porta da varanda, quanto custa um novo | e | o seguro da casa paga isso
            """)
    void theSureHalfIsAnsweredAndTheOtherGetsItsOwnChoices(String language, String first, String and,
                                                            String second) {
        String message = first + " " + and + " " + second + "?";
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), RIVAL, SURE, OWN)
                .unsure(lookup(language, first), RIVAL, OWN, AWAY)
                .confident(lookup(language, second + "?"), SURE, AWAY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).hasSize(2);
        assertThat(d.actions().get(0)).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(SURE.entryId()));
        assertThat(d.actions().get(1)).isInstanceOfSatisfying(Action.Clarify.class, c -> {
            assertThat(c.choices()).extracting(FaqMatch::entryId).contains(OWN.entryId())
                    .doesNotContain(SURE.entryId());
            assertThat(c.about()).isNotBlank();
        });
    }

    /** "do you ship to new zealand? if not, could i buy my sister a voucher": never "not covered" for both. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you deliver to new zealand? | if not could i buy my sister in london a voucher to spend in your shop
            de | liefert ihr auch nach neuseeland? | wenn nicht kann ich meiner schwester in london einen gutschein kaufen
            fr | vous livrez en nouvelle-zélande ? | sinon je peux offrir à ma soeur à londres un bon à dépenser chez vous
            es | enviáis a nueva zelanda? | si no puedo comprarle a mi hermana en londres un vale para vuestra tienda
            pt | vocês entregam na nova zelândia? | se não posso comprar para a minha irmã em londres um vale para a vossa loja
            """)
    void aCoveredHalfIsNotSaidNotCoveredWithTheWhole(String language, String question, String rest) {
        String message = question + " " + rest;
        FaqMatch ship = new FaqMatch(981, "Which countries do you ship to?", "EU, UK, US.", 0.6);
        FaqMatch gift = new FaqMatch(982, "Do you sell gift cards?", "Yes, digital ones.", 0.5);
        FakeSearch search = new FakeSearch().offTopic(lookup(language, message), ship, gift, AWAY)
                .confident(lookup(language, question), ship, AWAY)
                .unsure(lookup(language, rest), gift, AWAY, ship);
        Decision d = flow(search, language).says(message);
        assertThat(SetTwentyTwoTwoQuestionsTest.entries(d)).as(message + " -> " + d.actions())
                .startsWith(ship.entryId());
        assertThat(d.actions().get(d.actions().size() - 1)).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices().get(0).entryId()).isEqualTo(gift.entryId()));
    }

    /**
     * Counter-rows, as on main: the sure half's entry not among the whole message's closest (the half reads a word of
     * the case: "faut s'y prendre quand" as the opening hours), the whole message sure of an entry, the other half
     * with no choices, or the other half a statement of the case ("the glass broke last night"): the whole message's
     * reading.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the glass of our patio door broke last night, what would a new pane cost | and | does the home insurance pay for that | away
            fr | la vitre de notre porte-fenêtre s'est cassée hier soir, combien coûte une nouvelle | et | l'assurance habitation rembourse ça | away
            it | ieri sera si è rotto il vetro della portafinestra, quanto costa uno nuovo | e | l'assicurazione della casa lo rimborsa | whole
            de | bei uns ist gestern die scheibe der terrassentür gesprungen, was kostet eine neue | und | zahlt das die hausratversicherung | whole
            nl | gisteravond is het glas van onze tuindeur gebarsten, wat kost een nieuwe ruit | en | betaalt de inboedelverzekering dat | far
            es | anoche se nos rompió el cristal de la puerta del patio, cuánto cuesta uno nuevo | y | el seguro del hogar lo cubre | far
            en | the glass of our patio door broke last night | and | does the home insurance pay for that | statement
            fr | la vitre de notre porte-fenêtre s'est cassée hier soir | et | l'assurance habitation rembourse ça | statement
            pt | ontem à noite partiu-se o vidro da porta da varanda | e | o seguro da casa paga isso | statement
            """)
    void otherwiseTheWholeMessageIsRead(String language, String first, String and, String second, String why) {
        String message = first + " " + and + " " + second + "?";
        FakeSearch search = new FakeSearch();
        if (why.equals("whole")) {
            search.confident(lookup(language, message), OWN, SURE, RIVAL);
        } else {
            search.unsure(lookup(language, message), RIVAL, why.equals("away") ? OWN : SURE, why.equals("away")
                    ? AWAY : OWN);
        }
        if (why.equals("far")) {
            search.far(lookup(language, first), RIVAL, OWN);
        } else {
            search.unsure(lookup(language, first), RIVAL, OWN, AWAY);
        }
        search.confident(lookup(language, second + "?"), why.equals("away") ? SURE : SURE, AWAY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).noneSatisfy(a -> assertThat(a)
                .isInstanceOfSatisfying(Action.Clarify.class, c -> assertThat(c.about()).isNotBlank()));
    }
}
