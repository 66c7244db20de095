package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 23's two questions in one message of which one half was dropped (issue 61), each class in the seven shipped
 * languages with sentences written for this test (scripted retrieval):
 * <ul>
 * <li>a question, then a request after its question mark ("till what time can i ring you today? send the number
 * also", en 8.4): read whole, the first half's entry stood for both; now both answered;</li>
 * <li>a question, then a statement after its mark that finds no entry confidently ("which countries do you ship to?
 * it is for order 4711"): the customer's case, not a second need; the question's answer alone, no choices about the
 * statement (the contract's redelivered message got them when such statements were offered choices);</li>
 * <li>a request, then "or better" and another ("how i stop this newsletter. or better delete my account", en 3.4):
 * the newsletter answered, the account dropped; now both;</li>
 * <li>counter-rows: a statement after the mark that only narrows the question (its entry is among the question's own
 * closest), or whose entry the whole message does not lead with, stays with it: one answer, nothing beside it.</li>
 * </ul>
 */
class SetTwentyThreeTwoQuestionsTest {

    private static final FaqMatch HOURS = new FaqMatch(801, "When are you open?", "Mon-Fri 9-18.", 0.8);
    private static final FaqMatch PHONE = new FaqMatch(802, "What is your phone number?", "+1 555 0100.", 0.7);
    private static final FaqMatch COURSE = new FaqMatch(803, "Do you run courses?", "Beginners, Tuesdays.", 0.8);
    private static final FaqMatch VOUCHER = new FaqMatch(804, "Do you sell gift vouchers?", "From 20 to 100.", 0.7);
    private static final FaqMatch SHIPPING = new FaqMatch(805, "How much is shipping?", "4.95.", 0.6);
    private static final FaqMatch NEWSLETTER = new FaqMatch(806, "How do I unsubscribe?", "Use the link.", 0.8);
    private static final FaqMatch DELETE = new FaqMatch(807, "How do I delete my account?", "Settings.", 0.7);
    private static final FaqMatch RENTAL = new FaqMatch(808, "Do you rent out the castle?", "90 a day.", 0.8);
    private static final FaqMatch AT_HOME = new FaqMatch(809, "Do you come to our home?", "Within 30 km.", 0.7);

    /** "when do you close today? send me the number too": the hours and the phone number both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how late are you open on friday? | give me your phone number as well
            de | bis wann habt ihr am freitag offen? | schick mir auch gleich die telefonnummer
            fr | vous fermez à quelle heure vendredi ? | donnez-moi aussi votre numéro de téléphone
            it | fino a che ora siete aperti venerdì? | mandatemi anche il numero di telefono
            es | hasta qué hora abrís el viernes? | pasadme también el número de teléfono
            nl | tot hoe laat zijn jullie vrijdag open? | stuur ook even het telefoonnummer
            pt | até que horas estão abertos na sexta? | mandem também o número de telefone
            """)
    void aRequestAfterTheQuestionMarkIsAnsweredToo(String language, String question, String request) {
        String message = question + " " + request;
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), HOURS, PHONE, SHIPPING)
                .confident(lookup(language, question), HOURS, SHIPPING)
                .confident(lookup(language, request), PHONE, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(HOURS.entryId(), PHONE.entryId());
    }

    /**
     * "do you ship to canada? it is for order 4711": the whole message answered with confidence stays one answer,
     * though the words after the mark find an entry of their own (the contract's redelivered message).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how late are you open on friday? | it is about my order from last week
            de | bis wann habt ihr am freitag offen? | es geht um meine bestellung von letzter woche
            fr | vous fermez à quelle heure vendredi ? | c'est pour ma commande de la semaine dernière
            it | fino a che ora siete aperti venerdì? | è per il mio ordine della settimana scorsa
            es | hasta qué hora abrís el viernes? | es por mi pedido de la semana pasada
            nl | tot hoe laat zijn jullie vrijdag open? | het gaat om mijn bestelling van vorige week
            pt | até que horas estão abertos na sexta? | é por causa da minha encomenda da semana passada
            """)
    void aConfidentWholeMessageKeepsOneAnswer(String language, String question, String statement) {
        String message = question + " " + statement;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), HOURS, PHONE, SHIPPING)
                .confident(lookup(language, question), HOURS, SHIPPING)
                .confident(lookup(language, statement), PHONE, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(HOURS.entryId());
    }

    /** "do you run sewing courses? it would be a present for my sister": the course answered, nothing beside it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you do anything for learning to sew? | it would be a present for my sister
            de | gibt es bei euch was zum nähen lernen? | das wäre ein geschenk für meine schwester
            fr | vous avez quelque chose pour apprendre la couture ? | ce serait un cadeau pour ma sœur
            it | avete qualcosa per imparare a cucire? | sarebbe un regalo per mia sorella
            es | tenéis algo para aprender a coser? | sería un regalo para mi hermana
            nl | hebben jullie iets om te leren naaien? | het is een cadeautje voor mijn zus
            pt | vocês têm alguma coisa para aprender a costurar? | seria um presente para a minha irmã
            """)
    void aStatementAfterTheMarkWithNoEntryOfItsOwnGetsNoChoices(String language, String question,
                                                                 String statement) {
        String message = question + " " + statement;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), COURSE, VOUCHER, SHIPPING)
                .confident(lookup(language, question), COURSE, SHIPPING, HOURS)
                .unsure(lookup(language, statement), VOUCHER, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(COURSE.entryId());
        assertThat(d.actions()).as(message).noneMatch(Action.Clarify.class::isInstance);
    }

    /** "how do I stop the newsletter. or better delete my account": both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i stop getting your newsletter. | or better | remove my whole account
            de | wie bestelle ich euren newsletter ab. | oder besser | löscht gleich mein ganzes konto
            fr | comment arrêter votre newsletter. | ou mieux | supprimez carrément mon compte
            it | come smetto di ricevere la newsletter. | o meglio | cancellate proprio il mio account
            nl | hoe stop ik jullie nieuwsbrief. | of beter | verwijder meteen mijn hele account
            pt | como paro de receber a newsletter. | ou melhor | apaguem logo a minha conta toda
            """)
    void aRequestOrBetterAnotherAreBothAnswered(String language, String first, String or, String second) {
        String message = first + " " + or + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), NEWSLETTER, DELETE, HOURS)
                .confident(lookup(language, first), NEWSLETTER, DELETE)
                .confident(lookup(language, second), DELETE, NEWSLETTER);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions())
                .containsExactly(NEWSLETTER.entryId(), DELETE.entryId());
    }

    /** "can we rent only the castle? without an entertainer": the castle alone, nothing offered beside it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can we rent just the bouncy castle? no entertainer or anything
            de | kann man nur die hüpfburg mieten? ohne animateur oder so
            fr | on peut louer juste le château gonflable ? sans animateur ni rien
            it | si può noleggiare solo il castello gonfiabile? senza animatore niente
            es | se puede alquilar solo el castillo hinchable? sin animador ni nada
            nl | kunnen we alleen het springkussen huren? zonder animator of zo
            pt | dá para alugar só o insuflável? sem animador nem nada
            """)
    void aStatementThatOnlyNarrowsTheQuestionStaysWithIt(String language, String message) {
        String question = message.substring(0, message.indexOf('?') + 1);
        String statement = message.substring(message.indexOf('?') + 1).strip();
        FakeSearch search = new FakeSearch().confident(lookup(language, message), RENTAL, AT_HOME, SHIPPING)
                .confident(lookup(language, question), RENTAL, AT_HOME, SHIPPING)
                .unsure(lookup(language, statement), AT_HOME, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(RENTAL.entryId());
    }

    /**
     * "do you pick up at the school? she is in year 4": the words after the mark find an entry of their own (the
     * groups), but the whole message does not lead with it: one answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you also pick up from the primary school? she is in year four
            de | holt ihr auch an der grundschule ab? sie ist in der vierten klasse
            fr | vous allez aussi les chercher à l'école primaire ? elle est en CE2
            it | andate a prenderli anche alla scuola elementare? lei fa la quarta
            es | recogéis también en el colegio de primaria? ella está en cuarto
            nl | halen jullie ook op bij de basisschool? ze zit in groep vier
            pt | vão buscar também à escola primária? ela anda no quarto ano
            """)
    void aStatementTheWholeMessageDoesNotLeadWithStaysWithTheQuestion(String language, String message) {
        String question = message.substring(0, message.indexOf('?') + 1);
        String statement = message.substring(message.indexOf('?') + 1).strip();
        FakeSearch search = new FakeSearch().confident(lookup(language, message), RENTAL, SHIPPING, AT_HOME)
                .confident(lookup(language, question), RENTAL, SHIPPING)
                .confident(lookup(language, statement), AT_HOME, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(RENTAL.entryId());
    }

    private static List<Long> entries(Decision d) {
        return SetTwentyTwoTwoQuestionsTest.entries(d);
    }
}
