package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, the FAQ sure of neither half (issue 61): a half whose own words name its first entry
 * by at least {@link HalfWords#ALONE} terms, and no rival as much, is answered with it; the other half then as beside
 * a sure one ({@link HalfWords#agree}). Before, the message got one list of choices mixing both topics. Sentences
 * written for this test, seven languages, scripted retrieval (each half at a "did you mean" score).
 */
class HalfWordsAloneTest {

    private static final long VOUCHER = 991;
    private static final long PICKUP = 992;
    private static final FaqMatch RIVAL = new FaqMatch(993, "When are you open?", "Mon-Fri.", 0.4);

    /** "do you sell gift vouchers for a birthday and can i collect my order in the shop": both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell gift vouchers for a birthday | and | can i collect my order in the shop | Do you sell gift vouchers? | gift voucher;sell vouchers as a present | Can I collect my order in the shop? | collect order;pick up in the shop
            de | verkauft ihr geschenkgutscheine zum geburtstag | und | kann ich meine bestellung im laden abholen | Verkauft ihr Geschenkgutscheine? | Gutschein verkaufen;Geschenkgutschein | Kann ich meine Bestellung im Laden abholen? | Bestellung abholen;im Laden abholen
            fr | vous vendez des cartes cadeaux pour un anniversaire | et | je peux retirer ma commande au magasin | Vendez-vous des cartes cadeaux ? | carte cadeau;vendre carte cadeau | Puis-je retirer ma commande au magasin ? | retirer commande;magasin
            it | vendete buoni regalo per un compleanno | e | posso ritirare l'ordine in negozio | Vendete buoni regalo? | buono regalo;vendere buoni | Posso ritirare l'ordine in negozio? | ritirare ordine;negozio
            es | vendéis tarjetas regalo para un cumpleaños | y | puedo recoger el pedido en la tienda | ¿Vendéis tarjetas regalo? | tarjeta regalo;vender tarjetas | ¿Puedo recoger el pedido en la tienda? | recoger pedido;tienda
            nl | verkopen jullie cadeaubonnen voor een verjaardag | en | kan ik mijn bestelling in de winkel ophalen | Verkopen jullie cadeaubonnen? | cadeaubon verkopen;cadeaubonnen | Kan ik mijn bestelling in de winkel ophalen? | bestelling ophalen;winkel
            pt | vendem vales de oferta para um aniversário | e | posso levantar a encomenda na loja | Vendem vales de oferta? | vale de oferta;vender vales | Posso levantar a encomenda na loja? | levantar encomenda;loja
            """)
    void halvesWhoseWordsNameTheirEntriesAreAnswered(String language, String first, String and, String second,
                                                     String voucher, String voucherWords, String pickup,
                                                     String pickupWords) {
        Decision d = says(language, first, and, second, voucher, voucherWords, pickup, pickupWords);
        assertThat(d.actions()).as(first + " " + and + " " + second + " -> " + d.actions()).hasSize(2)
                .allSatisfy(a -> assertThat(a).isInstanceOf(Action.FaqAnswer.class));
        assertThat(SetTwentyTwoTwoQuestionsTest.entries(d)).containsExactly(VOUCHER, PICKUP);
    }

    /**
     * Counter-rows, as on main: halves that share fewer words with their entries ("a voucher for a spa weekend": one
     * word; the entries unworded) keep the choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is there a voucher for a spa weekend | and | when could someone come by | Do you sell gift vouchers? | gift card | Can I collect my order in the shop? | collect
            de | gibt es einen gutschein für ein wellnesswochenende | und | wann könnte jemand vorbeikommen | Verkauft ihr Geschenkgutscheine? | Geschenkkarte | Kann ich meine Bestellung im Laden abholen? | abholen
            it | c'è un buono per un weekend alle terme | e | quando potrebbe passare qualcuno | Vendete buoni regalo? | carta regalo | Posso ritirare l'ordine in negozio? | ritirare
            """)
    void halvesThatShareFewWordsKeepTheirChoices(String language, String first, String and, String second,
                                                 String voucher, String voucherWords, String pickup,
                                                 String pickupWords) {
        Decision d = says(language, first, and, second, voucher, voucherWords, pickup, pickupWords);
        assertThat(d.actions()).as(first + " " + and + " " + second + " -> " + d.actions())
                .noneSatisfy(a -> assertThat(a).isInstanceOf(Action.FaqAnswer.class));
    }

    private static Decision says(String language, String first, String and, String second, String voucher,
                                 String voucherWords, String pickup, String pickupWords) {
        String message = first + " " + and + " " + second;
        FaqMatch voucherEntry = new FaqMatch(VOUCHER, voucher, "Answer.", 0.5);
        FaqMatch pickupEntry = new FaqMatch(PICKUP, pickup, "Answer.", 0.5);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), voucherEntry, pickupEntry, RIVAL)
                .unsure(lookup(language, first), voucherEntry, RIVAL, pickupEntry)
                .unsure(lookup(language, second), pickupEntry, RIVAL, voucherEntry)
                .unsure(lookup(language, and + " " + second), pickupEntry, RIVAL, voucherEntry)
                .worded(voucherEntry, voucherWords.split(";"))
                .worded(pickupEntry, pickupWords.split(";"));
        return flow(search, language).says(message);
    }
}
