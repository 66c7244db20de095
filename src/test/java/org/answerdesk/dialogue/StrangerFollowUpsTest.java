package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.assertj.core.api.Assertions.assertThat;


import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The follow-up classes of set 12's final run (issue 61; docs/conversations/2026-11-27-set12/final-jar, written by
 * strangers), with sentences of their own (the set's are for the replay):
 * <ul>
 * <li>a rejection typed together with the real question ("nan c pas ça que je demande, je veux savoir si …", fr 2.4;
 * es 3.4, nl 2.4, pt 3.4): the question is looked up alone and answered, also by an entry the choices turned down
 * showed, never with the topic's or the choices' other entries;</li>
 * <li>a short question of the choices' or the answer's topic that asks and points back ("how quick tho", en 10.2)
 * or goes on with a word of its own ("n faster?", en 10.3), near entries but read as small talk by the act
 * phrasings: the topic's choices, never "I'll stick to questions about our shop";</li>
 * <li>a word of three letters is no stem: "tho" picks no choice that says "those", Portuguese "for" ("is") no entry
 * that says "forte" (en 10.2, pt 1.2).</li>
 * </ul>
 */
class StrangerFollowUpsTest {

    private static final FaqMatch RETURNS = new FaqMatch(81, "What is your return policy?", "30 days, unused.", 0.6);
    private static final FaqMatch EXCHANGE = new FaqMatch(82, "Can I exchange an item?", "Yes, free of charge.", 0.6);
    private static final FaqMatch WARRANTY = new FaqMatch(83, "Is there a warranty?", "Two years.", 0.6);
    private static final FaqMatch COST = new FaqMatch(84, "How much is delivery?", "4.95, free from 50.", 0.6);
    private static final FaqMatch CUSTOMS = new FaqMatch(85, "Do I pay customs?", "No customs on those deliveries.",
            0.6);
    private static final FaqMatch TIME = new FaqMatch(86, "How long does delivery take?", "2-4 days.", 0.6);
    private static final FaqMatch EXPRESS = new FaqMatch(87, "Do you ship express?", "Next day, 12.95.", 0.6);

    /** A rejection and the question, typed while choices show: the question's entry, though the choices showed it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | whats ur returns thing                 | nah not that, can i swap it for a bigger size                   | can i swap it for a bigger size
            de | wie ist das mit rückgabe               | nein nicht das, kann ich es gegen eine größere größe tauschen   | kann ich es gegen eine größere größe tauschen
            es | lo de las devoluciones como va         | no es eso, puedo cambiarlo por una talla más grande             | puedo cambiarlo por una talla más grande
            fr | c'est quoi votre truc de retours       | non pas ça, je peux l'échanger contre une taille au-dessus      | je peux l'échanger contre une taille au-dessus
            it | come funziona coi resi                 | no non quello, posso cambiarlo con una taglia più grande        | posso cambiarlo con una taglia più grande
            pt | como é essa coisa de devolução         | não é isso não, dá pra trocar por um tamanho maior              | dá pra trocar por um tamanho maior
            nl | hoe zit het met retourneren            | nee niet dat, kan ik het ruilen voor een grotere maat           | kan ik het ruilen voor een grotere maat
            """)
    void aRejectionWithTheQuestionWhileChoicesShowGetsTheQuestionsEntry(String language, String first,
                                                                         String message, String question) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), RETURNS, EXCHANGE, WARRANTY)
                .confident(lookup(language, question), EXCHANGE, RETURNS);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(message).main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(EXCHANGE.entryId()));
    }

    /** The same after an answer: the question's own entry, not the topic's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what is your return policy       | no not that, is there a warranty on the toaster           | is there a warranty on the toaster
            de | wie sind eure rückgaberegeln     | nee das nicht, gibt es garantie auf den toaster            | gibt es garantie auf den toaster
            es | cual es la politica de devolucion | no es eso no, hay garantia para la tostadora              | hay garantia para la tostadora
            fr | c'est quoi la politique de retour | nan c'est pas ça, y a une garantie sur le grille-pain     | y a une garantie sur le grille-pain
            it | com'è la politica dei resi        | no, non è questo, c'è la garanzia sul tostapane          | c'è la garanzia sul tostapane
            pt | qual é a política de devolução    | nao, isso nao, tem garantia na torradeira                 | tem garantia na torradeira
            nl | wat is jullie retourbeleid        | nee dat niet, zit er garantie op de broodrooster          | zit er garantie op de broodrooster
            """)
    void aRejectionWithTheQuestionAfterAnAnswerGetsTheQuestionsEntry(String language, String first, String message,
                                                                     String question) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), RETURNS)
                .confident(lookup(language, question), WARRANTY, RETURNS)
                .confident(lookup(language, first) + " " + lookup(language, message), RETURNS, WARRANTY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(message).main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(WARRANTY.entryId()));
    }

    /**
     * While choices about delivery show, a short question that asks and points back, which the act phrasings find
     * nearest to small talk: the delivery time among the choices, never small talk, never the customs entry.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do u deliver to malta and what does it cost | how fast tho
            de | liefert ihr nach malta und was kostet das    | und wie schnell dann?
            es | enviais a malta y cuanto cuesta              | ¿y eso cuánto tarda?
            fr | vous livrez à malte et ça coûte combien      | ça prend combien de temps ?
            it | spedite a malta e quanto costa               | e quello quanto ci mette?
            pt | vocês entregam em malta e quanto custa       | e isso demora quanto?
            nl | leveren jullie op malta en wat kost dat      | en hoe snel is dat dan?
            """)
    void aQuestionOfTheChoicesTopicIsNoSmallTalk(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), COST, CUSTOMS)
                .unsure(lookup(language, followUp), TIME, EXPRESS).act(followUp, Act.CHITCHAT);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).first().isEqualTo(TIME));
    }

    /** "n faster?" after the delivery time: the topic's, near entries, never small talk. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does delivery take | n faster?
            en | how long does delivery take | n cheaper?
            """)
    void anEnglishNGoesOn(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), TIME)
                .unsure(lookup(language, followUp), EXPRESS, TIME).act(followUp, Act.CHITCHAT);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isNotInstanceOf(Action.ActReply.class);
    }

    /** A word of three letters picks no shown entry by a longer word it begins ("tho" / "those", "for" / "forte"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do u deliver to malta and what does it cost | how quick tho  | No customs on those deliveries.
            pt | vocês entregam em malta e quanto custa       | e se for pouco | Sem taxa forte nessas entregas.
            """)
    void aThreeLetterWordIsNoStem(String language, String first, String followUp, String customsAnswer) {
        FaqMatch customs = new FaqMatch(CUSTOMS.entryId(), CUSTOMS.question(), customsAnswer, 0.6);
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), COST, customs)
                .unsure(lookup(language, followUp), TIME, EXPRESS);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        assertThat(flow.says(followUp).main()).as(followUp).isNotInstanceOf(Action.FaqAnswer.class);
    }
}
