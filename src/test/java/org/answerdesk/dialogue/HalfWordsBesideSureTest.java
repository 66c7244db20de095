package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, one half sure of its entry and the other unsure (issue 61): the unsure half is
 * answered with its first entry only where its own words also name that entry (its question, keywords or phrasings)
 * and no rival as much ({@link HalfWords}); otherwise its choices, headed by its words, as before. Sentences written
 * for this test, seven languages, scripted retrieval (the unsure half at a "did you mean" score).
 */
class HalfWordsBesideSureTest {

    private static final FaqMatch PICKUP = new FaqMatch(961, "Can I pick up my order?", "Yes, in the shop.", 0.8);
    private static final long OWN = 962;
    private static final long RIVAL = 963;

    /** "can i pick up my order at the shop and do you also sell gift vouchers": both answered, in order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pick up my order at the shop | and | do you also sell gift vouchers for a birthday | Do you sell gift vouchers? | gift card;voucher as a present | How do I return an item?
            de | kann ich meine bestellung im laden abholen | und | verkauft ihr auch gutscheine zum geburtstag | Verkauft ihr Gutscheine? | Geschenkgutschein;Gutschein verschenken | Wie schicke ich etwas zurück?
            fr | je peux retirer ma commande au magasin | et | vous vendez aussi des cartes cadeaux pour un anniversaire | Vendez-vous des cartes cadeaux ? | carte cadeau;bon d'achat | Comment retourner un article ?
            it | posso ritirare l'ordine in negozio | e | vendete anche buoni regalo per un compleanno | Vendete buoni regalo? | buono regalo;carta regalo | Come faccio un reso?
            es | puedo recoger el pedido en la tienda | y | vendéis también tarjetas regalo para un cumpleaños | ¿Vendéis tarjetas regalo? | tarjeta regalo;vale de compra | ¿Cómo devuelvo un artículo?
            nl | kan ik mijn bestelling in de winkel ophalen | en | verkopen jullie ook cadeaubonnen voor een verjaardag | Verkopen jullie cadeaubonnen? | cadeaubon;waardebon | Hoe stuur ik iets terug?
            pt | posso levantar a encomenda na loja | e | vendem também vales de oferta para um aniversário | Vendem vales de oferta? | vale de oferta;cartão presente | Como devolvo um artigo?
            """)
    void theUnsureHalfWhoseWordsNameItsEntryIsAnswered(String language, String first, String and, String second,
                                                        String own, String keywords, String rival) {
        Decision d = says(language, first, and, second, own, keywords, rival, "");
        assertThat(d.actions()).as(first + " " + and + " " + second + " -> " + d.actions()).hasSize(2)
                .allSatisfy(a -> assertThat(a).isInstanceOf(Action.FaqAnswer.class));
        assertThat(SetTwentyTwoTwoQuestionsTest.entries(d)).containsExactly(PICKUP.entryId(), OWN);
    }

    /** The unsure half first, the sure one after the "and": answered in the message's order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell gift vouchers for christmas | and | can i pick up my order at the shop | Do you sell gift vouchers? | gift card | How do I return an item?
            de | verkauft ihr gutscheine für weihnachten | und | kann ich meine bestellung im laden abholen | Verkauft ihr Gutscheine? | Geschenkgutschein | Wie schicke ich etwas zurück?
            it | vendete buoni regalo per natale | e | posso ritirare l'ordine in negozio | Vendete buoni regalo? | carta regalo | Come faccio un reso?
            """)
    void beforeTheSureHalfToo(String language, String first, String and, String second, String own,
                              String keywords, String rival) {
        String message = first + " " + and + " " + second;
        FaqMatch ownEntry = new FaqMatch(OWN, own, "Answer.", 0.5);
        FaqMatch rivalEntry = new FaqMatch(RIVAL, rival, "Answer.", 0.4);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), PICKUP, ownEntry, rivalEntry)
                .unsure(lookup(language, first), ownEntry, rivalEntry, PICKUP)
                .confident(lookup(language, second), PICKUP, rivalEntry)
                .worded(ownEntry, keywords.split(";"));
        Decision d = flow(search, language).says(message);
        assertThat(SetTwentyTwoTwoQuestionsTest.entries(d)).as(message + " -> " + d.actions())
                .containsExactly(OWN, PICKUP.entryId());
    }

    /**
     * Counter-rows, as on main: a half that shares one word with its entry ("voucher" of a spa day), or whose words
     * name a rival as much ("send a gift voucher back": the voucher and the return), keeps its choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pick up my order at the shop | and | is there a voucher for a spa weekend | Do you sell gift vouchers? | gift card | How do I return an item? |
            en | can i pick up my order at the shop | and | can i send a gift voucher back | Do you sell gift vouchers? | gift card | How do I return an item? | send back;refund
            fr | je peux retirer ma commande au magasin | et | je peux renvoyer une carte cadeau | Vendez-vous des cartes cadeaux ? | carte cadeau | Comment renvoyer un article ? | renvoyer un cadeau;remboursement
            nl | kan ik mijn bestelling in de winkel ophalen | en | kan ik een cadeaubon terugsturen | Verkopen jullie cadeaubonnen? | cadeaubon | Hoe kan ik iets terugsturen? | terugsturen;geld terug
            """)
    void aHalfWhoseWordsDoNotSingleOutItsEntryKeepsItsChoices(String language, String first, String and,
                                                              String second, String own, String keywords,
                                                              String rival, String rivalWords) {
        Decision d = says(language, first, and, second, own, keywords, rival, rivalWords == null ? "" : rivalWords);
        assertThat(d.actions().get(0)).isInstanceOf(Action.FaqAnswer.class);
        assertThat(d.actions().get(d.actions().size() - 1)).as(first + " " + and + " " + second + " -> "
                + d.actions()).isInstanceOfSatisfying(Action.Clarify.class, c -> {
                    assertThat(c.choices().get(0).entryId()).isEqualTo(OWN);
                    assertThat(c.about()).isNotBlank();
                });
    }

    private static Decision says(String language, String first, String and, String second, String own,
                                 String keywords, String rival, String rivalWords) {
        String message = first + " " + and + " " + second;
        FaqMatch ownEntry = new FaqMatch(OWN, own, "Answer.", 0.5);
        FaqMatch rivalEntry = new FaqMatch(RIVAL, rival, "Answer.", 0.4);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), PICKUP, ownEntry, rivalEntry)
                .confident(lookup(language, first), PICKUP, rivalEntry)
                .unsure(lookup(language, second), ownEntry, rivalEntry, PICKUP)
                .unsure(lookup(language, and + " " + second), ownEntry, rivalEntry, PICKUP)
                .worded(ownEntry, keywords.split(";"));
        if (!rivalWords.isEmpty()) {
            search.worded(rivalEntry, rivalWords.split(";"));
        }
        return flow(search, language).says(message);
    }
}
