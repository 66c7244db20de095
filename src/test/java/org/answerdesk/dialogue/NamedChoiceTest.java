package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, one half answered, the other unsure with the entry its own words name third among its
 * closest (issue 61): that entry leads the half's choices ({@link NamedChoice}), the half still not answered.
 * Sentences written for this test, scripted retrieval.
 */
class NamedChoiceTest {

    private static final FaqMatch PICKUP = new FaqMatch(971, "Can I pick up my order?", "Yes, in the shop.", 0.8);
    private static final long OWN = 972;
    private static final long RETURN = 973;
    private static final long WHERE = 974;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pick up my order at the shop | and | how much does the gift wrapping cost | How much is gift wrapping? | gift wrap;wrapping price | How do I return an item? | Where are you?
            de | kann ich meine bestellung im laden abholen | und | was kostet bei euch die geschenkverpackung | Was kostet eine Geschenkverpackung? | Geschenkverpackung;einpacken | Wie schicke ich etwas zurück? | Wo seid ihr?
            fr | je peux retirer ma commande au magasin | et | combien coute chez vous l'emballage cadeau | Combien coûte l'emballage cadeau ? | emballage cadeau;paquet cadeau | Comment retourner un article ? | Où êtes-vous ?
            es | puedo recoger el pedido en la tienda | y | cuanto cuesta el papel de regalo | ¿Cuánto cuesta envolver para regalo? | papel de regalo;envoltorio | ¿Cómo devuelvo un artículo? | ¿Dónde están?
            it | posso ritirare l'ordine in negozio | e | quanto costa da voi la confezione regalo | Quanto costa la confezione regalo? | confezione regalo;pacchetto regalo | Come faccio un reso? | Dove siete?
            nl | kan ik mijn bestelling in de winkel ophalen | en | wat kost het inpakken als cadeau | Wat kost cadeauverpakking? | inpakken;cadeau verpakken | Hoe stuur ik iets terug? | Waar zitten jullie?
            """)
    void theEntryTheUnsureHalfNamesLeadsItsChoices(String language, String first, String and, String second,
                                                    String own, String keywords, String back, String where) {
        Decision d = says(language, first, and, second, own, keywords, back, where);
        assertThat(d.actions()).as(d.actions().toString()).hasSize(2);
        assertThat(d.actions().get(0)).isInstanceOf(Action.FaqAnswer.class);
        assertThat(d.actions().get(1)).as(first + " " + and + " " + second + " -> " + d.actions())
                .isInstanceOfSatisfying(Action.Clarify.class,
                        c -> assertThat(c.choices().get(0).entryId()).isEqualTo(OWN));
    }

    /** Counter-rows: a half whose words name none of its closest entries keeps their order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pick up my order at the shop | and | what about the other thing i mentioned | How much is gift wrapping? | gift wrap | How do I return an item? | Where are you?
            de | kann ich meine bestellung im laden abholen | und | was ist mit dem anderen ding von vorhin | Was kostet eine Geschenkverpackung? | Geschenkverpackung | Wie schicke ich etwas zurück? | Wo seid ihr?
            fr | je peux retirer ma commande au magasin | et | pour l'autre truc dont je parlais | Combien coûte l'emballage cadeau ? | emballage cadeau | Comment retourner un article ? | Où êtes-vous ?
            """)
    void aHalfThatNamesNoEntryKeepsItsOrder(String language, String first, String and, String second, String own,
                                            String keywords, String back, String where) {
        Decision d = says(language, first, and, second, own, keywords, back, where);
        assertThat(d.actions().get(d.actions().size() - 1)).as(d.actions().toString())
                .isInstanceOfSatisfying(Action.Clarify.class,
                        c -> assertThat(c.choices().get(0).entryId()).isEqualTo(RETURN));
    }

    private static Decision says(String language, String first, String and, String second, String own,
                                 String keywords, String back, String where) {
        String message = first + " " + and + " " + second;
        FaqMatch ownEntry = new FaqMatch(OWN, own, "Answer.", 0.4);
        FaqMatch backEntry = new FaqMatch(RETURN, back, "Answer.", 0.5);
        FaqMatch whereEntry = new FaqMatch(WHERE, where, "Answer.", 0.45);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), PICKUP, backEntry, ownEntry)
                .confident(lookup(language, first), PICKUP, backEntry)
                .unsure(lookup(language, second), backEntry, whereEntry, ownEntry)
                .unsure(lookup(language, and + " " + second), backEntry, whereEntry, ownEntry)
                .worded(ownEntry, keywords.split(";"));
        return flow(search, language).says(message);
    }
}
