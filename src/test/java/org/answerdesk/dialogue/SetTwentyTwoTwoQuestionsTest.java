package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 22's two questions in one message of which one half was dropped (issue 61), each class in the seven shipped
 * languages with sentences written for this test (scripted retrieval):
 * <ul>
 * <li>the bot question ("a person or a robot?"), then a question of the shop's after its question mark: the act's
 * rules read the whole message as the bot question and the question after it was dropped (es 2.4); the bot says what
 * it is and the question is answered;</li>
 * <li>a short question going on from the turn before, led by "and" ("and does it expire?"), then a marked question of
 * its own: read whole, the second half's answer stood for both (es 2.3); now two questions;</li>
 * <li>a request ended by "." and a question an "and" opens after it ("i would like to make an account. and later,
 * can i delete it?"): read whole, one half's entry was pushed out of the choices (en 14.1); now two questions;</li>
 * </ul>
 */
class SetTwentyTwoTwoQuestionsTest {

    private static final FaqMatch DELIVERY = new FaqMatch(701, "Where do you deliver?", "Everywhere in the country.",
            0.8);

    /** "a person or a robot? never mind, do you deliver to X?": what the bot is, then the question's answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a real person or a bot? never mind, do you deliver to ireland?
            de | bist du ein mensch oder ein bot? egal, liefert ihr auch nach linz?
            fr | vous êtes un robot ou une personne ? bon peu importe, vous livrez à lyon ?
            it | sei una persona o un robot? vabbè, consegnate anche a bergamo?
            es | hablo con una persona o con un robot? bueno, hacéis envíos a canarias?
            nl | ben jij een mens of een robot? maakt niet uit, bezorgen jullie ook in utrecht?
            pt | você é uma pessoa ou um robô? pronto, entregam no porto?
            """)
    void aQuestionAfterThePersonOrRobotQuestionIsAnswered(String language, String message) {
        String after = message.substring(message.indexOf('?') + 1).strip();
        FakeSearch search = new FakeSearch().confident(lookup(language, after), DELIVERY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).contains(new Action.ActReply(Act.BOT, false));
        assertThat(d.main()).as(message + " -> " + d.actions()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(DELIVERY));
    }

    /** A remark after the bot question, no question of its own: the bot question alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a person or a robot? just wondering, no offence
            fr | vous êtes une vraie personne ou un programme? vous répondez trop vite
            es | eres una persona o un robot? bueno da igual
            """)
    void aRemarkAfterTheBotQuestionStaysTheAct(String language, String message) {
        Decision d = flow(new FakeSearch(), language).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    private static final FaqMatch VOUCHER = new FaqMatch(702, "How long is a voucher valid?", "Two years.", 0.5);
    private static final FaqMatch SALE = new FaqMatch(703, "Can I use a voucher on sale items?", "Yes.", 0.8);
    private static final FaqMatch ADDRESS = new FaqMatch(704, "Can I change the delivery address?",
            "Yes, until the order ships.", 0.8);
    private static final FaqMatch CANCEL = new FaqMatch(705, "How do I cancel an item?", "From your account.", 0.8);

    /** "and does it expire? can I use it on sale items?": the second answered, the first offered, none dropped. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | and does it expire? | can i use it on sale items?
            de | und läuft das ab? | kann ich ihn auch im sale einlösen?
            fr | et ça expire ? | je peux l'utiliser pendant les soldes ?
            it | e questo scade? | posso usarlo anche sui saldi?
            es | y eso vence? | lo puedo usar en las rebajas?
            nl | en verloopt dat? | kan ik hem ook in de uitverkoop gebruiken?
            pt | e isso expira? | posso usar nos saldos também?
            """)
    void aShortQuestionGoingOnAndOneOfItsOwnAreTwo(String language, String first, String second) {
        String message = first + " " + second;
        String rest = Parts.withoutAnd(first, Locale.forLanguageTag(language));
        FakeSearch search = new FakeSearch().unsure(lookup(language, rest), VOUCHER)
                .confident(lookup(language, second), SALE);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).contains(VOUCHER.entryId(), SALE.entryId());
    }

    /** "i want to change the delivery address. and then, how do I cancel one item?": both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i want to change the delivery address | and then, | how do i cancel one item?
            de | ich möchte die lieferadresse ändern | und dann noch, | wie storniere ich einen artikel?
            fr | je voudrais changer l'adresse de livraison | et sinon, | comment j'annule un article ?
            it | vorrei cambiare l'indirizzo di consegna | e poi, | come annullo un solo articolo?
            es | quiero cambiar la dirección de entrega | y otra cosa, | cómo cancelo un solo artículo?
            nl | ik wil het bezorgadres wijzigen | en verder, | hoe annuleer ik één artikel?
            pt | queria mudar a morada de entrega | e já agora, | como cancelo só um artigo?
            """)
    void aRequestThenAQuestionAnAndOpensAreTwo(String language, String request, String and, String question) {
        String message = request + ". " + and + " " + question;
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(language, request), ADDRESS)
                .confident(lookup(language, Parts.withoutAnd(and + " " + question, lang)), CANCEL);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).contains(ADDRESS.entryId(), CANCEL.entryId());
    }

    /** The entries a decision answered or offered, in its order. */
    static List<Long> entries(Decision d) {
        List<Long> ids = new ArrayList<>();
        for (Action a : d.actions()) {
            if (a instanceof Action.FaqAnswer f) {
                ids.add(f.entry().entryId());
            } else if (a instanceof Action.Clarify c) {
                c.choices().forEach(m -> ids.add(m.entryId()));
            }
        }
        return ids;
    }
}
