package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 22's classes of issue 61, in new sentences in every shipped language: a need described while choices show
 * gets its own choices, not "sorry, I got that wrong", while an objection with words of its own gets the offer of a
 * person; a push-back's question said of what came before never gets the entry only its own words found.
 */
class SetTwentyTwoUnsureTest {

    private static final FaqMatch SCREEN = entry(71, "How much is a screen repair?");
    private static final FaqMatch DATA = entry(72, "Can you recover data from a broken phone?");
    private static final FaqMatch WATER = entry(73, "My phone fell in water, can you fix it?");
    private static final FaqMatch BOOK = entry(81, "How do I book a class?");
    private static final FaqMatch MOVE = entry(82, "Can I cancel or move a booking?");
    private static final FaqMatch PRIVATE = entry(83, "Do you host private events?");
    private static final FaqMatch TEAM = entry(84, "Do you do team building for companies?");
    private static final FaqMatch VOUCHER = entry(91, "Do you sell gift vouchers?");
    private static final FaqMatch PARTY = entry(92, "Can I book a private party?");

    private static DialogueFlow flow(FakeSearch search, Locale language) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(language));
    }

    /** The lookups a message may make, its own words and its question without an act, unsure of {@code first}. */
    private static FakeSearch unsure(FakeSearch search, String message, Locale lang, FaqMatch first, FaqMatch... more) {
        search.unsure(Cleanup.forLookup(message, lang), first, more);
        search.unsure(Cleanup.forLookup(Acts.read(message, lang).question(), lang), first, more);
        return search.unsure(message, first, more);
    }

    /**
     * Typed while choices show, an objection with words of its own ("doesn't help, i already phoned twice"), whose
     * own lookup finds an entry not shown: the offer of a person, never new choices. A push-back names things too;
     * reading such words as a new question gave unrelated choices in five replayed turns of sets 9-17 (replay15).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my phone is broken                  | that does not help me at all, i already phoned your shop twice
            de | mein handy ist kaputt               | das hilft mir gar nicht, ich hab schon zweimal im laden angerufen
            fr | mon téléphone est cassé             | ça ne m'aide pas du tout, j'ai déjà appelé la boutique deux fois
            it | il mio telefono è rotto             | non mi aiuta per niente, ho già chiamato il negozio due volte
            es | mi móvil está roto                  | eso no me ayuda nada, ya llamé a la tienda dos veces
            nl | mijn telefoon is kapot              | daar heb ik niks aan, ik heb de winkel al twee keer gebeld
            pt | o meu telemóvel está avariado       | isso não me ajuda nada, já liguei para a loja duas vezes
            """)
    void anObjectionWithWordsOfItsOwnAfterChoicesGetsTheOfferOfAPerson(String language, String question,
                                                                       String objection) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(unsure(unsure(new FakeSearch(), question, lang, SCREEN, DATA), objection, lang,
                WATER, SCREEN), lang);
        assertThat(flow.says(question).main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(objection);
        assertThat(d.main()).as(objection + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
    }

    /** After the choices for {@code first}, {@code then} gets choices that hold {@code held}. */
    private static void assertOwnChoices(FakeSearch search, Locale lang, String first, String then, FaqMatch held) {
        DialogueFlow flow = flow(search, lang);
        assertThat(flow.says(first).main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(then);
        assertThat(d.main()).as(then + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices()).extracting(FaqMatch::entryId).contains(held.entryId());
    }

    /**
     * Typed instead of a tap, a need described in several words of its own that holds a word of "the same" ("from
     * the same office"), the FAQ unsure of an entry not shown: choices of its own, never "sorry, I got that wrong".
     * Not French: its "même" is also an objection word ("quand même"), and an objection gets the offer of a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | booking     | there are 12 of us from the same office, we want to cook something together in april
            de | buchung     | wir sind 12 aus der gleichen abteilung und wollen im april zusammen kochen
            it | prenotazioni | siamo in 12 della stessa azienda e vorremmo cucinare insieme ad aprile
            es | reserva     | somos 12 de la misma oficina y queremos cocinar juntos en abril
            nl | reservering | we zijn met 12 van dezelfde afdeling en willen in april samen koken
            pt | reserva     | somos 12 da mesma empresa e queremos cozinhar juntos em abril
            """)
    void aNeedDescribedAfterChoicesIsNoRejection(String language, String opener, String need) {
        Locale lang = Locale.forLanguageTag(language);
        assertOwnChoices(unsure(unsure(new FakeSearch(), opener, lang, BOOK, MOVE, PRIVATE), need, lang, TEAM,
                PRIVATE), lang, opener, need, TEAM);
    }

    /**
     * After an answer, a push-back whose question is said of what came before ("if it works for ...", "ob ich ihn
     * ..."): the entry its own words find confidently, which the question read with the message before does not
     * find, is not given; sorry, and a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell gift vouchers?       | that's not what i asked, does it work for a private party too | does it work for a private party too
            de | habt ihr gutscheine?             | das war nicht meine frage, ich will wissen ob ich ihn auch für eine private feier nehmen kann | ich will wissen ob ich ihn auch für eine private feier nehmen kann
            fr | vous vendez des bons cadeaux ?   | c'est pas ma question, je veux savoir si ça marche aussi pour une fête privée | je veux savoir si ça marche aussi pour une fête privée
            es | vendéis tarjetas regalo?         | no pregunté eso, quiero saber si eso sirve también para una fiesta privada | quiero saber si eso sirve también para una fiesta privada
            nl | verkopen jullie cadeaubonnen?    | dat vroeg ik niet, ik wil weten of dat ook voor een besloten feest geldt | ik wil weten of dat ook voor een besloten feest geldt
            pt | vendem vales de oferta?          | não foi isso que perguntei, quero saber se isso serve também para uma festa privada | quero saber se isso serve também para uma festa privada
            """)
    void aPushBacksQuestionSaidOfBeforeGetsNoEntryOnlyItsWordsFound(String language, String question, String text,
                                                                    String restated) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(pushBack(lang, question, text, restated), lang);
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);

        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** The same push-back where the question read with the message before finds that entry too: it is given. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell gift vouchers?       | that's not what i asked, does it work for a private party too | does it work for a private party too
            nl | verkopen jullie cadeaubonnen?    | dat vroeg ik niet, ik wil weten of dat ook voor een besloten feest geldt | ik wil weten of dat ook voor een besloten feest geldt
            """)
    void aPushBacksQuestionConfirmedByTheMessageBeforeGetsItsEntry(String language, String question, String text,
                                                                   String restated) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(pushBack(lang, question, text, restated)
                .confident(Cleanup.forLookup(question + " " + restated, lang), PARTY, VOUCHER), lang);
        flow.says(question);

        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) d.main()).entry().entryId()).isEqualTo(92L);
    }

    /** The voucher answered for {@code question}; the party entry found for the push-back and for its question. */
    private static FakeSearch pushBack(Locale lang, String question, String text, String restated) {
        return new FakeSearch().confident(Cleanup.forLookup(question, lang), VOUCHER)
                .confident(Cleanup.forLookup(text, lang), PARTY, VOUCHER)
                .confident(Cleanup.forLookup(Acts.read(text, lang).question(), lang), PARTY, VOUCHER)
                .confident(text, PARTY, VOUCHER)
                .confident(Cleanup.forLookup(restated, lang), PARTY, VOUCHER);
    }
}
